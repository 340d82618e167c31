import { STOPWORDS } from '../common/language/stopwords';
import { fold, stem } from '../common/language/words';

// Words of the query: letters and digits; "koda_a1" or "50%" are looked for as typed.
const WORD = /[\p{L}\p{N}]+/gu;
const LITERAL_ONLY = /[%_\\]/;
const MIN_FORM = 4;

/**
 * What a posting's text must contain for a search, folded (lower case, no diacritics): every
 * group, each by any of its forms. Each word of the query is a group of its forms' common
 * parts, so that a word is found in whichever case or number it was written: "festivala"
 * finds "festival", "pevskih zborov" finds "pevski zbor" and "zbor pevcev", in any order.
 * Function words ("za", "the") are left out while other words remain. A query with % _ or \
 * (a code, "50%") is one group: the text as typed.
 */
export function searchForms(text: string): string[][] {
  const folded = fold(text).trim();
  const words = LITERAL_ONLY.test(folded) ? [] : (folded.match(WORD) ?? []);
  const meaningful = words.filter((word) => !STOPWORDS.has(word));
  const chosen = meaningful.length ? meaningful : words;
  if (chosen.length === 0) return [[folded]];
  // Two forms of one word ("zbor zbora") look for the same.
  const groups = new Map(chosen.map((word) => forms(word)).map((group) => [group.join(' '), group]));
  return [...groups.values()];
}

/** The parts that the forms of a word share, in Slovenian and in English, none containing another. */
function forms(word: string): string[] {
  if (/^\p{N}+$/u.test(word)) return [word];
  const candidates = new Set([word]);
  for (const language of ['sl', 'en'] as const) {
    const common = stem(word, language);
    // Three letters would find too much inside other words ("care" → "car", "šola" → "sol").
    if (common === word || common.length < MIN_FORM) continue;
    candidates.add(common);
    // The fleeting e: pevca and pevci (pevc), and the nominative pevec; vozička and voziček.
    if (/[^aeious][ck]$/.test(common)) candidates.add(`${common.slice(0, -1)}e${common.slice(-1)}`);
  }
  // A form that contains another is found by it already.
  return [...candidates].filter((candidate) => ![...candidates].some((other) => other !== candidate && candidate.includes(other)));
}
