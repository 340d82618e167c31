import { Checkbox, Stack, Text } from '@mantine/core';
import { type CSSProperties, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { HOME_REGION, type Municipality } from '../../reference-data/hooks/use-municipalities';
import classes from './calls-map.module.css';
import { projectionFor } from './project';

export type MapScope = 'region' | 'slovenia';

/**
 * Where the open needs of /calls are, drawn from the municipalities' seats: no tiles, works offline.
 * The drawing is an image; the dots of municipalities with calls are drawn in a layer above
 * it, and over each dot lies a button (an image may not hold controls), as large as the dot
 * with a mouse and a thumb's size on a touch screen, where the dots are 13 px
 * (calls-map.module.css). The list beside the map says the same.
 */
export function CallsMap({
  municipalities,
  counts,
  selected,
  onSelect,
  scope,
  onScopeChange,
}: {
  municipalities: Municipality[];
  /** Open needs by municipality code. */
  counts: Map<string, number>;
  selected: string;
  onSelect(code: string): void;
  scope: MapScope;
  onScopeChange(scope: MapScope): void;
}) {
  const { t } = useTranslation();
  const shown = useMemo(() => (scope === 'region' ? municipalities.filter((entry) => entry.region === HOME_REGION) : municipalities), [municipalities, scope]);
  const projection = useMemo(() => (shown.length ? projectionFor(shown) : null), [shown]);
  if (!projection) return null;

  const withCalls = shown.filter((entry) => (counts.get(entry.code) ?? 0) > 0);
  const outside = [...counts.entries()].filter(([code]) => !shown.some((entry) => entry.code === code)).reduce((sum, [, count]) => sum + count, 0);
  const viewBox = `0 0 ${projection.width} ${projection.height}`;
  const area = scope === 'region' ? HOME_REGION : t('calls.slovenia');
  const radius = (count: number) => 5 + 3 * Math.sqrt(count);
  const press = (code: string) => onSelect(code === selected ? '' : code);
  // Where a dot is and how wide, as shares of the map's box: the buttons scale with the drawing.
  const place = (x: number, y: number, r: number): CSSProperties => ({
    left: `${(x / projection.width) * 100}%`,
    top: `${(y / projection.height) * 100}%`,
    width: `${((2 * r) / projection.width) * 100}%`,
  });

  return (
    <Stack gap={6}>
      <div className={classes.frame}>
        <svg role="img" aria-label={t('calls.mapLabel', { area, count: withCalls.length })} viewBox={viewBox} width="100%" className={classes.map}>
          <rect x={0} y={0} width={projection.width} height={projection.height} className={classes.background} />
          {shown.map((entry) => {
            const { x, y } = projection.project(entry);
            return (
              <circle key={entry.code} cx={x} cy={y} r={2} className={classes.seat}>
                <title>{entry.name}</title>
              </circle>
            );
          })}
        </svg>
        {/* The dots as drawn; the buttons below say what each is. */}
        <svg viewBox={viewBox} width="100%" className={classes.layer} aria-hidden="true">
          {withCalls.map((entry) => {
            const { x, y } = projection.project(entry);
            const count = counts.get(entry.code) ?? 0;
            return (
              <g key={entry.code} className={classes.dot} data-selected={entry.code === selected || undefined}>
                <circle cx={x} cy={y} r={radius(count)} />
                <text x={x} y={y} dy="0.35em" textAnchor="middle">
                  {count}
                </text>
              </g>
            );
          })}
        </svg>
        {/* The names of the places with calls, beside their dots (a phone shows no <title>); on
            the left of a dot near the right edge. The buttons say the same to a screen reader.
            Only on the region's map: all of Slovenia's seats lie too close for names beside them
            (Tržič's ran over Radovljica's dot), and there each button's title names its place. */}
        {scope === 'region' && (
          <div className={classes.layer} aria-hidden="true">
            {withCalls.map((entry) => {
              const { x, y } = projection.project(entry);
              const r = radius(counts.get(entry.code) ?? 0);
              const onLeft = x > projection.width * 0.7;
              return (
                <span
                  key={entry.code}
                  className={classes.name}
                  data-left={onLeft || undefined}
                  style={{ left: `${((onLeft ? x - r - 2 : x + r + 2) / projection.width) * 100}%`, top: `${(y / projection.height) * 100}%` }}
                >
                  {entry.name}
                </span>
              );
            })}
          </div>
        )}
        <div className={classes.layer} role="group" aria-label={t('calls.mapDots')}>
          {withCalls.map((entry) => {
            const { x, y } = projection.project(entry);
            const count = counts.get(entry.code) ?? 0;
            const label = t('calls.mapDot', { name: entry.name, count });
            return (
              <button
                key={entry.code}
                type="button"
                className={classes.hit}
                style={place(x, y, radius(count))}
                aria-pressed={entry.code === selected}
                aria-label={label}
                title={label}
                onClick={() => press(entry.code)}
              />
            );
          })}
        </div>
      </div>
      <Text size="xs" c="dimmed">
        {t('calls.mapLegend')}
      </Text>
      <Checkbox label={t('calls.showSlovenia')} checked={scope === 'slovenia'} onChange={(event) => onScopeChange(event.currentTarget.checked ? 'slovenia' : 'region')} />
      {outside > 0 && (
        <Text size="xs" c="dimmed">
          {t('calls.outsideMap', { count: outside })}
        </Text>
      )}
    </Stack>
  );
}
