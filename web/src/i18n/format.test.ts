import { describe, expect, it } from 'vitest';
import { formatPeriod } from './format';
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
});
