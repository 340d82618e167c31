import { StemmerEn } from '@nlpjs/lang-en-min';
import glossaryData from '../../reference-data/data/glossary.json';
import lexiconData from '../../reference-data/data/lexicon.json';
import { stemSlovenian } from './slovenian-stemmer';
import { ENGLISH_MARKERS, isSlovenianNumber, SLOVENIAN_MARKERS, STOPWORDS } from './stopwords';

export type Language = 'sl' | 'en';

const englishStemmer = new StemmerEn();

/** Lower case without diacritics: "Občina Škofja Loka" → "obcina skofja loka". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Words of two or more letters or digits, as written (lower case, diacritics kept). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [];
}

/** Slovenian or English, by which language's function words the text uses more. */
export function detectLanguage(tokens: readonly string[]): Language {
  return languageOf(tokens, tokens.map(fold));
}

function languageOf(tokens: readonly string[], folded: readonly string[]): Language {
  let slovenian = 0;
  let english = 0;
  for (const word of folded) {
    if (SLOVENIAN_MARKERS.has(word)) slovenian += 1;
    if (ENGLISH_MARKERS.has(word)) english += 1;
  }
  if (english > slovenian) return 'en';
  if (slovenian > english) return 'sl';
  return tokens.some((token) => /[čšžć]/.test(token)) ? 'sl' : 'en';
}

// Stemming is most of a text's analysis, and a worker analyses the same few thousand words
// in text after text (450 candidates a job, each new one analysed): each language's stems
// are remembered, by folded word, up to this many; past it the memory starts again.
const REMEMBERED_STEMS = 50_000;
const stems: Record<Language, Map<string, string>> = { sl: new Map(), en: new Map() };

// English words the stemmer cuts to the stem of an unrelated word: animal and animator
// (both "anim": a children's entertainer read as a pet), organization and organ (a church
// organ read into every association), authority and author, vetting and vet (checking
// volunteers read as a veterinarian), hospital and hospitality, mobility and mobile, physics
// and physical, procession and process, removals and remove, fitness and fit(ted), screening
// and screen, measurements and measures, coaching and a coach (bus), plants and a (power)
// plant, railings and rail. Each gets the stem of its own
// family; the other spelling of organisation already has it.
const ENGLISH_STEMS: ReadonlyMap<string, string> = new Map([
  ['animal', 'animal'],
  ['animals', 'animal'],
  ['organization', 'organis'],
  ['organizations', 'organis'],
  ['organizational', 'organis'],
  ['authority', 'authoriti'],
  ['authorities', 'authoriti'],
  ['vetting', 'vetting'],
  ['vetted', 'vetting'],
  ['hospital', 'hospital'],
  ['hospitals', 'hospital'],
  ['mobility', 'mobility'],
  ['physics', 'physics'],
  ['procession', 'procession'],
  ['processions', 'procession'],
  ['removals', 'removals'],
  ['fitness', 'fitness'],
  ['screening', 'screening'],
  ['measurement', 'measurement'],
  ['measurements', 'measurement'],
  ['coaching', 'coaching'],
  ['plants', 'plants'],
  ['railing', 'railing'],
  ['railings', 'railing'],
]);

// Slovenian forms the stemmer cuts to the stem of an unrelated word (folded): praznovanje,
// a celebration, and prazen, empty (both "prazn"); kampanja, a campaign, and kamp, a campsite
// (kampanja, kampanje and kampanji all "kamp"); ogledali, "we saw" (a visit), and ogledalo, a
// mirror (both "ogledal"). Each family gets a stem of its own; the ambiguous ogledala (of a
// mirror, or "she saw") stays with the mirror.
const SLOVENIAN_STEMS: ReadonlyMap<string, string> = new Map([
  ...['praznovanje', 'praznovanja', 'praznovanju', 'praznovanjem', 'praznovanj', 'praznovanjih', 'praznovanjema', 'praznovati',
    'praznoval', 'praznovala', 'praznovali', 'praznovale', 'praznovalo', 'praznujemo', 'praznuje', 'praznujejo', 'praznujete']
    .map((form): [string, string] => [form, 'praznovanj']),
  ...['kampanja', 'kampanje', 'kampanji', 'kampanjo', 'kampanj', 'kampanjah', 'kampanjam', 'kampanjami']
    .map((form): [string, string] => [form, 'kampanj']),
  ...['ogledal', 'ogledali', 'ogledale'].map((form): [string, string] => [form, 'ogled']),
]);

function stemFolded(folded: string, language: Language): string {
  const known = stems[language];
  let found = known.get(folded);
  if (found === undefined) {
    found =
      language === 'sl'
        ? (SLOVENIAN_STEMS.get(folded) ?? stemSlovenian(folded))
        : (ENGLISH_STEMS.get(folded) ?? fold(englishStemmer.stemWord(folded) || folded));
    if (known.size >= REMEMBERED_STEMS) known.clear();
    known.set(folded, found);
  }
  return found;
}

/** The stem of a word in its language, folded: the forms of one word share it. */
export function stem(word: string, language: Language): string {
  return stemFolded(fold(word), language);
}

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
