import { Checkbox, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Fragment, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HOME_REGION, type Municipality } from '../../reference-data/hooks/use-municipalities';
import classes from './calls-map.module.css';
import { tapTargets } from './map-layout';
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

/** A place's name, about as wide as it is drawn (11 px type; a unit is 0.9 to 1.4 px), and as tall. */
const nameBox = (name: string) => ({ width: name.length * 7, height: 13 });

type Side = 'right' | 'left' | 'below' | 'above';

/**
 * Where each name goes beside its dot: the first side (right, left, below, above; left first near
 * the map's right edge) where it covers no other dot and no name placed before it, else where it
 * covers least. Beside a neighbour's dot it went over it (Radovljica's under Tržič's).
 */
export function placeNames<D extends { code: string; name: string; x: number; y: number; r: number }>(dots: D[], width: number) {
  type Box = { left: number; top: number; right: number; bottom: number };
  const placed: Box[] = [];
  const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
  const dotBox = ({ x, y, r }: D): Box => ({ left: x - r, top: y - r, right: x + r, bottom: y + r });
  return dots.map((dot) => {
    const { width: w, height: h } = nameBox(dot.name);
    const gap = dot.r + 2;
    const at: Record<Side, { x: number; y: number; box: Box }> = {
      right: { x: dot.x + gap, y: dot.y, box: { left: dot.x + gap, top: dot.y - h / 2, right: dot.x + gap + w, bottom: dot.y + h / 2 } },
      left: { x: dot.x - gap, y: dot.y, box: { left: dot.x - gap - w, top: dot.y - h / 2, right: dot.x - gap, bottom: dot.y + h / 2 } },
      below: { x: dot.x, y: dot.y + gap, box: { left: dot.x - w / 2, top: dot.y + gap, right: dot.x + w / 2, bottom: dot.y + gap + h } },
      above: { x: dot.x, y: dot.y - gap, box: { left: dot.x - w / 2, top: dot.y - gap - h, right: dot.x + w / 2, bottom: dot.y - gap } },
    };
    const sides: Side[] = dot.x > width * 0.7 ? ['left', 'right', 'below', 'above'] : ['right', 'left', 'below', 'above'];
    const cost = (side: Side) => {
      const { box } = at[side];
      const outside = box.left < 0 || box.right > width ? w * h : 0;
      return outside + dots.filter((other) => other !== dot).reduce((sum, other) => sum + overlap(box, dotBox(other)), 0) + placed.reduce((sum, other) => sum + overlap(box, other), 0);
    };
    const side = sides.find((candidate) => cost(candidate) === 0) ?? sides.reduce((best, candidate) => (cost(candidate) < cost(best) ? candidate : best));
    placed.push(at[side].box);
    return { code: dot.code, name: dot.name, side, x: at[side].x, y: at[side].y };
  });
}

/**
 * Where the open needs of /calls are, drawn from the municipalities' seats: no tiles, works offline.
 * The drawing is an image; the dots of municipalities with calls are drawn in a layer above
 * it, and over each dot lies a button (an image may not hold controls): a square around the dot,
 * a thumb's size on a touch screen (the dots are 13 px at 360 px) and 24 px with a mouse, less
 * what lies nearer another dot (map-layout.ts). The list beside the map says the same.
 * The map's width is measured once drawn: a thumb is 40 px whatever the map's width.
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
  const [frameWidth, setFrameWidth] = useState(0);
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
  if (!projection) return null;

  const withCalls = shown.filter((entry) => (counts.get(entry.code) ?? 0) > 0);
  const outside = [...counts.entries()].filter(([code]) => !shown.some((entry) => entry.code === code)).reduce((sum, [, count]) => sum + count, 0);
  const viewBox = `0 0 ${projection.width} ${projection.height}`;
  const area = scope === 'region' ? HOME_REGION : t('calls.slovenia');
  const press = (code: string) => onSelect(code === selected ? '' : code);
  // css px per map unit; until measured (and in jsdom) one.
  const scale = frameWidth > 0 ? frameWidth / projection.width : 1;
  const dots = withCalls.map((entry) => ({ code: entry.code, name: entry.name, count: counts.get(entry.code) ?? 0, ...projection.project(entry), r: radius(counts.get(entry.code) ?? 0) }));
  const targets = tapTargets(dots, (touch ? THUMB_PX : POINTER_PX) / scale);

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
        {/* The names of the places with calls, beside their dots (a phone shows no <title>); on
            the left of a dot near the right edge. The buttons say the same to a screen reader.
            Only on the region's map: all of Slovenia's seats lie too close for names beside them
            (Tržič's ran over Radovljica's dot), and there each button's title names its place. */}
        {scope === 'region' && (
          <div className={classes.layer} aria-hidden="true">
            {placeNames(dots, projection.width).map(({ code, name, side, x, y }) => (
              <span key={code} className={classes.name} data-side={side} style={{ left: share(x, projection.width), top: share(y, projection.height) }}>
                {name}
              </span>
            ))}
          </div>
        )}
        <div className={classes.layer} role="group" aria-label={t('calls.mapDots')}>
          {targets.map(({ dot: { code, name, count, x, y, r }, box, polygon }) => {
            const label = t('calls.mapDot', { name, count });
            return (
              <Fragment key={code}>
                <button
                  type="button"
                  className={classes.hit}
                  style={{
                    left: share(box.left, projection.width),
                    top: share(box.top, projection.height),
                    width: share(box.right - box.left, projection.width),
                    height: share(box.bottom - box.top, projection.height),
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
