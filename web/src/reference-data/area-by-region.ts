import type { Municipality } from './hooks/use-municipalities';

/** A part of an area as it is read: a whole statistical region, or one municipality. */
export type AreaPart = { kind: 'region'; region: string; regionEn: string; count: number } | { kind: 'municipality'; code: string; name: string };

/**
 * An area's municipalities as they are read: each statistical region all of whose municipalities
 * are in it as one part, the regions first; then the other municipalities in the area's order.
 * 18 names said no more than "all of Gorenjska", and hid the one from elsewhere among them.
 * `all` is the reference list; without it (not loaded) each municipality is its own part.
 */
export function areaByRegion(area: readonly { code: string; name: string }[], all: readonly Pick<Municipality, 'code' | 'region' | 'regionEn'>[]): AreaPart[] {
  const regionOf = new Map(all.map((entry) => [entry.code, entry]));
  const codes = new Set(area.map((entry) => entry.code));
  const total = new Map<string, number>();
  const chosen = new Map<string, number>();
  for (const entry of all) {
    total.set(entry.region, (total.get(entry.region) ?? 0) + 1);
    if (codes.has(entry.code)) chosen.set(entry.region, (chosen.get(entry.region) ?? 0) + 1);
  }
  const regions = new Map<string, AreaPart>();
  const municipalities = new Map<string, AreaPart>();
  for (const entry of area) {
    const reference = regionOf.get(entry.code);
    if (reference && chosen.get(reference.region) === total.get(reference.region)) {
      if (!regions.has(reference.region)) regions.set(reference.region, { kind: 'region', region: reference.region, regionEn: reference.regionEn, count: total.get(reference.region) ?? 0 });
    } else if (!municipalities.has(entry.code)) {
      municipalities.set(entry.code, { kind: 'municipality', code: entry.code, name: entry.name });
    }
  }
  return [...regions.values(), ...municipalities.values()];
}
