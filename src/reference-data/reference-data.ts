// The project's own copy of the reference data (see data/SOURCES.md), read once at import.
// Plain values, so validators, the loader and the matcher can all use it without Nest.
import municipalityRows from './data/municipalities.json';
import neighbourRows from './data/neighbours.json';
import themeRows from './data/themes.json';

export interface MunicipalityData {
  code: string;
  name: string;
  region: string;
  population: number;
  latitude: number;
  longitude: number;
  neighbourCodes: string[];
}

export interface ThemeData {
  code: string;
  parentCode: string | null;
  nameSl: string;
  nameEn: string;
  keywordsSl: string[];
  keywordsEn: string[];
  position: number;
}

const neighbours = neighbourRows as Record<string, string[]>;

export const MUNICIPALITIES: readonly MunicipalityData[] = municipalityRows.map((row) => ({
  code: row.code,
  name: row.name,
  region: row.region,
  population: row.population,
  latitude: row.lat,
  longitude: row.lon,
  neighbourCodes: neighbours[row.code] ?? [],
}));

export const THEMES: readonly ThemeData[] = themeRows.map((row, position) => ({
  code: row.code,
  parentCode: row.parent,
  nameSl: row.sl,
  nameEn: row.en,
  keywordsSl: row.keywords.sl,
  keywordsEn: row.keywords.en,
  position,
}));

export const MUNICIPALITY_BY_CODE: ReadonlyMap<string, MunicipalityData> = new Map(
  MUNICIPALITIES.map((municipality) => [municipality.code, municipality]),
);

export const THEME_BY_CODE: ReadonlyMap<string, ThemeData> = new Map(THEMES.map((theme) => [theme.code, theme]));

export const isMunicipalityCode = (code: unknown): boolean =>
  typeof code === 'string' && MUNICIPALITY_BY_CODE.has(code);

export const isThemeCode = (code: unknown): boolean => typeof code === 'string' && THEME_BY_CODE.has(code);
