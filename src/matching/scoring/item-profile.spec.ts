import { THEME_BY_CODE } from '../../reference-data/reference-data';
import { profileOf } from './item-profile';
import { analyze } from './text-analysis';

describe('profileOf', () => {
  it('reads the title in the language of the whole text, so its words meet the same words in the description', () => {
    // Alone, the title has no function word and no č, š or ž, and reads as English.
    expect(analyze('Ogled znamenitosti Kranja').language).toBe('en');
    const { terms } = profileOf('Ogled znamenitosti Kranja', 'Vodeni ogled mesta Kranj za skupine starejših.', [], THEME_BY_CODE);
    expect(terms.filter((term) => term === analyze('Kranj', 'sl').terms[0])).toHaveLength(3);
    expect(terms).not.toContain('kranja');
  });

  it('counts the title twice: it names the subject', () => {
    const { terms } = profileOf('Pevski zbor', 'Iščemo prostor za vaje.', [], THEME_BY_CODE);
    expect(terms.filter((term) => term === '~choir')).toHaveLength(2);
  });
});
