import { formatDay } from './days';

describe('formatDay', () => {
  // The web pages' own (web/src/i18n/format.ts formatDay): the reasons and e-mails beside them say days the same way.
  it('writes a day as the web pages do: Intl medium style, months in three letters', () => {
    expect(formatDay('2027-01-01', 'sl')).toBe('1. jan. 2027');
    expect(formatDay('2027-05-01', 'sl')).toBe('1. maj 2027');
    expect(formatDay('2027-12-31', 'sl')).toBe('31. dec. 2027');
    expect(formatDay('2027-01-01', 'en')).toBe('1 Jan 2027');
    expect(formatDay('2027-12-31', 'en')).toBe('31 Dec 2027');
  });

  it('writes September in three letters in English, as the pages do, and never shifts the day', () => {
    expect(formatDay('2027-09-30', 'en')).toBe('30 Sep 2027');
    expect(formatDay('2027-09-30', 'sl')).toBe('30. sep. 2027');
    expect(formatDay('2026-03-29', 'sl')).toBe('29. mar. 2026');
  });
});
