import { MUNICIPALITY_BY_CODE, THEME_BY_CODE } from '../reference-data/reference-data';
import { ItemProfileCache } from './item-profile.cache';
import { profileOf } from './scoring/item-profile';

const reference = { municipalities: MUNICIPALITY_BY_CODE, themes: THEME_BY_CODE };

class CacheOfTwo extends ItemProfileCache {
  protected override readonly capacity = 2;
}

describe('ItemProfileCache', () => {
  it('gives the profile of the text, analysed once while the text stays the same', () => {
    const cache = new ItemProfileCache(reference);
    const first = cache.profileOf('a', 'Prevozi starejših', 'Prostovoljci vozijo starejše k zdravniku.', ['SOCIAL_ELDERLY']);
    expect(first).toEqual(profileOf('Prevozi starejših', 'Prostovoljci vozijo starejše k zdravniku.', ['SOCIAL_ELDERLY'], THEME_BY_CODE));
    expect(cache.profileOf('a', 'Prevozi starejših', 'Prostovoljci vozijo starejše k zdravniku.', ['SOCIAL_ELDERLY'])).toBe(first);
  });

  it('analyses again when the title, the description or the themes changed', () => {
    const cache = new ItemProfileCache(reference);
    const first = cache.profileOf('a', 'Prevozi starejših', 'Vozimo k zdravniku.', []);
    const retitled = cache.profileOf('a', 'Knjižnica na kolesih', 'Vozimo k zdravniku.', []);
    expect(retitled).not.toBe(first);
    expect(retitled.terms).toEqual(profileOf('Knjižnica na kolesih', 'Vozimo k zdravniku.', [], THEME_BY_CODE).terms);
    const described = cache.profileOf('a', 'Knjižnica na kolesih', 'Vozimo knjige domov.', []);
    expect(described.terms).toEqual(profileOf('Knjižnica na kolesih', 'Vozimo knjige domov.', [], THEME_BY_CODE).terms);
    const themed = cache.profileOf('a', 'Knjižnica na kolesih', 'Vozimo knjige domov.', ['SOCIAL_ELDERLY']);
    expect(themed.themeWeights.get('SOCIAL_ELDERLY')).toBe(1);
  });

  it('lets the profile used longest ago go when full, and keeps the ones used since', () => {
    const cache = new CacheOfTwo(reference);
    const a = cache.profileOf('a', 'Prevozi', 'Vozimo starejše.', []);
    const b = cache.profileOf('b', 'Knjige', 'Beremo na glas.', []);
    expect(cache.profileOf('a', 'Prevozi', 'Vozimo starejše.', [])).toBe(a); // a is now the more recent
    cache.profileOf('c', 'Vrt', 'Skupnostni vrt.', []); // b goes
    expect(cache.profileOf('a', 'Prevozi', 'Vozimo starejše.', [])).toBe(a);
    expect(cache.profileOf('b', 'Knjige', 'Beremo na glas.', [])).not.toBe(b);
  });

  it('finds a profile by the version its text was read at, without the text', () => {
    const cache = new CacheOfTwo(reference);
    expect(cache.profileAt('a', '7')).toBeUndefined();
    const first = cache.profileOf('a', 'Prevozi', 'Vozimo starejše.', [], '7');
    expect(cache.profileAt('a', '7')).toBe(first);
    // Another version (anything of the offer changed): not found until its text is read again.
    expect(cache.profileAt('a', '9')).toBeUndefined();
    // The same text at the new version: the profile is kept, and found by that version now.
    expect(cache.profileOf('a', 'Prevozi', 'Vozimo starejše.', [], '9')).toBe(first);
    expect(cache.profileAt('a', '9')).toBe(first);
    expect(cache.profileAt('a', '7')).toBeUndefined();
    // Read without a version (an offer's own scoring), the same text keeps the version it was found by.
    cache.profileOf('a', 'Prevozi', 'Vozimo starejše.', []);
    expect(cache.profileAt('a', '9')).toBe(first);
    // Another text without a version: no version finds it.
    cache.profileOf('a', 'Knjige', 'Beremo na glas.', []);
    expect(cache.profileAt('a', '9')).toBeUndefined();
    // Found by version, a profile counts as used: the other one goes first.
    cache.profileOf('b', 'Vrt', 'Skupnostni vrt.', [], '3');
    cache.profileOf('a', 'Prevozi', 'Vozimo starejše.', [], '10');
    expect(cache.profileAt('b', '3')).toBeDefined();
    cache.profileOf('c', 'Kuhinja', 'Kuhamo kosila.', [], '4');
    expect(cache.profileAt('b', '3')).toBeDefined();
    expect(cache.profileAt('a', '10')).toBeUndefined();
  });
});
