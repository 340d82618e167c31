// A day as the web pages write it (web/src/i18n/format.ts formatDay, with the same locales): the
// reasons of a match and the e-mails read beside those pages, and said "1. 1. 2027" where a page
// said "1. jan. 2027".
const FORMATS = {
  sl: new Intl.DateTimeFormat('sl-SI', { dateStyle: 'medium', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }),
};

/** A yyyy-mm-dd day: "1. jan. 2027", "1 Jan 2027", without time-zone shifts. */
export function formatDay(day: string, language: 'sl' | 'en'): string {
  const [year, month, date] = day.split('-').map(Number);
  const formatted = FORMATS[language].format(new Date(Date.UTC(year, month - 1, date)));
  // Newer ICU writes September "Sept" in British English; the pages write every month in three letters.
  return language === 'en' ? formatted.replace(/\bSept\b/, 'Sep') : formatted;
}
