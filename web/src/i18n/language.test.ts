import { describe, expect, it } from 'vitest';
import { setupI18n } from './i18n';
import { initialLanguage } from './language';

describe('the reader language', () => {
  it('is Slovenian by default', () => {
    expect(initialLanguage('')).toBe('sl');
  });

  it('switches with ?lang=en and remembers it', () => {
    expect(initialLanguage('?lang=en')).toBe('en');
    expect(initialLanguage('')).toBe('en');
    expect(initialLanguage('?lang=sl')).toBe('sl');
    expect(initialLanguage('')).toBe('sl');
  });

  it('sets <html lang> and follows a change', async () => {
    const i18n = setupI18n('sl');
    expect(document.documentElement.lang).toBe('sl');
    await i18n.changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    expect(initialLanguage('')).toBe('en');
  });
});
