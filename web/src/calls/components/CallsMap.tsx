import { Checkbox, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Fragment, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HOME_REGION, type Municipality } from '../../reference-data/hooks/use-municipalities';
import classes from './calls-map.module.css';
import { estimatedNameSize, onTwoLines, placeNames, type Size, tapTargets } from './map-layout';
import { projectionFor } from './project';

export type MapScope = 'region' | 'slovenia';

/** The widest a dot is drawn (in the map's units, about a pixel each): 28 across, its count in it. */
export const MAX_RADIUS = 14;

/** A thumb's size on a touch screen, and the least a mouse's target may be (WCAG 2.5.8), in css px. */
const THUMB_PX = 40;
const POINTER_PX = 24;

// Larger with more calls, up to MAX_RADIUS: uncapped, Tržič's 84 calls made a dot 65 px wide
// over Radovljica's name. The number in the dot says how many.
const radius = (count: number) => Math.min(5 + 3 * Math.sqrt(count), MAX_RADIUS);

const share = (value: number, of: number) => `${(value / of) * 100}%`;

/**
 * Where the open needs of /calls are, drawn from the municipalities' seats: no tiles, works offline.
 * The drawing is an image; the dots of municipalities with calls are drawn in a layer above
 * it, and over each dot lies a button (an image may not hold controls): a square around the dot,
 * a thumb's size on a touch screen (the dots are 13 px at 360 px) and 24 px with a mouse, less
 * what lies nearer another dot or outside the map (map-layout.ts). The list beside the map says
 * the same. Each name beside its dot is that dot's button's <label>: a tap on the name presses
 * the button, and a screen reader still hears each place once, from the button.
 * The map's width and the names' sizes are measured once drawn: a name is 11 px type whatever
 * the map's width, a thumb 40 px.
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
  const touch = useMediaQuery('(pointer: coarse)', false, { getInitialValueInEffect: false });
  const frame = useRef<HTMLDivElement>(null);
  const measured = useRef<HTMLDivElement>(null);
  const buttonIds = useId();
  const [frameWidth, setFrameWidth] = useState(0);
  /** Each name's size as drawn on one line and on two (by its text), in px; none where nothing is laid out (jsdom). */
  const [nameSizes, setNameSizes] = useState<Record<string, Size>>({});

  const drawn = projection !== null;
  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return;
    const read = () => setFrameWidth(element.getBoundingClientRect().width);
    read();
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => observer.disconnect();
  }, [drawn]);
  // After each drawing: a name's size does not depend on where it is put, so this settles at once.
  useLayoutEffect(() => {
    const sizes: Record<string, Size> = {};
    for (const name of measured.current?.children ?? []) {
      const { width, height } = name.getBoundingClientRect();
      if (width > 0 && height > 0) sizes[name.textContent ?? ''] = { width, height };
    }
    const names = Object.keys(sizes);
    const same = names.length === Object.keys(nameSizes).length && names.every((name) => Math.abs(nameSizes[name]?.width - sizes[name].width) < 0.5 && Math.abs(nameSizes[name]?.height - sizes[name].height) < 0.5);
    if (!same) setNameSizes(sizes);
  });

  if (!projection) return null;

  const withCalls = shown.filter((entry) => (counts.get(entry.code) ?? 0) > 0);
  const outside = [...counts.entries()].filter(([code]) => !shown.some((entry) => entry.code === code)).reduce((sum, [, count]) => sum + count, 0);
  const viewBox = `0 0 ${projection.width} ${projection.height}`;
  const area = scope === 'region' ? HOME_REGION : t('calls.slovenia');
  const press = (code: string) => onSelect(code === selected ? '' : code);
  // css px per map unit; until measured (and in jsdom) one.
  const scale = frameWidth > 0 ? frameWidth / projection.width : 1;
  const dots = withCalls.map((entry) => ({ code: entry.code, name: entry.name, count: counts.get(entry.code) ?? 0, ...projection.project(entry), r: radius(counts.get(entry.code) ?? 0) }));
  const nameSize = (text: string): Size => {
    const size = nameSizes[text];
    return size ? { width: size.width / scale, height: size.height / scale } : estimatedNameSize(text);
  };
  const targets = tapTargets(dots, (touch ? THUMB_PX : POINTER_PX) / scale, projection);
  const buttonId = (code: string) => `${buttonIds}-${code}`;

  return (
    <Stack gap={6}>
      <div className={classes.frame} ref={frame}>
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
          {dots.map(({ code, x, y, r, count }) => (
            <g key={code} className={classes.dot} data-selected={code === selected || undefined}>
              <circle cx={x} cy={y} r={r} />
              <text x={x} y={y} dy="0.35em" textAnchor="middle">
                {count}
              </text>
            </g>
          ))}
        </svg>
        <div className={classes.layer} role="group" aria-label={t('calls.mapDots')}>
          {targets.map(({ dot: { code, name, count, x, y, r }, box, polygon }) => {
            const label = t('calls.mapDot', { name, count });
            return (
              <Fragment key={code}>
                <button
                  type="button"
                  id={buttonId(code)}
                  className={classes.hit}
                  style={{
                    left: share(box.left, projection.width),
                    top: share(box.top, projection.height),
                    width: share(box.right - box.left, projection.width),
                    clipPath: polygon,
                  }}
                  aria-pressed={code === selected}
                  aria-label={label}
                  title={label}
                  onClick={() => press(code)}
                />
                {/* The focus ring, around the dot: the button's own would be cut off with it. */}
                <span className={classes.ring} aria-hidden="true" style={{ left: share(x, projection.width), top: share(y, projection.height), width: share(2 * r, projection.width) }} />
              </Fragment>
            );
          })}
        </div>
        {/* The names of the places with calls, beside their dots (a phone shows no <title>), inside
            the map and off the other dots. Each is its dot's button's label, above the buttons: a
            tap on "Cerklje" went to Kranj's button, nearer. Hidden from screen readers: the
            buttons say the same.
            Only on the region's map: all of Slovenia's seats lie too close for names beside them
            (Tržič's ran over Radovljica's dot), and there each button's title names its place. */}
        {scope === 'region' && (
          <>
            <div className={classes.layer} aria-hidden="true">
              {placeNames(dots, projection, nameSize).map(({ code, text, side, x, y }) => (
                <label key={code} htmlFor={buttonId(code)} className={classes.name} data-side={side} style={{ left: share(x, projection.width), top: share(y, projection.height) }}>
                  {text}
                </label>
              ))}
            </div>
            {/* Each name on one line and, of more words, on two: measured here, unseen. */}
            <div className={`${classes.layer} ${classes.measure}`} aria-hidden="true" ref={measured}>
              {dots.flatMap(({ code, name }) => [name, onTwoLines(name)].filter((text) => text !== undefined).map((text) => (
                <span key={`${code}-${text}`} className={classes.name}>
                  {text}
                </span>
              )))}
            </div>
          </>
        )}
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
