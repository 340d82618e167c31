import { fitLogistic, predict, sigmoid } from './logistic';

// A deterministic pseudo-random stream, so that the tests can fail only for the code.
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48_271) % 2_147_483_647) / 2_147_483_647;
}

describe('logistic regression', () => {
  // Rows drawn from a known model: the fit should find it again.
  const truth = { intercept: -2, coefficients: [3, -1.5] };
  const next = random(11);
  const rows = Array.from({ length: 4_000 }, () => {
    const features = [next(), next()];
    return { features, label: next() < predict(truth, features) ? 1 : 0 };
  });

  it('recovers the coefficients of the model the rows were drawn from', () => {
    const fitted = fitLogistic(rows, { l2: 0.01 });
    expect(fitted.intercept).toBeCloseTo(truth.intercept, 0);
    expect(fitted.coefficients[0]).toBeCloseTo(truth.coefficients[0], 0);
    expect(fitted.coefficients[1]).toBeCloseTo(truth.coefficients[1], 0);
  });

  it('is calibrated on its training rows: the mean prediction equals the share of positives', () => {
    const fitted = fitLogistic(rows, { l2: 0.01 });
    const mean = rows.reduce((sum, row) => sum + predict(fitted, row.features), 0) / rows.length;
    const share = rows.filter((row) => row.label === 1).length / rows.length;
    expect(mean).toBeCloseTo(share, 3);
  });

  it('stays at the prior where the rows say nothing, and moves toward the rows as they accumulate', () => {
    const prior = { intercept: 0, coefficients: [0, 5] };
    // The second feature is always 0: nothing to learn about it.
    const few = rows.slice(0, 20).map((row) => ({ ...row, features: [row.features[0], 0] }));
    const many = rows.map((row) => ({ ...row, features: [row.features[0], 0] }));
    const fromFew = fitLogistic(few, { l2: 20, prior, priorInterceptStrength: 1 });
    const fromMany = fitLogistic(many, { l2: 20, prior, priorInterceptStrength: 1 });
    expect(fromFew.coefficients[1]).toBe(5);
    expect(Math.abs(fromFew.coefficients[0])).toBeLessThan(Math.abs(fromMany.coefficients[0]));
  });

  it('gives the same model for the same rows', () => {
    expect(fitLogistic(rows, { l2: 1 })).toEqual(fitLogistic(rows, { l2: 1 }));
  });

  it('keeps probabilities finite at extreme inputs', () => {
    expect(sigmoid(1_000)).toBe(1);
    expect(sigmoid(-1_000)).toBe(0);
    expect(sigmoid(0)).toBe(0.5);
  });
});
