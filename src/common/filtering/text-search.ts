import { STOPWORDS } from '../language/stopwords';
import { fold, stem } from '../language/words';

// Words of the query: letters and digits; "koda_a1" or "50%" are looked for as typed.
const WORD = /[\p{L}\p{N}]+/gu;
const LITERAL_ONLY = /[%_\\]/;

// Letters that PostgreSQL's unaccent folds and Unicode decomposition does not: the text side
// of the comparison is lower(immutable_unaccent(...)), the pattern side is folded here.
const UNACCENT_MORE: Readonly<Record<string, string>> = { đ: 'd', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };
const foldLikeUnaccent = (text: string) => fold(text).replace(/[đłøßæœþ]/g, (letter) => UNACCENT_MORE[letter]);

// A stem this long is looked for as the start of a word (festival: festivala, festivalski).
const PREFIX_STEM = 4;
// A shorter one (šol of šola, dom of domu, vod of vode) would start too many other words
// (solidarnost, domena, vodstvo): it is looked for as a whole word with a case ending.
const SHORT_STEM = 3;
const CASE_ENDINGS = ['a', 'e', 'i', 'o', 'u', 'ah', 'am', 'ami', 'ih', 'im', 'imi', 'om', 'ov', 'ev', 'em', 'ega', 'emu', 'ima', 'ama', 'oma', 'ema'];
const WITH_CASE_ENDING = `(?:${CASE_ENDINGS.join('|')})?`;

/** What a text filter looks for: a LIKE pattern as typed, or regular expressions of word forms. */
export type TextSearch = { literal: string } | { words: string[][] };

/**
 * How the lists' text filter looks for a text, folded (lower case, no diacritics). Each word of
 * the query becomes a group of regular expressions, any of which finds it in whichever case or
 * number it was written, at the start of a word: "festivala" finds "festival", "pevskih zborov"
 * finds "pevski zbor" and "zbor pevcev", in any order, and "šport" no longer "transport". A
 * posting must have every group. Function words ("za", "the") are left out while other words
 * remain. A query with % _ or \ (a code, "50%") is looked for as typed, in one piece.
 */
export function textSearch(text: string): TextSearch {
  const folded = foldLikeUnaccent(text).trim();
  const words = LITERAL_ONLY.test(folded) ? [] : (folded.match(WORD) ?? []);
  if (words.length === 0) return { literal: folded };
  const meaningful = words.filter((word) => !STOPWORDS.has(word));
  // Two forms of one word ("zbor zbora") look for the same.
  const groups = new Map((meaningful.length ? meaningful : words).map((word) => wordForms(word)).map((group) => [group.join(' '), group]));
  return { words: [...groups.values()] };
}

/** The regular expressions that find the forms of one folded word. */
function wordForms(word: string): string[] {
  // A word of one or two letters ("o", "za", "če", when nothing else was typed) would start
  // most words of every text: it is looked for as a whole word.
  if (word.length <= 2) return [`\\m${word}\\M`];
  const prefixes = new Set([word]);
  const whole = new Set<string>();
  if (!/^\p{N}+$/u.test(word)) {
    for (const language of ['sl', 'en'] as const) {
      const common = stem(word, language);
      if (common === word) continue;
      if (common.length >= PREFIX_STEM) prefixes.add(common);
      else if (common.length >= SHORT_STEM) whole.add(common);
    }
    for (const base of [...prefixes].filter((base) => base.length >= PREFIX_STEM)) {
      // The fleeting e: pevca and pevci (pevc), and the nominative pevec; vozička and voziček
      // (not the -sk- of adjectives: gasilskega is never "gasilsek").
      if (base !== word && /[^aeious][ck]$/.test(base)) prefixes.add(`${base.slice(0, -1)}e${base.slice(-1)}`);
      // k before i becomes c: otrok, otroci; and back.
      if (base.length >= 5 && /[aeiou]k$/.test(base)) prefixes.add(`${base.slice(0, -1)}c`);
      if (base.length >= 5 && base !== word && /[aeiou]c$/.test(base)) prefixes.add(`${base.slice(0, -1)}k`);
    }
  }
  // A form that starts with another is found by it already.
  const starts = [...prefixes].filter((form) => ![...prefixes].some((other) => other !== form && form.startsWith(other)));
  return [...starts.map((form) => `\\m${form}`), ...[...whole].filter((form) => !starts.some((start) => form.startsWith(start))).map((form) => `\\m${form}${WITH_CASE_ENDING}\\M`)];
}

/**
 * The conditions of a text search on `searched`, the SQL expression of a table's trigram index
 * without its lower(immutable_unaccent()) (needs: title || ' ' || description), so that the
 * index serves them: each with `?` where its one value goes.
 */
export function textSearchConditions(searched: string, text: string): { sql: string; value: unknown }[] {
  const indexed = `lower(immutable_unaccent(${searched}))`;
  const search = textSearch(text);
  if ('literal' in search) {
    const escaped = search.literal.replace(/[\\%_]/g, (character) => `\\${character}`);
    return [{ sql: `${indexed} LIKE '%' || lower(immutable_unaccent(?)) || '%'`, value: escaped }];
  }
  return search.words.map((forms) => ({ sql: `${indexed} ~ ANY(CAST(? AS text[]))`, value: forms }));
}
