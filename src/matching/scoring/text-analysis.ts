import glossaryData from '../../reference-data/data/glossary.json';
import lexiconData from '../../reference-data/data/lexicon.json';
import { isSlovenianNumber, STOPWORDS } from '../../common/language/stopwords';
import { fold, Language, languageOf, stem, stemFolded, words } from '../../common/language/words';

// ---------- the glossary ----------

/**
 * The domain glossary (src/reference-data/data/glossary.json): concepts with their words
 * and phrases in both languages. A text's words that name a concept become the concept's
 * term, "~elderly" for starejši, starostniki, upokojenci, seniors and pensioners alike,
 * so that a Slovenian need and an English offer about the same thing share terms, and so
 * do synonyms within one language. The general lexicon (lexicon.json) has the same form,
 * one entry per everyday word ("~table" for miza, mize and table).
 */
export interface GlossaryData {
  concepts: readonly { id: string; sl: readonly string[]; en: readonly string[] }[];
}

interface GlossaryPhrase {
  stems: string[];
  term: string;
}

/** Phrases by language and first stem, longest first. */
export type Glossary = Record<Language, ReadonlyMap<string, readonly GlossaryPhrase[]>>;

const CONCEPT_PREFIX = '~';

/** True for a term that stands for a glossary concept rather than a word's stem. */
export const isConceptTerm = (term: string): boolean => term.startsWith(CONCEPT_PREFIX);

function stemsOf(text: string, language: Language): string[] {
  return words(text)
    .filter((token) => !STOPWORDS.has(fold(token)))
    .map((token) => stem(token, language));
}

export function compileGlossary(data: GlossaryData): Glossary {
  const index = { sl: new Map<string, GlossaryPhrase[]>(), en: new Map<string, GlossaryPhrase[]>() };
  for (const concept of data.concepts) {
    for (const language of ['sl', 'en'] as const) {
      for (const phrase of concept[language]) {
        const stems = stemsOf(phrase, language);
        // A phrase whose other words are all stop words ("IT support", "work day", "the
        // aged") would claim every use of its one remaining word: "support", "work", "age".
        if (stems.length === 0 || (stems.length === 1 && words(phrase).length > 1)) continue;
        const list = index[language].get(stems[0]) ?? [];
        list.push({ stems, term: `${CONCEPT_PREFIX}${concept.id}` });
        index[language].set(stems[0], list);
      }
    }
  }
  for (const map of Object.values(index)) for (const list of map.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return index;
}

export const NO_GLOSSARY: Glossary = { sl: new Map(), en: new Map() };

// The glossary is language knowledge, like the stemmers and the stop words: every caller
// (the service, the benchmarks, the training script) must analyse texts the same way, or a
// stored search profile and a fresh one would disagree.
// The general lexicon (lexicon.json) comes after the domain concepts: where a phrase of both
// names the same words, the glossary's concept is the one read.
export const GLOSSARY: Glossary = compileGlossary({
  concepts: [...(glossaryData as GlossaryData).concepts, ...(lexiconData as GlossaryData).concepts],
});

function phraseAt(stems: readonly string[], start: number, index: ReadonlyMap<string, readonly GlossaryPhrase[]>): GlossaryPhrase | undefined {
  return index.get(stems[start])?.find((phrase) => phrase.stems.every((part, offset) => stems[start + offset] === part));
}

// ---------- analysis ----------

// Set phrases whose words, read one by one, name an entry the phrase does not mean: "v skladu
// z" (in accordance with) is no fund (sklad), "s sedežem v" and "ima sedež v" (registered in,
// based in: most organizations' descriptions say it) no seat, "v teku" (under way) no running,
// "of course" no course, "in light of" no lighting. Their words are dropped, as stop words are,
// in texts of either language. Folded, as the words they are compared with.
const SET_PHRASES: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const phrases = ['v skladu z', 'v skladu s', 's sedezem', 'z sedezem', 'sedez v', 'sedez na', 'v teku', 'of course', 'in light of', 'in the light of'];
  const byFirst = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const parts = phrase.split(' ');
    byFirst.set(parts[0], [...(byFirst.get(parts[0]) ?? []), parts]);
  }
  return byFirst;
})();

/** Every run of letters or digits, one-letter words too (v, s, z begin the set phrases). */
const runsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** A run that `words` counts as a word: two or more letters or digits. */
const isWord = (run: string): boolean => run.length > 2 || [...run].length >= 2;

/** The words (as `words` gives them, folded) outside the set phrases. */
function wordsOutsideSetPhrases(runs: readonly string[], foldedRuns: readonly string[]): string[] {
  const outside: string[] = [];
  for (let position = 0; position < foldedRuns.length; ) {
    const phrase = SET_PHRASES.get(foldedRuns[position])?.find((parts) => parts.every((part, offset) => foldedRuns[position + offset] === part));
    if (phrase) {
      position += phrase.length;
    } else {
      if (isWord(runs[position])) outside.push(foldedRuns[position]);
      position += 1;
    }
  }
  return outside;
}

export interface AnalyzedText {
  language: Language;
  /** Concepts and stems of the words that carry meaning, in text order (stop words dropped). */
  terms: string[];
}

/**
 * Folds, drops set phrases and stop words (and numbers written out in Slovenian texts), stems a text in its own language and puts the glossary's
 * concepts in place of the words and phrases that name them (a word of the other language,
 * as in "mobilni AED" or "repair café", is looked up in that language's glossary too).
 */
export function analyze(text: string, language?: Language, glossary: Glossary = GLOSSARY): AnalyzedText {
  const runs = runsOf(text);
  const foldedRuns = runs.map(fold);
  const detected = language ?? languageOf(runs.filter(isWord), foldedRuns.filter((_, index) => isWord(runs[index])));
  const other: Language = detected === 'sl' ? 'en' : 'sl';
  const kept = wordsOutsideSetPhrases(runs, foldedRuns).filter((word) => !STOPWORDS.has(word) && !/^\d+$/.test(word) && !(detected === 'sl' && isSlovenianNumber(word)));
  const own = kept.map((word) => stemFolded(word, detected));
  let foreign: string[] | null = null;
  const terms: string[] = [];
  for (let position = 0; position < kept.length; ) {
    let phrase = phraseAt(own, position, glossary[detected]);
    if (!phrase && glossary[other].size > 0) {
      foreign ??= kept.map((word) => stemFolded(word, other));
      phrase = phraseAt(foreign, position, glossary[other]);
    }
    if (phrase) {
      terms.push(phrase.term);
      position += phrase.stems.length;
    } else {
      terms.push(own[position]);
      position += 1;
    }
  }
  return { language: detected, terms };
}
