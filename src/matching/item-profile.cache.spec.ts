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
});
