// The calibration: a match's score is the probability that the pair is good (grade 2 or 3
// in the rubric of ../shared/eval/README.md), from a logistic model over features of its
// components. The model's coefficients are data (calibration-model.json), fitted by
// scripts/train-calibration.ts on labelled sets, and refitted in the service with the
// answers people gave (see decision-calibration.ts).
import { linearPredictor, LogisticModel, sigmoid } from './logistic';

/** What the model reads of a scored pair: each component's score and, for two, their parts. */
export interface ComponentScores {
  name: string;
  score: number;
  detail?: Readonly<Record<string, number>>;
}

/**
 * The features, each a plain function of the components, in the model's order. They follow
 * the rubric: a good pair is on the same subject (themes, text), the offer can serve the
 * need's place (not for money or a project partner, where place matters little), its
 * availability covers at least half of the need's period, and soft preferences fit. Across
 * the two languages, where the texts meet only in the glossary's and the lexicon's words, the
 * themes, which no language limits, count for more (crossThemes).
 */
export const FEATURE_NAMES = ['themes', 'text', 'conceptText', 'needCovered', 'fittingText', 'placeCovered', 'remoteNeed', 'timeCovered', 'sectorMissed', 'budget', 'feedback', 'crossThemes'] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** Which component each feature reads: for the weights shown beside each component. */
export const FEATURE_COMPONENT: Record<FeatureName, string> = {
  themes: 'topic',
  text: 'topic',
  conceptText: 'topic',
  needCovered: 'topic',
  fittingText: 'topic',
  placeCovered: 'geography',
  remoteNeed: 'geography',
  timeCovered: 'time',
  sectorMissed: 'sector',
  budget: 'budget',
  feedback: 'feedback',
  crossThemes: 'topic',
};

export interface CalibrationModel {
  /** Feature names in coefficient order (FEATURE_NAMES when trained by this code). */
  features: readonly string[];
  intercept: number;
  coefficients: Readonly<Record<string, number>>;
  /** Sending threshold the training chose (probability), with the figures it expects there. */
  sendingThreshold: number;
}

function find(components: readonly ComponentScores[], name: string): ComponentScores {
  let found: ComponentScores | undefined;
  let count = 0;
  for (const part of components) {
    if (part.name !== name) continue;
    found = part;
    count++;
  }
  if (count !== 1 || !found) throw new Error(`The score needs exactly one ${name} component, not ${count}`);
  return found;
}

const detail = (component: ComponentScores, key: string): number => {
  const value = component.detail?.[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`The ${component.name} component has no ${key} in its detail`);
  return value;
};

/** The feature values of a scored pair, in FEATURE_NAMES order. */
function featureValues(components: readonly ComponentScores[]): number[] {
  const topic = find(components, 'topic');
  const geography = find(components, 'geography');
  const themes = detail(topic, 'themes');
  // The square root spreads the low cosines where most related texts fall.
  const text = Math.sqrt(Math.max(0, detail(topic, 'text')));
  const remoteNeed = detail(geography, 'remoteNeed');
  const covered = detail(geography, 'covered');
  const timeCovered = find(components, 'time').score >= 0.5 ? 1 : 0;
  const fits = (covered === 1 || remoteNeed === 1) && timeCovered === 1 ? 1 : 0;
  return [
    themes,
    text,
    // conceptText: the things both name (glossary and lexicon terms alone), which across the
    // two languages the words' cosine undervalues.
    Math.sqrt(Math.max(0, detail(topic, 'conceptText'))),
    // needCovered: how much of what the need says the offer says too, whatever else the offer
    // names (the rubric asks that it give what the need asks for, not that it give nothing else).
    Math.sqrt(Math.max(0, detail(topic, 'needCovered'))),
    // fittingText: the text counts more when place and time fit, as the rubric's good pairs need all three.
    fits * text,
    // placeCovered: for money or a project partner place matters little, and remoteNeed says so instead.
    remoteNeed === 1 ? 0 : covered,
    remoteNeed,
    timeCovered,
    find(components, 'sector').score < 0.5 ? 1 : 0,
    find(components, 'budget').score,
    // feedback: 0 when nothing was learned; below when similar suggestions were declined.
    find(components, 'feedback').score - 0.5,
    // crossThemes: the themes again when the need and the offer are written in different
    // languages. Their words then meet only where the glossary or the lexicon bridges them, so
    // the text understates how alike the two are, and the shared subject shows in the themes.
    // A pair stored before the languages were told apart reads as one language: its answers
    // still teach the rest of the model (decision-calibration.ts), and the next scoring says.
    (topic.detail?.crossLanguage ?? 0) * themes,
  ];
}

/** The feature values of a scored pair, by name. */
export function featuresOf(components: readonly ComponentScores[]): Record<FeatureName, number> {
  const values = featureValues(components);
  return Object.fromEntries(FEATURE_NAMES.map((name, index) => [name, values[index]])) as Record<FeatureName, number>;
}

// Where each of a model's features sits among FEATURE_NAMES, once per list of names.
const positions = new WeakMap<readonly string[], number[] | null>();

