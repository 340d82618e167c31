import { describe, expect, it } from 'vitest';
import { wholePercents } from '../whole-percents';

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe('shares as whole percents', () => {
  it("adds the shipped weights up to 100, each in its place: rounded one by one they made 100.7 %", () => {
    // topic, geography, time, sector, budget, capacity, feedback as matchingSettings gives them.
    const percents = wholePercents([0.553, 0.115, 0.06, 0.008, 0.009, 0, 0.255]);
    // 55 + 11 + 6 + 0 + 0 + 0 + 25 = 97: the three left go to 0.9, 0.8 and, of the two 0.5s, the larger share.
    expect(percents).toEqual([55, 11, 6, 1, 1, 0, 26]);
    expect(sum(percents)).toBe(100);
  });

  it('keeps shares that are whole percents already, floating point aside', () => {
    expect(wholePercents([0.35, 0.2, 0.1, 0.1, 0.1, 0.05, 0.1])).toEqual([35, 20, 10, 10, 10, 5, 10]);
    expect(wholePercents([0.07, 0.29, 0.64])).toEqual([7, 29, 64]);
  });

  it('gives the percents left over to the largest remainders, and of equal ones to the first', () => {
    expect(wholePercents([1, 1, 1])).toEqual([34, 33, 33]);
    expect(wholePercents([0.125, 0.125, 0.75])).toEqual([13, 12, 75]);
    expect(wholePercents([0.004, 0.004, 0.992])).toEqual([1, 0, 99]);
  });

  it('takes shares that do not add up to 1 as parts of their sum', () => {
    const percents = wholePercents([0.553, 0.116, 0.06, 0.008, 0.009, 0, 0.255]);
    expect(sum(percents)).toBe(100);
    expect(wholePercents([3, 1])).toEqual([75, 25]);
  });

  it('gives all zeros for nothing to share', () => {
    expect(wholePercents([0, 0])).toEqual([0, 0]);
    expect(wholePercents([])).toEqual([]);
  });

  it('always adds up to 100 and stays within a percent of each exact share', () => {
    // A fixed pseudo-random walk, the same at every run.
    let seed = 7;
    const next = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let run = 0; run < 200; run++) {
      const shares = Array.from({ length: 2 + (run % 7) }, () => Math.round(next() * 1000) / 1000);
      const total = sum(shares);
      if (total === 0) continue;
      const percents = wholePercents(shares);
      expect(sum(percents)).toBe(100);
      percents.forEach((percent, index) => expect(Math.abs(percent - (shares[index] / total) * 100)).toBeLessThan(1));
    }
  });
});
