import { describe, expect, it } from 'vitest';
import { setupI18n } from './i18n';

describe('a sentence ending with a name that ends in a full stop', () => {
  it('gets one full stop, not two', () => {
    const i18n = setupI18n('sl');
    expect(i18n.t('acceptInvitation.joined', { organization: 'Podjetje Sava Tech d.o.o.' })).toBe('Zdaj ste član organizacije Podjetje Sava Tech d.o.o.');
    expect(i18n.t('acceptInvitation.joined', { organization: 'Društvo Pomoč' })).toBe('Zdaj ste član organizacije Društvo Pomoč.');
  });

  it('leaves an ellipsis and dots inside a word alone', () => {
    const i18n = setupI18n('sl');
    expect(i18n.t('acceptInvitation.joined', { organization: 'Zavod 1..2' })).toBe('Zdaj ste član organizacije Zavod 1..2.');
    expect(i18n.t('acceptInvitation.joined', { organization: 'Zavod …in še kaj...' })).toBe('Zdaj ste član organizacije Zavod …in še kaj....');
  });
});