function positionsOf(features: readonly string[]): number[] | null {
  let found = positions.get(features);
  if (found === undefined) {
    const indexes = features.map((name) => {
      const index = (FEATURE_NAMES as readonly string[]).indexOf(name);
      if (index < 0) throw new Error(`The calibration uses a feature the scorer does not know: ${name}`);
      return index;
    });
    // null: the scorer's own order, nothing to rearrange.
    found = indexes.length === FEATURE_NAMES.length && indexes.every((index, position) => index === position) ? null : indexes;
    positions.set(features, found);
  }
  return found;
}

export function featureVector(model: Pick<CalibrationModel, 'features'>, components: readonly ComponentScores[]): number[] {
  const values = featureValues(components);
  const order = positionsOf(model.features);
  return order === null ? values : order.map((index) => values[index]);
}

export const asLogistic = (model: CalibrationModel): LogisticModel => ({
  intercept: model.intercept,
  coefficients: model.features.map((name) => model.coefficients[name] ?? 0),
});

export function withLogistic(model: CalibrationModel, fitted: LogisticModel): CalibrationModel {
  return {
    ...model,
    intercept: fitted.intercept,
    coefficients: Object.fromEntries(model.features.map((name, index) => [name, fitted.coefficients[index]])),
  };
}

// The coefficients in feature order, once per model: this runs for every candidate.
const logistics = new WeakMap<CalibrationModel, LogisticModel>();

/**
 * The probability that the pair is good. A full offer (capacity 0) can take no partner now,
 * however well it fits: its probability is 0, and the capacity component says why.
 */
export function calibratedProbability(model: CalibrationModel, components: readonly ComponentScores[]): number {
  let logistic = logistics.get(model);
  if (!logistic) logistics.set(model, (logistic = asLogistic(model)));
  const capacity = find(components, 'capacity').score;
  return capacity * sigmoid(linearPredictor(logistic, featureVector(model, components)));
}

// Each feature's range, for the weights: what it can move the score by (the others run
// from 0 to 1; the feedback score of a pair stays between about 0.15 and 0.65).
const FEATURE_RANGE: Record<string, number> = { feedback: 0.5 };

/**
 * How much each component counts in the model, as shares that add up to 1: the sum over its
 * features of |coefficient| × the feature's range. Shown as the components' weights; the
 * capacity component, a factor outside the model, gets none.
 */
export function componentWeights(model: CalibrationModel): Record<string, number> {
  const raw: Record<string, number> = {};
  for (const name of model.features) {
    const component = FEATURE_COMPONENT[name as FeatureName] ?? name;
    raw[component] = (raw[component] ?? 0) + Math.abs(model.coefficients[name] ?? 0) * (FEATURE_RANGE[name] ?? 1);
  }
  const total = Object.values(raw).reduce((sum, value) => sum + value, 0) || 1;
  return Object.fromEntries(Object.entries(raw).map(([component, value]) => [component, Math.round((value / total) * 1000) / 1000]));
}

/** A component at its best, for its shortfall: what the pair would have were it perfect there. */
function atBest(part: ComponentScores): ComponentScores {
  switch (part.name) {
    // Every part the model reads of the subject at 1: the same themes, the same words, the same things, all of the need covered.
    case 'topic':
      return { ...part, score: 1, detail: { ...part.detail, themes: 1, text: 1, conceptText: 1, needCovered: 1 } };
    // The place covered; whether the need asks only for money or a project partner is the need's, not the pair's fault.
    case 'geography':
      return { ...part, score: 1, detail: { ...part.detail, covered: 1 } };
    // No answers yet (0.5) is no fault of the pair: only earlier declines hold it back.
    case 'feedback':
      return { ...part, score: Math.max(part.score, 0.5) };
    default:
      return { ...part, score: 1 };
  }
}

/**
 * What each component holds the pair back by, in the components' order: how much higher its
 * probability would be with that component at its best and the others as they are (0 when
 * it is at its best, or the model does not count what it lacks). So a pair on another subject,
 * near, in time and with places free, has its low probability on the topic's account. The
 * feedback at its best is nothing learned (0.5): no answers yet holds no pair back. Null when
 * the components lack the parts the model reads (a match stored before they kept them).
 */
export function componentShortfalls(model: CalibrationModel, components: readonly ComponentScores[]): number[] | null {
  let probability: number;
  try {
    probability = calibratedProbability(model, components);
  } catch {
    return null;
  }
  return components.map((part, index) => {
    const best = components.map((other, at) => (at === index ? atBest(part) : other));
    return Math.max(0, calibratedProbability(model, best) - probability);
  });
}

/** The components, each with its shortfall (componentShortfalls; null for all where that is null): what the API and the e-mails show. */
export function withShortfalls<T extends ComponentScores>(model: CalibrationModel, components: readonly T[]): (T & { shortfall: number | null })[] {
  const shortfalls = componentShortfalls(model, components);
  return components.map((component, index) => ({ ...component, shortfall: shortfalls?.[index] ?? null }));
}
