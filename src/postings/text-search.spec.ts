import { searchForms } from './text-search';

describe('searchForms', () => {
  it('looks for each word by the part its forms share, in Slovenian or English', () => {
    expect(searchForms('festivala')).toEqual([['festival']]);
    expect(searchForms('festival')).toEqual([['festiv']]);
    expect(searchForms('Pevskih zborov')).toEqual([['pevsk'], ['zbor']]);
    expect(searchForms('volunteers')).toEqual([['volunt']]);
  });

  it('finds the nominative with a fleeting e from any other case', () => {
    expect(searchForms('pevca')[0].sort()).toEqual(['pevc', 'pevec']);
    expect(searchForms('vozička')[0].sort()).toEqual(['vozicek', 'vozick']);
    // not the -sk- of adjectives: gasilskega is gasilski, never "gasilsek"
    expect(searchForms('gasilskega')).toEqual([['gasilsk']]);
  });

  it('ignores case and accents, and leaves out function words while others remain', () => {
    expect(searchForms('Pomoč ZA starejše')).toEqual([['pomoc'], ['starejs']]);
    expect(searchForms('za')).toEqual([['za']]);
    expect(searchForms('zbor zbora')).toEqual([['zbor']]);
  });

  it('keeps a short stem out: three letters would be found inside too many words', () => {
    expect(searchForms('care')).toEqual([['care']]);
    expect(searchForms('šola')).toEqual([['sola']]);
  });

  it('takes a query with % _ or \\ as typed, and numbers as they are', () => {
    expect(searchForms('50%')).toEqual([['50%']]);
    expect(searchForms('koda_a1')).toEqual([['koda_a1']]);
    expect(searchForms('2026')).toEqual([['2026']]);
    expect(searchForms('!!')).toEqual([['!!']]);
  });
});
