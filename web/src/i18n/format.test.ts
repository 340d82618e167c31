import { describe, expect, it } from 'vitest';
import { fieldErrorMessage } from '../forms/field-errors';
import { formatChance, formatDateTime, formatEuro, formatPeriod } from './format';
import { setupI18n } from './i18n';

describe('a period', () => {
  it('reads both ends, one of them, or any time, in the reader\'s language', async () => {
    const i18n = setupI18n('en');
    await i18n.changeLanguage('en');
    const { t } = i18n;
    expect(formatPeriod('2027-03-01', '2027-06-30', 'en', t)).toBe('1 Mar 2027 – 30 Jun 2027');
    expect(formatPeriod('2027-03-01', null, 'en', t)).toBe('from 1 Mar 2027');
    expect(formatPeriod(null, '2027-06-30', 'en', t)).toBe('until 30 Jun 2027');
    expect(formatPeriod(null, null, 'en', t)).toBe('any time');
  });

  it('writes September as the explanations beside it do: 30 Sep 2027, not 30 Sept 2027', () => {
    const { t } = setupI18n('en');
    expect(formatPeriod('2027-06-01', '2027-09-30', 'en', t)).toBe('1 Jun 2027 – 30 Sep 2027');
    expect(formatDateTime('2027-09-30T10:15:00Z', 'en')).toMatch(/^30 Sep 2027, \d\d:\d\d$/);
  });
});

describe('amounts and limits', () => {
  it('groups the thousands of euros in both languages', () => {
    expect(formatEuro(1500, 'sl').replace(/\s/g, ' ')).toBe('1.500 €');
    expect(formatEuro(1500, 'en')).toBe('€1,500');
  });

  it('writes a rule\'s number as a number of the language: Največ 100.000.000.', () => {
    const sl = setupI18n('sl');
    expect(fieldErrorMessage(sl.t, 'valueEur', { field: 'valueEur', message: 'valueEur must not be greater than 100000000', constraint: 'max', limit: 100_000_000 })).toBe('Največ 100.000.000.');
    const en = setupI18n('en');
    expect(fieldErrorMessage(en.t, 'capacity', { field: 'capacity', message: 'capacity must not be less than 1', constraint: 'min', limit: 1 })).toBe('At least 1.');
  });
});

describe('a value GraphQL could not take', () => {
  it('is worded, not shown as the API\'s English coercion message', () => {
    const sl = setupI18n('sl');
    const error = { field: 'valueEur', message: 'Variable "$input" got invalid value 99999999999999 at "input.valueEur"; Int cannot represent non 32-bit signed integer value', constraint: 'graphqlType' };
    expect(fieldErrorMessage(sl.t, 'valueEur', error)).toBe('Te vrednosti ni mogoče sprejeti: vpišite jo v pravi obliki in obsegu.');
  });
});

describe("a pair's chance", () => {
  // A pair is sent from the threshold (43 % by default) up: 0.4272 rounded up to "43 %" was listed as not sent.
  it('is rounded down, so that a pair shown at the threshold is one it sends', () => {
    expect(formatChance(0.4272, 'en')).toBe('42%');
    expect(formatChance(0.43, 'en')).toBe('43%');
    expect(formatChance(0.4299, 'sl').replace(/\s/g, ' ')).toBe('42 %');
    expect(formatChance(0.9999, 'en')).toBe('99%');
    expect(formatChance(1, 'en')).toBe('100%');
  });

  it('keeps whole percents whole, floating point aside (0.29 * 100 is 28.999…)', () => {
    for (const percent of [1, 7, 29, 43, 57, 58, 99]) expect(formatChance(percent / 100, 'en')).toBe(`${percent}%`);
  });

  it('writes a tenth under 1 %, rounded down too: 0.4 %, not 0 %', () => {
    expect(formatChance(0.004, 'en')).toBe('0.4%');
    expect(formatChance(0.0049, 'sl').replace(/\s/g, ' ')).toBe('0,4 %');
    expect(formatChance(0.001, 'en')).toBe('0.1%');
    expect(formatChance(0.0099, 'en')).toBe('0.9%');
    expect(formatChance(0, 'en')).toBe('0%');
  });
});
