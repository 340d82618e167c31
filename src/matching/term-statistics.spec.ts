import { TermStatistics } from './term-statistics.service';

describe('TermStatistics.distinctiveTerms', () => {
  // 200 open offers: "kranj" in 3 of them, "vrt" in 5, "pomoc" in 60 (too common to select by).
  const statistics = new TermStatistics(
    200,
    new Map([
      ['kranj', 3],
      ['vrt', 5],
      ['pomoc', 60],
    ]),
  );

  it('searches with the rarest stems that some open offer uses, rarest first', () => {
    expect(statistics.distinctiveTerms(['vrt', 'kranj', 'pomoc', 'vrt'])).toEqual(['kranj', 'vrt']);
  });

  it('leaves out the stems no open offer uses, however many the text has', () => {
    const ownWords = Array.from({ length: 30 }, (_, index) => `beseda${index}`);
    expect(statistics.distinctiveTerms([...ownWords, 'vrt', 'kranj'])).toEqual(['kranj', 'vrt']);
  });
});
