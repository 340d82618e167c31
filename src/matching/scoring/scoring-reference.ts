// The reference data the scorer reads, as plain values its caller hands in: the scorer
// imports no data of its own, so tests and benchmarks can give it a small world or the real one.

export interface Municipality {
  code: string;
  name: string;
  region: string;
  latitude: number;
  longitude: number;
  neighbourCodes: readonly string[];
}

export interface Theme {
  code: string;
  parentCode: string | null;
  nameSl: string;
  nameEn: string;
  keywordsSl: readonly string[];
  keywordsEn: readonly string[];
}

export interface ScoringReference {
  municipalities: ReadonlyMap<string, Municipality>;
  themes: ReadonlyMap<string, Theme>;
}
