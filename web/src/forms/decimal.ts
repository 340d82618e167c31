import { locale } from '../i18n/language';

/** What a decimal field's text says: a number, or why it is not one the field takes. */
export type DecimalReading = { value: number } | { problem: 'isNumber' | 'decimals' };

/**
 * A number as people type it: with a decimal comma ("43,5", as Slovenian writes it) or a point
 * ("43.5"), whatever the page's or the browser's language, and without grouping. A number field
 * leaves this to the browser, which in a Slovenian one dropped the comma of "43,5" without a
 * word and read 435. More places than `decimals` are refused, trailing zeros too: "1.000" is a
 * thousand to a Slovenian reader, not a one to be taken silently. Null: nothing typed.
 */
export function readDecimal(text: string, decimals: number): DecimalReading | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const match = /^([-−]?)(\d*)(?:[.,](\d*))?$/.exec(trimmed);
  if (!match || (match[2] === '' && !match[3])) return { problem: 'isNumber' };
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > decimals) return { problem: 'decimals' };
  const value = Number(`${whole || '0'}.${fraction || '0'}`);
  return { value: sign && value !== 0 ? -value : value };
}

/** A number as the reader writes it, to at most `decimals` places and ungrouped, so that readDecimal reads it back: 43,5 in Slovenian, 43.5 in English. */
export function formatDecimal(value: number, language: string, decimals: number): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: decimals, useGrouping: false }).format(value);
}

/**
 * How many decimal places `value` has, to at most `most` (past them a float's own noise, as in
 * 0.4257 * 100 = 42.570000000000004): 42.5 has one, 42.57 two, 43 none.
 */
export function decimalPlaces(value: number, most: number): number {
  const fraction = value.toFixed(most).split('.')[1]?.replace(/0+$/, '') ?? '';
  return fraction.length;
}
