import { describe, expect, it } from 'vitest';
import { areaByRegion } from './area-by-region';

const entry = (code: string, name: string, region: string, regionEn = region) => ({ code, name, region, regionEn });

// Gorenjska cut down to three, Osrednjeslovenska to two: whole is whole of what the list holds.
const ALL = [
  entry('003', 'Bled', 'Gorenjska'),
  entry('004', 'Bohinj', 'Gorenjska'),
  entry('052', 'Kranj', 'Gorenjska'),
  entry('061', 'Ljubljana', 'Osrednjeslovenska'),
  entry('071', 'Medvode', 'Osrednjeslovenska'),
];
const area = (...codes: string[]) => codes.map((code) => ALL.find((municipality) => municipality.code === code)!);

describe("an area's parts", () => {
  it('are a whole region as one part first, then the other municipalities in their order', () => {
    expect(areaByRegion(area('003', '061', '004', '052'), ALL)).toEqual([
      { kind: 'region', region: 'Gorenjska', regionEn: 'Gorenjska', count: 3 },
      { kind: 'municipality', code: '061', name: 'Ljubljana' },
    ]);
  });

  it('name every municipality of a region not all in the area', () => {
    expect(areaByRegion(area('052', '003'), ALL)).toEqual([
      { kind: 'municipality', code: '052', name: 'Kranj' },
      { kind: 'municipality', code: '003', name: 'Bled' },
    ]);
  });

  it('are two regions when both are whole, with their names for English texts', () => {
    expect(areaByRegion(area('061', '071', '003', '004', '052'), ALL)).toEqual([
      { kind: 'region', region: 'Osrednjeslovenska', regionEn: 'Osrednjeslovenska', count: 2 },
      { kind: 'region', region: 'Gorenjska', regionEn: 'Gorenjska', count: 3 },
    ]);
  });

  it('name each municipality, once, while the reference list is not there', () => {
    expect(areaByRegion(area('003', '004', '052', '003'), [])).toEqual([
      { kind: 'municipality', code: '003', name: 'Bled' },
      { kind: 'municipality', code: '004', name: 'Bohinj' },
      { kind: 'municipality', code: '052', name: 'Kranj' },
    ]);
  });
});
