import { textSearch } from './text-search';

const CASE = '(?:a|e|i|o|u|ah|am|ami|ih|im|imi|om|ov|ev|em|ega|emu|ima|ama|oma|ema)?';
const wordForms = (word: string) => {
  const search = textSearch(word);
  return 'words' in search ? search.words[0] : [];
};
const found = (query: string, text: string) => {
  const search = textSearch(query);
  if ('literal' in search) return text.toLowerCase().includes(search.literal);
  return search.words.every((forms) => forms.some((form) => new RegExp(form.replace(/\\m/g, '\\b').replace(/\\M/g, '\\b')).test(text)));
};

describe('textSearch', () => {
  it('looks for each word by the start its forms share, at the start of a word', () => {
    expect(wordForms('festivala')).toEqual(['\\mfestival']);
    expect(textSearch('Pevskih zborov')).toEqual({ words: [['\\mpevsk'], ['\\mzbor']] });
    expect(wordForms('volunteers')).toEqual(['\\mvolunt']);
  });

  it('finds the nominative with a fleeting e, and k before i as c', () => {
    expect(wordForms('pevca').sort()).toEqual(['\\mpevc', '\\mpevec']);
    expect(wordForms('vozička').sort()).toEqual(['\\mvozicek', '\\mvozick']);
    expect(wordForms('gasilskega')).toEqual(['\\mgasilsk']);
    expect(wordForms('otroci').sort()).toEqual(['\\motroc', '\\motrok']);
    expect(wordForms('otrok').sort()).toEqual(['\\motroc', '\\motrok']);
  });

  it('looks for a stem of three letters as a whole word with a case ending', () => {
    expect(wordForms('šole')).toEqual(['\\msole', `\\msol${CASE}\\M`]);
    expect(found('šole', 'osnovna šola v šoli'.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))).toBe(true);
    expect(found('šole', 'solidarnost')).toBe(false);
    expect(found('domu', 'dom starejsih')).toBe(true);
    expect(found('prva pomoč', 'tecaji prve pomoci')).toBe(true);
  });

  it('ignores case and accents, and leaves out function words while others remain', () => {
    expect(textSearch('Pomoč ZA starejše')).toEqual({ words: [['\\mpomoc'], ['\\mstarejs']] });
    expect(textSearch('za')).toEqual({ words: [['\\mza\\M']] });
    expect(found('za', 'iscemo zaposlene')).toBe(false);
    expect(found('če', 'ce bo lepo vreme')).toBe(true);
    expect(textSearch('zbor zbora')).toEqual({ words: [['\\mzbor']] });
    expect(textSearch('Đurđa')).toEqual({ words: [['\\mdurd']] });
  });

  it('no longer finds a word inside another', () => {
    expect(found('športa', 'organiziran transport za upokojence')).toBe(false);
    expect(found('športa', 'sport za vse')).toBe(true);
  });

  it('takes a query with % _ or \\ as typed, and numbers as they are', () => {
    expect(textSearch('50%')).toEqual({ literal: '50%' });
    expect(textSearch('koda_a1')).toEqual({ literal: 'koda_a1' });
    expect(wordForms('2026')).toEqual(['\\m2026']);
    expect(textSearch('!!')).toEqual({ literal: '!!' });
  });
});
