import { Theme } from './scoring-reference';
import { detectLanguage, Language, words } from '../../common/language/words';
import { analyze } from './text-analysis';
import { inferThemes } from './theme-inference';

export interface ItemProfile {
  terms: string[];
  themeWeights: Map<string, number>;
  /** The language the whole text is written in (its stems are that language's). */
  language: Language;
}

/**
 * What an item is about: the stems of its title (counted twice: it names the subject) and
 * description, both in the language of the whole text (which it keeps), and its themes: the declared ones
 * fully, the ones its words point to less, more so the more keywords of the theme it uses.
 */
export function profileOf(title: string, description: string, declaredThemes: readonly string[], themes: ReadonlyMap<string, Theme>): ItemProfile {
  // One language for both: a title alone is often too short to tell (no function words,
  // no č, š or ž: "Ogled znamenitosti Kranja" read as English), and its stems would then
  // miss the same words in the description and in the other side's text.
  const language = detectLanguage(words(`${title} ${description}`));
  const titleTerms = analyze(title, language).terms;
  const terms = [...titleTerms, ...titleTerms, ...analyze(description, language).terms];
  const themeWeights = new Map<string, number>();
  for (const [code, hits] of inferThemes(terms, themes)) themeWeights.set(code, Math.min(0.8, 0.4 + 0.2 * hits));
  for (const code of declaredThemes) themeWeights.set(code, 1);
  return { terms, themeWeights, language };
}

/** The themes the candidate query searches with: the item's own and their parents, so that related themes meet. */
export function searchableThemes(profile: { themeWeights: ReadonlyMap<string, number> }, themes: ReadonlyMap<string, Theme>): string[] {
  const all = new Set(profile.themeWeights.keys());
  for (const code of profile.themeWeights.keys()) {
    const parent = themes.get(code)?.parentCode;
    if (parent) all.add(parent);
  }
  return [...all];
}
