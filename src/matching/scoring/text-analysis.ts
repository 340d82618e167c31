import { StemmerEn } from '@nlpjs/lang-en-min';
import { StemmerSl } from '@nlpjs/lang-sl';
import { ENGLISH_MARKERS, SLOVENIAN_MARKERS, STOPWORDS } from './stopwords';

export type Language = 'sl' | 'en';

const slovenianStemmer = new StemmerSl();
const englishStemmer = new StemmerEn();

// Stems are cut to this length: Slovenian inflects by changing endings (starejši,
// starejših, starejšim), and the stemmer leaves some of them; a common prefix of six
// letters joins the forms without joining unrelated words too often.
const STEM_LENGTH = 6;

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
  let slovenian = 0;
  let english = 0;
  for (const token of tokens) {
    const folded = fold(token);
    if (SLOVENIAN_MARKERS.has(folded)) slovenian += 1;
    if (ENGLISH_MARKERS.has(folded)) english += 1;
  }
  if (english > slovenian) return 'en';
  if (slovenian > english) return 'sl';
  return tokens.some((token) => /[čšžć]/.test(token)) ? 'sl' : 'en';
}

export function stem(word: string, language: Language): string {
  const stemmed = language === 'sl' ? slovenianStemmer.stemWord(word) : englishStemmer.stemWord(word);
  return fold(stemmed || word).slice(0, STEM_LENGTH);
}

export interface AnalyzedText {
  language: Language;
  /** Stems of the words that carry meaning, in text order (stop words dropped). */
  terms: string[];
}

/** Folds, drops stop words and stems a text in its own language. */
export function analyze(text: string, language?: Language): AnalyzedText {
  const tokens = words(text);
  const detected = language ?? detectLanguage(tokens);
  const terms = tokens.filter((token) => !STOPWORDS.has(fold(token)) && !/^\d+$/.test(token)).map((token) => stem(token, detected));
  return { language: detected, terms };
}
