import { describe, expect, it } from 'vitest';
import { setupI18n } from './i18n';

describe('a quoted title with quotes of its own', () => {
  it('gets the inner pair of quotes in English, and the same curly quotes as every other sentence', () => {
    const i18n = setupI18n('en');
    expect(i18n.t('desk.forItem', { title: 'Volunteers for the “Summer in Naklo” festival' })).toBe('for “Volunteers for the ‘Summer in Naklo’ festival”');
    expect(i18n.t('desk.responseFrom', { organization: 'Društvo Naklo', title: 'Plain title' })).toBe('Društvo Naklo responded to “Plain title”');
    expect(i18n.t('desk.partnershipWith', { organization: 'Občina Naklo', title: 'Plain title' })).toBe('Občina Naklo · “Plain title”');
  });

  it('gets the inner pair of quotes in Slovenian', () => {
    const i18n = setupI18n('sl');
    expect(i18n.t('desk.forItem', { title: 'Prostovoljci za festival »Poletje v Naklem«' })).toBe('za »Prostovoljci za festival ›Poletje v Naklem‹«');
  });

  it('leaves a title alone whose quotes do not pair up, and quotes of the other language', () => {
    const en = setupI18n('en');
    expect(en.t('desk.forItem', { title: 'The “open end' })).toBe('for “The “open end”');
    expect(en.t('desk.forItem', { title: 'Festival »Poletje«' })).toBe('for “Festival »Poletje«”');
  });
});
