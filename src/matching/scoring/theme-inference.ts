import { Theme } from './scoring-reference';
import { analyze } from './text-analysis';

interface ThemePhrase {
  themeCode: string;
  terms: string[];
  /** Its place among all the phrases: the themes are reported in the taxonomy's order. */
  order: number;
}

// Every theme name and keyword, in both languages, as a sequence of stems. A text that
// contains the sequence points to the theme, whatever language the item was posted in.
// Stemming them all takes a while, so it is done once per set of themes; the phrases are
// kept by their first stem, so that a text is read once, not once per phrase.
const phrasesByThemes = new WeakMap<ReadonlyMap<string, Theme>, Map<string, ThemePhrase[]>>();

function phrasesOf(themes: ReadonlyMap<string, Theme>): Map<string, ThemePhrase[]> {
  let index = phrasesByThemes.get(themes);
  if (!index) {
    const phrases = [...themes.values()].flatMap((theme) =>
      [
        ...[theme.nameSl, ...theme.keywordsSl].map((phrase) => analyze(phrase, 'sl').terms),
        ...[theme.nameEn, ...theme.keywordsEn].map((phrase) => analyze(phrase, 'en').terms),
      ]
        .filter((terms) => terms.length > 0)
        .map((terms) => ({ themeCode: theme.code, terms })),
    ).map((phrase, order) => ({ ...phrase, order }));
    index = new Map();
    for (const phrase of phrases) {
      const list = index.get(phrase.terms[0]) ?? [];
      list.push(phrase);
      index.set(phrase.terms[0], list);
    }
    phrasesByThemes.set(themes, index);
  }
  return index;
}

function startsAt(haystack: readonly string[], start: number, needle: readonly string[]): boolean {
  if (start + needle.length > haystack.length) return false;
  for (let offset = 1; offset < needle.length; offset++) {
    if (haystack[start + offset] !== needle[offset]) return false;
  }
  return true;
}

/** Codes of these themes a text points to, with how many distinct keywords of each it contains. */
export function inferThemes(terms: readonly string[], themes: ReadonlyMap<string, Theme>): Map<string, number> {
  const index = phrasesOf(themes);
  const found = new Set<ThemePhrase>();
  for (let start = 0; start < terms.length; start++) {
    for (const phrase of index.get(terms[start]) ?? []) {
      if (!found.has(phrase) && startsAt(terms, start, phrase.terms)) found.add(phrase);
    }
  }
  const hits = new Map<string, number>();
  for (const phrase of [...found].sort((a, b) => a.order - b.order)) hits.set(phrase.themeCode, (hits.get(phrase.themeCode) ?? 0) + 1);
  return hits;
}
