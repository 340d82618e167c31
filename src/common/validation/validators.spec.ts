import { validate } from 'class-validator';
import { IsMunicipalityCode, isSingleLine, isSlovenianTaxNumber, IsThemeCode } from './validators';

describe('isSlovenianTaxNumber', () => {
  // Check digit: 11 - (sum of the first seven digits weighted 8..2) mod 11; 10 becomes 0.
  it.each(['47508329', '10000003', '12345679'])('accepts %s', (value) => {
    expect(isSlovenianTaxNumber(value)).toBe(true);
  });

  it.each([
    ['47508328', 'a wrong check digit'],
    ['4750832', 'seven digits'],
    ['475083290', 'nine digits'],
    ['07508329', 'a leading zero'],
    ['4750832a', 'a letter'],
    // The inputs take the prefix and spaces off first (TaxNumberDigits): the check itself sees digits only.
    ['SI47508329', 'the VAT prefix'],
  ])('rejects %s (%s)', (value) => {
    expect(isSlovenianTaxNumber(value)).toBe(false);
  });

  it('maps a computed check of 10 to the digit 0', () => {
    // 1*8 + 2*2 = 12, 12 mod 11 = 1, 11 - 1 = 10 -> 0.
    expect(isSlovenianTaxNumber('10000020')).toBe(true);
    expect(isSlovenianTaxNumber('10000021')).toBe(false);
  });

  it('rejects numbers whose check would be 11', () => {
    // 1*8 + 1*3 = 11, 11 mod 11 = 0: no digit can be the check.
    expect(isSlovenianTaxNumber('10000100')).toBe(false);
    expect(isSlovenianTaxNumber('10000101')).toBe(false);
  });
});

describe('isSingleLine', () => {
  it.each(['Društvo upokojencev Naklo', 'Zavod "Ena, dva" d.o.o. – Kranj', 'e\u0301', '🙂 Klub', '\u202fnarrow space'])('accepts %j', (value) => {
    expect(isSingleLine(value)).toBe(true);
  });

  it.each([
    ['Ime\nDrugo', 'a line feed'],
    ['Ime\r\nDrugo', 'CR LF'],
    ['Ime\rDrugo', 'a carriage return'],
    ['Ime\tDrugo', 'a tab'],
    ['Ime\u0000', 'NUL'],
    ['Ime\u001b[31m', 'an escape'],
    ['Ime\u007f', 'DEL'],
    ['Ime\u0085Drugo', 'NEL (C1)'],
    ['Ime\u009f', 'the last C1 character'],
    ['Ime\u2028Drugo', 'the line separator'],
    ['Ime\u2029Drugo', 'the paragraph separator'],
    ['Ime \u202Eanilbo', 'a right-to-left override'],
    ['Ime \u2066x\u2069', 'a left-to-right isolate'],
  ])('refuses %j (%s)', (value) => {
    expect(isSingleLine(value)).toBe(false);
  });
});

describe('IsThemeCode and IsMunicipalityCode messages', () => {
  class Filter {
    @IsThemeCode({ each: true })
    themeCodes: string[];

    @IsMunicipalityCode({ each: true })
    municipalityCodes: string[];
  }

  const messages = async (themeCodes: string[], municipalityCodes: string[]) =>
    (await validate(Object.assign(new Filter(), { themeCodes, municipalityCodes }))).flatMap((error) => Object.values(error.constraints ?? {}));

  it('name only the wrong codes, as one or as several', async () => {
    expect(await messages(['SOCIAL', 'FOO'], ['052', '999'])).toEqual([
      'FOO is not a theme code (see the themes query)',
      '999 is not a municipality code (3 digits from the municipalities query)',
    ]);
    expect(await messages(['FOO', 'BAR'], ['998', '999'])).toEqual([
      'FOO, BAR are not theme codes (see the themes query)',
      '998, 999 are not municipality codes (3 digits from the municipalities query)',
    ]);
  });
});
