// Training and measuring the calibration on labelled sets, without a server: every pair that
// passes the hard constraints is scored by the service's own code, its features are fitted
// by logistic regression, and the figures of the evaluation harness are computed on pairs
// the fitted model has not seen (other folds, or another set).
import { CalibrationModel, featureVector, FEATURE_NAMES, withLogistic } from '../../src/matching/scoring/calibration';
import { fitLogistic, predict, TrainingRow } from '../../src/matching/scoring/logistic';
import { DEFAULT_MATCHING_CONFIG } from '../../src/matching/scoring/matching-config';
import { scorePair, ScoredComponent } from '../../src/matching/scoring/score';
import { MUNICIPALITY_BY_CODE, THEME_BY_CODE } from '../../src/reference-data/reference-data';
import { PreparedSet } from './labelled-set';
import {
  expectedCalibrationError,
  Judgments,
  logLoss,
  rankingFigures,
  reliability,
  ReliabilityBin,
  ScoredLabelledPair,
  SendingFigures,
  sendingFigures,
} from './metrics';

/** A labelled pair with its components and feature values. */
export interface FeatureRow {
  set: string;
  needKey: string;
  offerKey: string;
  grade: number;
  components: ScoredComponent[];
  features: number[];
}

/** The ridge penalty: enough to keep ~10 coefficients sane on a few hundred pairs. */
export const L2 = 1;

/**
 * The feedback feature is 0 in every labelled set (nobody answered there), so the sets
 * cannot say how much it counts: its coefficient starts here and moves only with people's
 * answers (decision-calibration.ts). At 12, two "not relevant" declines of similar pairs by
 * one side (feedback about 0.31) cut the odds of the next similar pair about tenfold (−2.2
 * log-odds): a pair at 0.98 drops to about 0.85, one at 0.5 to about 0.1; two acceptances
 * (0.55) raise them a little (+0.6).
 */
export const PRIOR: CalibrationModel = {
  features: FEATURE_NAMES,
  intercept: 0,
  coefficients: Object.fromEntries(FEATURE_NAMES.map((name) => [name, name === 'feedback' ? 12 : 0])),
  sendingThreshold: 0.5,
};

/** What the default sending threshold is chosen for (issue 11's targets): the sent pairs at
 * least 85% good, and at least 80% of the needs that have no good offer sent nothing. */
export const TARGET_PRECISION = 0.85;
export const TARGET_QUIET = 0.8;

export function featureRows(prepared: PreparedSet): FeatureRow[] {
  const context = {
    config: DEFAULT_MATCHING_CONFIG,
    reference: { municipalities: MUNICIPALITY_BY_CODE, themes: THEME_BY_CODE },
    idf: prepared.statistics.idf,
  };
  return prepared.pairs.map((pair) => {
    const { components } = scorePair(pair.need, pair.offer, context);
    return {
      set: pair.set,
      needKey: pair.needKey,
      offerKey: pair.offerKey,
      grade: pair.grade,
      components,
      features: featureVector(PRIOR, components),
    };
  });
}

const asTraining = (rows: readonly FeatureRow[]): TrainingRow[] => rows.map((row) => ({ features: row.features, label: row.grade >= 2 ? 1 : 0 }));

export function train(rows: readonly FeatureRow[], sendingThreshold = PRIOR.sendingThreshold): CalibrationModel {
  const prior = { intercept: 0, coefficients: FEATURE_NAMES.map((name) => PRIOR.coefficients[name]) };
  return { ...withLogistic(PRIOR, fitLogistic(asTraining(rows), { l2: L2, prior })), sendingThreshold };
}

export function scoreRows(model: CalibrationModel, rows: readonly FeatureRow[]): ScoredLabelledPair[] {
  const logistic = { intercept: model.intercept, coefficients: model.features.map((name) => model.coefficients[name]) };
  return rows.map((row) => {
    const capacity = row.components.find((part) => part.name === 'capacity')?.score ?? 1;
    return { needKey: `${row.set}/${row.needKey}`, offerKey: row.offerKey, grade: row.grade, score: capacity * predict(logistic, row.features) };
  });
}

/** Judgments keyed like scoreRows' needs (set/need), so that several sets can be pooled. */
export function keyedJudgments(sets: readonly PreparedSet[]): { judgments: Judgments; needKeys: string[] } {
  const judgments: Judgments = {};
  for (const prepared of sets) for (const need of prepared.set.needs) judgments[`${prepared.set.name}/${need.key}`] = prepared.set.judgments[need.key] ?? {};
  return { judgments, needKeys: Object.keys(judgments) };
}

export interface Figures {
  needs: number;
  pairs: number;
  ndcg10: number;
  np5: number;
  ece: number;
  logLoss: number;
  sending: SendingFigures;
}

/** The figures of these scored pairs, listing from `listing` up and sending from `threshold` up. */
export function figures(scored: readonly ScoredLabelledPair[], judgments: Judgments, needKeys: readonly string[], threshold: number, listing: number): Figures {
  const ranking = rankingFigures(scored, judgments, needKeys, listing);
  return {
    needs: needKeys.length,
    pairs: scored.length,
    ...ranking,
    ece: expectedCalibrationError(scored),
    logLoss: logLoss(scored),
    sending: sendingFigures(scored, judgments, needKeys, threshold),
  };
}

/**
 * Of the perfect pairs (grade 3) that pass the hard constraints, how many are sent at the
 * threshold, by the languages of the need and of the offer ("sl-en": a Slovenian need, an
 * English offer): where the text analysis fails to bridge the two vocabularies.
 */
