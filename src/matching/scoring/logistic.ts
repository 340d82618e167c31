// Logistic regression, small and exact: a handful of features, a few thousand rows at
// most, fitted by Newton's method. Plain functions, used by the training script and by the
// service when it folds people's answers into the calibration.

export interface LogisticModel {
  intercept: number;
  /** One coefficient per feature, in the order the rows list them. */
  coefficients: number[];
}

export interface TrainingRow {
  features: readonly number[];
  /** 1: a good pair (grade 2 or 3, or accepted); 0: not. */
  label: number;
  /** How much the row counts (1 if not given). */
  weight?: number;
}

export interface FitOptions {
  /**
   * Ridge penalty (λ/2)·Σ(βᵢ − priorᵢ)²: keeps coefficients near the prior when the rows say
   * little. The intercept is penalized by priorInterceptStrength × λ (0: free).
   */
  l2: number;
  prior?: LogisticModel;
  priorInterceptStrength?: number;
  maxIterations?: number;
}

export const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export function linearPredictor(model: LogisticModel, features: readonly number[]): number {
  let z = model.intercept;
  for (let index = 0; index < model.coefficients.length; index++) z += model.coefficients[index] * features[index];
  return z;
}

export const predict = (model: LogisticModel, features: readonly number[]): number => sigmoid(linearPredictor(model, features));

/** Solves A·x = b for a small symmetric positive definite A (Cholesky). */
function solve(matrix: number[][], vector: number[]): number[] {
  const size = vector.length;
  const lower = matrix.map(() => new Array<number>(size).fill(0));
  for (let row = 0; row < size; row++) {
    for (let column = 0; column <= row; column++) {
      let sum = matrix[row][column];
      for (let k = 0; k < column; k++) sum -= lower[row][k] * lower[column][k];
      if (row === column) {
        if (sum <= 0) throw new Error('Logistic fit: the problem is not positive definite (add an L2 penalty)');
        lower[row][row] = Math.sqrt(sum);
      } else {
        lower[row][column] = sum / lower[column][column];
      }
    }
  }
  const forward = new Array<number>(size).fill(0);
  for (let row = 0; row < size; row++) {
    let sum = vector[row];
    for (let k = 0; k < row; k++) sum -= lower[row][k] * forward[k];
    forward[row] = sum / lower[row][row];
  }
  const result = new Array<number>(size).fill(0);
  for (let row = size - 1; row >= 0; row--) {
    let sum = forward[row];
    for (let k = row + 1; k < size; k++) sum -= lower[k][row] * result[k];
    result[row] = sum / lower[row][row];
  }
  return result;
}

/**
 * The maximum a posteriori logistic model: the rows' log-likelihood with a Gaussian prior
 * centred on `prior` (zero if none). Deterministic: the same rows give the same model.
 */
export function fitLogistic(rows: readonly TrainingRow[], options: FitOptions): LogisticModel {
  const width = rows[0]?.features.length ?? options.prior?.coefficients.length ?? 0;
  const prior = options.prior ?? { intercept: 0, coefficients: new Array<number>(width).fill(0) };
  if (prior.coefficients.length !== width) throw new Error(`Logistic fit: the prior has ${prior.coefficients.length} coefficients, the rows ${width} features`);
  const penalty = [options.l2 * (options.priorInterceptStrength ?? 0), ...new Array<number>(width).fill(options.l2)];
  const centre = [prior.intercept, ...prior.coefficients];
  // The penalized negative log-likelihood, to keep each Newton step from overshooting.
  const objective = (candidate: number[]) => {
    let sum = 0;
    for (let index = 0; index < candidate.length; index++) sum += (penalty[index] / 2) * (candidate[index] - centre[index]) ** 2;
    for (const row of rows) {
      let z = candidate[0];
      for (let index = 0; index < row.features.length; index++) z += candidate[index + 1] * row.features[index];
      // log(1 + e^z) − label·z, computed without overflow.
      sum += (row.weight ?? 1) * ((z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - row.label * z);
    }
    return sum;
  };
  // β = [intercept, coefficients...]; start at the prior.
  let beta = [...centre];
  let current = objective(beta);
  for (let iteration = 0; iteration < (options.maxIterations ?? 100); iteration++) {
    const gradient = beta.map((value, index) => penalty[index] * (value - centre[index]));
    const hessian = beta.map((_, row) => beta.map((__, column) => (row === column ? penalty[row] + 1e-9 : 0)));
    for (const row of rows) {
      const x = [1, ...row.features];
      const weight = row.weight ?? 1;
      let z = 0;
      for (let index = 0; index < x.length; index++) z += beta[index] * x[index];
      const p = sigmoid(z);
      const residual = weight * (p - row.label);
      const curvature = weight * p * (1 - p);
      for (let i = 0; i < x.length; i++) {
        gradient[i] += residual * x[i];
        for (let j = 0; j <= i; j++) hessian[i][j] += curvature * x[i] * x[j];
      }
    }
    for (let i = 0; i < beta.length; i++) for (let j = 0; j < i; j++) hessian[j][i] = hessian[i][j];
    const step = solve(hessian, gradient);
    // Damped: halve the step until the objective does not grow.
    let scale = 1;
    let next = beta.map((value, index) => value - step[index]);
    let value = objective(next);
    while (value > current && scale > 1e-6) {
      scale /= 2;
      next = beta.map((coefficient, index) => coefficient - scale * step[index]);
      value = objective(next);
    }
    const moved = Math.max(...step.map((part) => Math.abs(part * scale)));
    beta = next;
    current = value;
    if (moved < 1e-8) break;
  }
  return { intercept: beta[0], coefficients: beta.slice(1) };
}
