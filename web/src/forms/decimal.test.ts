import { describe, expect, it } from 'vitest';
import { decimalPlaces, formatDecimal, readDecimal } from './decimal';

describe('a decimal typed as text', () => {
  it('is read with a decimal comma or a point, whatever the language', () => {
    expect(readDecimal('43,5', 1)).toEqual({ value: 43.5 });
    expect(readDecimal(' 43.5 ', 1)).toEqual({ value: 43.5 });
    expect(readDecimal('43', 1)).toEqual({ value: 43 });
    expect(readDecimal('43,', 1)).toEqual({ value: 43 });
    expect(readDecimal(',5', 1)).toEqual({ value: 0.5 });
    expect(readDecimal('−4,5', 1)).toEqual({ value: -4.5 });
    expect(readDecimal('', 1)).toBeNull();
  });

  it('refuses more places than the field takes, trailing zeros and a thousands point too, and what is not a number', () => {
    expect(readDecimal('42,55', 1)).toEqual({ problem: 'decimals' });
    expect(readDecimal('1.000', 1)).toEqual({ problem: 'decimals' });
    for (const text of ['štiri', '43,5 %', '1.000,5', '1 000', ',', '-', '4e1']) expect({ text, reading: readDecimal(text, 1) }).toEqual({ text, reading: { problem: 'isNumber' } });
  });

  it('is shown as the reader writes it, ungrouped, so that it reads back the same', () => {
    expect(formatDecimal(43.5, 'sl', 1)).toBe('43,5');
    expect(formatDecimal(43.5, 'en', 1)).toBe('43.5');
    expect(formatDecimal(0.435 * 100, 'sl', 1)).toBe('43,5');
    expect(formatDecimal(55, 'sl', 1)).toBe('55');
    expect(formatDecimal(12345.6, 'sl', 1)).toBe('12345,6');
    expect(readDecimal(formatDecimal(12345.6, 'en', 1), 1)).toEqual({ value: 12345.6 });
  });
});

describe("a stored value's decimal places", () => {
  it("are counted without a float's noise", () => {
    expect(decimalPlaces(0.425 * 100, 6)).toBe(1);
    expect(decimalPlaces(0.4257 * 100, 6)).toBe(2);
    expect(decimalPlaces(0.43 * 100, 6)).toBe(0);
    expect(decimalPlaces(60, 6)).toBe(0);
    expect(decimalPlaces(0.123456789 * 100, 6)).toBe(6);
  });
});
