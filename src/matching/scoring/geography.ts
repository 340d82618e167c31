import { Municipality } from './scoring-reference';

export type ReachKind = 'LOCAL' | 'REGIONAL' | 'NATIONAL';

// SPEC.md: LOCAL covers the offer's municipality, those bordering it and those whose seat
// is within about 20 km of its seat.
export const LOCAL_RADIUS_KM = 20;

export function distanceKm(a: Municipality, b: Municipality): number {
  const radians = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * radians;
  const dLon = (b.longitude - a.longitude) * radians;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * radians) * Math.cos(b.latitude * radians) * Math.sin(dLon / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}

export interface Coverage {
  /** The offer can serve the need's place. */
  covered: boolean;
  /** How it covers it, for the explanation. */
  how: 'same-municipality' | 'service-area' | 'local' | 'regional' | 'national' | 'outside';
  distanceKm: number;
}

/** Whether an offer (home, reach, explicit service area) can serve a municipality, among these municipalities. */
export function coverage(
  municipalities: ReadonlyMap<string, Municipality>,
  offerHome: string,
  reach: ReachKind,
  serviceAreaCodes: readonly string[],
  needPlace: string,
): Coverage {
  const home = municipalities.get(offerHome);
  const place = municipalities.get(needPlace);
  if (!home || !place) return { covered: false, how: 'outside', distanceKm: Infinity };
  const distance = distanceKm(home, place);
  if (serviceAreaCodes.length > 0) {
    // An explicit service area decides, whatever the reach says.
    const inArea = serviceAreaCodes.includes(needPlace);
    return { covered: inArea, how: inArea ? 'service-area' : 'outside', distanceKm: distance };
  }
  if (offerHome === needPlace) return { covered: true, how: 'same-municipality', distanceKm: 0 };
  if (reach === 'NATIONAL') return { covered: true, how: 'national', distanceKm: distance };
  if (reach === 'REGIONAL') {
    const sameRegion = home.region === place.region;
    return { covered: sameRegion, how: sameRegion ? 'regional' : 'outside', distanceKm: distance };
  }
  const local = home.neighbourCodes.includes(needPlace) || distance <= LOCAL_RADIUS_KM;
  return { covered: local, how: local ? 'local' : 'outside', distanceKm: distance };
}

/** All municipality codes an offer serves: what the candidate query filters on. */
export function servedMunicipalities(
  municipalities: ReadonlyMap<string, Municipality>,
  offerHome: string,
  reach: ReachKind,
  serviceAreaCodes: readonly string[],
): string[] {
  if (serviceAreaCodes.length > 0) return [...serviceAreaCodes];
  return [...municipalities.keys()].filter((code) => coverage(municipalities, offerHome, reach, [], code).covered);
}
