import type { TFunction } from 'i18next';
import { locale } from './language';

// The API's explanations and e-mails write every English month in three letters ("30 Sep 2027");
// newer browsers write September "Sept" in British English, so a page said "1 Jun 2027 – 30 Sept
// 2027" right above "Available from 1 Jun 2027 until 30 Sep 2027".
const threeLetterMonths = (formatted: string, language: string) => (language === 'en' ? formatted.replace(/\bSept\b/, 'Sep') : formatted);

/** A yyyy-mm-dd day in the reader's locale, without time-zone shifts. */
export function formatDay(day: string, language: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return threeLetterMonths(new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, date))), language);
}

/** A moment's day in the reader's locale and time zone ("5. dec. 2026"). */
export function formatDate(value: string, language: string): string {
  return threeLetterMonths(new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium' }).format(new Date(value)), language);
}

export function formatDateTime(value: string, language: string): string {
  return threeLetterMonths(new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value)), language);
}

/** A share as a percentage, rounded: whole percents, and one decimal under 1%. A match's score is written by formatChance. */
export function formatPercent(score: number, language: string): string {
  const digits = score > 0 && score < 0.01 ? 1 : 0;
  return new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: digits }).format(score);
}

/**
 * A pair's chance of a good match (a match's score, or what it would be at best), rounded down:
 * to whole percents, to a tenth under 1% (a weak candidate's 0.4%, not 0%). A pair is sent when
 * its score is at or above the sending threshold, and the threshold's table has whole percents:
 * 0.4272 rounded to "43 %" was listed as not sent beside "pairs from 43 % are sent". Rounded down,
 * "43 %" is a pair at 43 % or more, which the threshold 43 % sends. The server's e-mails write it
 * the same way (src/suggestions/channels/email/messages.ts).
 */
export function formatChance(score: number, language: string): string {
  const tenths = score > 0 && score < 0.01;
  const scale = tenths ? 1000 : 100;
  // A stored score has four decimals: 0.29 * 100 is 28.999999999999996 in floating point.
  const floored = Math.floor(score * scale + 1e-9) / scale;
  return new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: tenths ? 1 : 0 }).format(floored);
}

/** A count grouped from four digits on in both languages ("4.321", "4,321"): Slovenian's default leaves "4321". */
export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { useGrouping: 'always' }).format(value);
}

export function formatEuro(value: number, language: string): string {
  // Grouped from four digits on in both languages: Slovenian's default leaves "1500 €".
  return new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, useGrouping: 'always' }).format(value);
}

/** An availability or a need's period: both ends, one of them ("from 1 May"), or "any time". */
export function formatPeriod(from: string | null, until: string | null, language: string, t: TFunction): string {
  if (from && until) return `${formatDay(from, language)} – ${formatDay(until, language)}`;
  if (from) return t('common.from', { date: formatDay(from, language) });
  if (until) return t('common.until', { date: formatDay(until, language) });
  return t('common.anyTime');
}
