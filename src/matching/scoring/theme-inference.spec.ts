import { Theme } from './scoring-reference';
import { analyze } from './text-analysis';
import { inferThemes } from './theme-inference';

// The names are words no text below uses: a theme's name is one of its keywords too.
const theme = (code: string, nameEn: string, keywordsEn: string[], keywordsSl: string[] = []): Theme => ({
  code,
  parentCode: null,
  nameSl: `${nameEn}ica`,
  nameEn,
  keywordsSl,
  keywordsEn,
});

const themes: ReadonlyMap<string, Theme> = new Map([
  ['QUINCES', theme('QUINCES', 'Zymurgy', ['quince jelly', 'marzipan moulds', 'copper kettle'])],
  ['KERBS', theme('KERBS', 'Tarmacadam', ['pothole'], ['cestišče'])],
]);

const inferred = (text: string) => Object.fromEntries(inferThemes(analyze(text).terms, themes));

describe('inferThemes', () => {
  it('finds a keyword of several words anywhere in the text, in the taxonomy order', () => {
    expect(inferred('Potholes on our street, and a cook who wants quince jelly')).toEqual({ QUINCES: 1, KERBS: 1 });
    expect([...inferThemes(analyze('a pothole near the quince jelly').terms, themes).keys()]).toEqual(['QUINCES', 'KERBS']);
  });

  it('counts each distinct keyword once, however often the text repeats it', () => {
    expect(inferred('Quince jelly, more quince jelly and marzipan moulds in a copper kettle')).toEqual({ QUINCES: 3 });
  });

  it('needs every word of a keyword, in order', () => {
    expect(inferred('A quince tree and a jar of jelly')).toEqual({});
    expect(inferred('Jelly made of quince')).toEqual({});
    expect(inferred('Everything tastes of quince')).toEqual({});
  });

  it('reads keywords of either language', () => {
    expect(inferred('Popravilo cestišča pred šolo')).toEqual({ KERBS: 1 });
  });
});
