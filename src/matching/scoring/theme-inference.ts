import { Theme } from './scoring-reference';
import { analyze } from './text-analysis';

interface ThemePhrase {
  themeCode: string;
  terms: string[];
}

// Every theme name and keyword, in both languages, as a sequence of stems. A text that
// contains the sequence points to the theme, whatever language the item was posted in.
// Stemming them all takes a while, so it is done once per set of themes.
const phrasesByThemes = new WeakMap<ReadonlyMap<string, Theme>, ThemePhrase[]>();

function phrasesOf(themes: ReadonlyMap<string, Theme>): ThemePhrase[] {
  let phrases = phrasesByThemes.get(themes);
  if (!phrases) {
    phrases = [...themes.values()].flatMap((theme) =>
      [
        ...[theme.nameSl, ...theme.keywordsSl].map((phrase) => analyze(phrase, 'sl').terms),
        ...[theme.nameEn, ...theme.keywordsEn].map((phrase) => analyze(phrase, 'en').terms),
      ]
        .filter((terms) => terms.length > 0)
        .map((terms) => ({ themeCode: theme.code, terms })),
    );
    phrasesByThemes.set(themes, phrases);
  }
  return phrases;
}

function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let offset = 0; offset < needle.length; offset++) {
      if (haystack[start + offset] !== needle[offset]) continue outer;
    }
    return true;
  }
  return false;
}

/** Codes of these themes a text points to, with how many distinct keywords of each it contains. */
export function inferThemes(terms: readonly string[], themes: ReadonlyMap<string, Theme>): Map<string, number> {
  const hits = new Map<string, number>();
  for (const phrase of phrasesOf(themes)) {
    if (containsSequence(terms, phrase.terms)) hits.set(phrase.themeCode, (hits.get(phrase.themeCode) ?? 0) + 1);
  }
  return hits;
}