export function perfectSentByLanguages(
  scored: readonly ScoredLabelledPair[],
  languages: ReadonlyMap<string, string>,
  threshold: number,
): Record<string, { perfect: number; sent: number }> {
  const counts: Record<string, { perfect: number; sent: number }> = {};
  for (const pair of scored) {
    if (pair.grade < 3) continue;
    // scoreRows keys needs by set and need (set/need), offers by their own key.
    const key = `${languages.get(pair.needKey.slice(pair.needKey.lastIndexOf('/') + 1))}-${languages.get(pair.offerKey)}`;
    counts[key] ??= { perfect: 0, sent: 0 };
    counts[key].perfect++;
    if (pair.score >= threshold) counts[key].sent++;
  }
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/** Sending figures at each threshold from 0.05 to 0.95. */
export function sendingCurve(scored: readonly ScoredLabelledPair[], judgments: Judgments, needKeys: readonly string[]): SendingFigures[] {
  return Array.from({ length: 91 }, (_, index) => sendingFigures(scored, judgments, needKeys, Math.round((0.05 + index * 0.01) * 100) / 100));
}

/**
 * The default sending threshold: the lowest at which the sent pairs are at least
 * TARGET_PRECISION good and at least TARGET_QUIET of the needs without a good offer are sent
 * nothing, at it and at every higher threshold (so that one lucky step does not decide), on
 * predictions of pairs the model was not fitted on. The lowest such threshold sends the most
 * perfect pairs.
 */
export function chooseThreshold(curve: readonly SendingFigures[]): number {
  let chosen = curve[curve.length - 1].threshold;
  for (let index = curve.length - 1; index >= 0; index--) {
    const figures = curve[index];
    if ((figures.sent > 0 && figures.precision < TARGET_PRECISION) || figures.quietShare < TARGET_QUIET) break;
    chosen = figures.threshold;
  }
  return chosen;
}

function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48_271) % 2_147_483_647) / 2_147_483_647;
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const next = random(seed);
  const result = [...items];
  for (let index = result.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [result[index], result[other]] = [result[other], result[index]];
  }
  return result;
}

export interface CrossValidation {
  folds: number;
  repeats: number;
  /** Mean and standard deviation over the folds × repeats of each figure. */
  spread: Record<string, { mean: number; sd: number; min: number; max: number }>;
  /** Every pair predicted once by a model that did not see its need (the first repeat). */
  outOfFold: ScoredLabelledPair[];
  /** The figures of those pooled predictions. */
  pooled: Figures;
  reliability: ReliabilityBin[];
}

/**
 * K-fold cross-validation by need (a need's pairs are never split between training and
 * test), repeated with different shuffles. Each fold's figures are computed on its held-out
 * needs at `threshold` (or, when null, at the threshold chosen on that fold's training needs
 * by their own inner out-of-fold predictions: nothing of the held-out needs decides it).
 */
export function crossValidate(
  rows: readonly FeatureRow[],
  judgments: Judgments,
  needKeys: readonly string[],
  options: {
    folds: number;
    repeats: number;
    threshold: number | null;
    listing: number;
    /** Rows of other sets, in every fold's training and never held out (`judgments` must cover their needs too). */
    alsoTrainOn?: { rows: readonly FeatureRow[]; needKeys: readonly string[] };
  },
): CrossValidation {
  const perFold: Record<string, number[]> = {};
  const note = (name: string, value: number) => (perFold[name] ??= []).push(value);
  const outOfFold: ScoredLabelledPair[] = [];
  const keyOf = (row: FeatureRow) => `${row.set}/${row.needKey}`;
  const thresholds: number[] = [];
  for (let repeat = 0; repeat < options.repeats; repeat++) {
    const order = shuffled(needKeys, 1 + repeat * 7919);
    for (let fold = 0; fold < options.folds; fold++) {
      const held = new Set(order.filter((_, index) => index % options.folds === fold));
      const training = [...(options.alsoTrainOn?.rows ?? []), ...rows.filter((row) => !held.has(keyOf(row)))];
      const trainingNeeds = [...(options.alsoTrainOn?.needKeys ?? []), ...needKeys.filter((key) => !held.has(key))];
      const threshold = options.threshold ?? innerThreshold(training, judgments, trainingNeeds, options.listing);
      thresholds.push(threshold);
      const model = train(training, threshold);
      const scored = scoreRows(model, rows.filter((row) => held.has(keyOf(row))));
      if (repeat === 0) outOfFold.push(...scored);
      const result = figures(scored, judgments, [...held], threshold, options.listing);
      note('ndcg10', result.ndcg10);
      note('np5', result.np5);
      note('ece', result.ece);
      note('precision', result.sending.precision);
      note('perfectRecall', result.sending.perfectRecall);
      note('quietShare', result.sending.quietShare);
      note('threshold', threshold);
    }
  }
  const spread = Object.fromEntries(
    Object.entries(perFold).map(([name, values]) => {
      const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
      const sd = Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length);
      return [name, { mean, sd, min: Math.min(...values), max: Math.max(...values) }];
    }),
  );
  const pooledThreshold = options.threshold ?? thresholds.reduce((sum, value) => sum + value, 0) / thresholds.length;
  return {
    folds: options.folds,
    repeats: options.repeats,
    spread,
    outOfFold,
    pooled: figures(outOfFold, judgments, needKeys, pooledThreshold, options.listing),
    reliability: reliability(outOfFold),
  };
}

/** The threshold chosen on training needs only, from their own 5-fold out-of-fold predictions. */
export function innerThreshold(rows: readonly FeatureRow[], judgments: Judgments, needKeys: readonly string[], listing: number): number {
  const inner = crossValidate(rows, judgments, needKeys, { folds: 5, repeats: 1, threshold: 0.5, listing });
  return chooseThreshold(sendingCurve(inner.outOfFold, judgments, needKeys));
}
