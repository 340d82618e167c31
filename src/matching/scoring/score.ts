// The matching score as plain functions of plain values: no Nest, no database.
// Each component in [0, 1] with the reason for it (reasons.ts); the score is the calibrated
// probability that the pair is good, from the components (calibration.ts).
import type { Language } from '../../common/language/words';
import { CalibrationModel, calibratedProbability, ComponentScores } from './calibration';
import { DecisionHistory, pairFeedback, sideFeedback } from './feedback';
import { coverage, ReachKind } from './geography';
import { MatchingConfig, MatchingWeights } from './matching-config';
import { Reason } from './reasons';
import { Municipality, ScoringReference, Theme } from './scoring-reference';
import { isConceptTerm } from './text-analysis';

/** A component of the score is named after its weight in the configuration. */
export type ComponentName = keyof MatchingWeights;

export interface ScoredComponent {
  name: ComponentName;
  score: number;
  weight: number;
  /** Why it is what it is: explain() puts it into words. */
  reason: Reason;
  /** The parts the calibration reads besides the score (topic: themes, text; geography: covered, remoteNeed). */
  detail?: Record<string, number>;
}

/** What one component says of a pair; its name and weight are added where they are combined. */
interface ComponentResult {
  score: number;
  reason: Reason;
  detail?: Record<string, number>;
}

export interface PairScore {
  score: number;
  components: ScoredComponent[];
}

/** What the scorer knows of a need. themeWeights: declared themes 1, inferred ones less. */
export interface NeedFacts {
  id: string;
  organizationId: string;
  resourceTypes: readonly string[];
  municipalityCode: string;
  startsOn: string | null;
  endsOn: string | null;
  budgetEur: number | null;
  preferredSectors: readonly string[];
  themeWeights: ReadonlyMap<string, number>;
  terms: readonly string[];
  /** The language its text is written in (ItemProfile). */
  language: Language;
}

export interface OfferFacts {
  id: string;
  organizationId: string;
  organizationSector: string;
  resourceTypes: readonly string[];
  municipalityCode: string;
  reach: ReachKind;
  serviceAreaCodes: readonly string[];
  availableFrom: string | null;
  availableUntil: string | null;
  valueEur: number | null;
  capacity: number | null;
  /** Partnerships this offer already serves. */
  activePartnerships: number;
  themeWeights: ReadonlyMap<string, number>;
  terms: readonly string[];
  /** The language its text is written in (ItemProfile). */
  language: Language;
}

export interface ScoringContext {
  config: MatchingConfig;
  /** The municipalities and themes the codes in the facts refer to. */
  reference: ScoringReference;
  /** Inverse document frequency of a term among the items compared. */
  idf: (term: string) => number;
  /** An organization's earlier answers to suggestions (none: nothing learned yet). */
  history?: (organizationId: string) => DecisionHistory | undefined;
  /** The calibration refitted with people's answers; the configuration's when not given. */
  calibration?: CalibrationModel;
}

const REMOTE_RESOURCES = new Set(['FUNDING', 'PROJECT_PARTNERSHIP']);

/** A need that asks only for money or a project partner: where the offer is weighs little. */
export function isRemoteOnly(need: Pick<NeedFacts, 'resourceTypes'>): boolean {
  return need.resourceTypes.every((type) => REMOTE_RESOURCES.has(type));
}
const DAY_MS = 86_400_000;

/** SPEC.md's hard constraints: a failed one means no suggestion at all. */
export function failedHardConstraint(need: NeedFacts, offer: OfferFacts): string | null {
  if (need.organizationId === offer.organizationId) return 'same organization';
  if (!need.resourceTypes.some((type) => offer.resourceTypes.includes(type))) return 'no resource type in common';
  if (overlapDays(need, offer) === 0) return 'availability does not overlap the dates';
  return null;
}

const day = (value: string | null, open: number) => (value ? Date.parse(`${value}T00:00:00Z`) : open);

function overlapDays(need: NeedFacts, offer: OfferFacts): number {
  const start = Math.max(day(need.startsOn, -Infinity), day(offer.availableFrom, -Infinity));
  const end = Math.min(day(need.endsOn, Infinity), day(offer.availableUntil, Infinity));
  if (end < start) return 0;
  return Number.isFinite(end - start) ? (end - start) / DAY_MS + 1 : Infinity;
}

// ---------- topic ----------

function themeRelation(a: string, b: string, themes: ReadonlyMap<string, Theme>): number {
  if (a === b) return 1;
  const parentA = themes.get(a)?.parentCode ?? null;
  const parentB = themes.get(b)?.parentCode ?? null;
  if (parentA === b || parentB === a) return 0.6;
  if (parentA && parentA === parentB) return 0.3;
  return 0;
}

/** How well the offer's themes cover the need's, with the taxonomy's hierarchy. */
export function themeSimilarity(
  need: ReadonlyMap<string, number>,
  offer: ReadonlyMap<string, number>,
  themes: ReadonlyMap<string, Theme>,
): { score: number; shared: string | null } {
  let total = 0;
  let covered = 0;
  let best = 0;
  let shared: string | null = null;
  // forEach, not for...of: a pair's scoring runs hundreds of times a job, and each step of a
  // Map's for...of makes an [key, value] array (bench:match's heap profile, 2026-12-05).
  need.forEach((needWeight, needTheme) => {
    let bestForTheme = 0;
    offer.forEach((offerWeight, offerTheme) => {
      const value = themeRelation(needTheme, offerTheme, themes) * offerWeight;
      if (value > bestForTheme) bestForTheme = value;
      if (value * needWeight > best) {
        best = value * needWeight;
        shared = themeRelation(needTheme, offerTheme, themes) === 1 ? needTheme : (themes.get(needTheme)?.parentCode ?? needTheme);
      }
    });
    total += needWeight;
    covered += needWeight * bestForTheme;
  });
  return { score: total === 0 ? 0 : covered / total, shared };
}

interface WeightedVector {
  weights: Map<string, number>;
  norm: number;
  /** The norm of the glossary and lexicon terms alone (the things the text names). */
  conceptNorm: number;
  /** The sum of the weights: what a text asks for in all, for the share another text covers. */
  total: number;
}

// One item's vector is compared with hundreds of candidates in a job: computed once per
// terms list and idf, and forgotten with the idf. An idf is one job's statistics (a new one
// each job), so no vector is ever valid in another job. Until 2026-12-04 they were kept with
// their terms list instead, which the profile cache keeps for every offer: each offer's last
// vector stayed in memory, never to be used again (bench:match at 100,000 offers: the heap
// after a full collection 204 MB, against 133 MB forgotten with the idf).
const vectorsByIdf = new WeakMap<(term: string) => number, WeakMap<readonly string[], WeightedVector>>();

function weightedVector(terms: readonly string[], idf: (term: string) => number): WeightedVector {
  let vectors = vectorsByIdf.get(idf);
  if (!vectors) vectorsByIdf.set(idf, (vectors = new WeakMap()));
  const known = vectors.get(terms);
  if (known) return known;
  // One map: each term's count, then in its place (the same keys, the same order) its weight.
  const weights = new Map<string, number>();
  for (const term of terms) weights.set(term, (weights.get(term) ?? 0) + 1);
  let squares = 0;
  let conceptSquares = 0;
  let total = 0;
  weights.forEach((count, term) => {
    const weight = (1 + Math.log(count)) * idf(term);
    weights.set(term, weight);
    total += weight;
    squares += weight * weight;
    if (isConceptTerm(term)) conceptSquares += weight * weight;
  });
  const vector = { weights, norm: Math.sqrt(squares), conceptNorm: Math.sqrt(conceptSquares), total };
  vectors.set(terms, vector);
  return vector;
}

export interface TextSimilarities {
  /** Cosine of the two texts' terms, weighted by how rare each is. */
  text: number;
  /** The same over the glossary's and the lexicon's terms alone: the things both name. */
  things: number;
  /** The share of the need's terms (by weight) that the offer's text has too. */
  needCovered: number;
}

/**
 * Cosine similarity of the two texts' stems, weighted by how rare each stem is (text); the
 * same over the things both name that the glossary or the lexicon knows, in either
 * language or in other words (things), since a word with no entry can never meet its
 * translation, so across the two languages it only dilutes the cosine of all the words; and
 * how much of what the need says the offer's text says too (needCovered). The cosine counts
 * against an offer everything else it names; the rubric asks only that it give what the need
 * asks for, so an offer that lists several services still covers the need it fits.
 */
export function textSimilarities(needTerms: readonly string[], offerTerms: readonly string[], idf: (term: string) => number): TextSimilarities {
  const a = weightedVector(needTerms, idf);
  const b = weightedVector(offerTerms, idf);
  if (a.norm === 0 || b.norm === 0) return { text: 0, things: 0, needCovered: 0 };
  const needIsSmall = a.weights.size <= b.weights.size;
  const [small, large] = needIsSmall ? [a, b] : [b, a];
  let dot = 0;
  let conceptDot = 0;
  let covered = 0;
  small.weights.forEach((weight, term) => {
    const other = large.weights.get(term);
    if (other === undefined) return;
    dot += weight * other;
    covered += needIsSmall ? weight : other;
    if (isConceptTerm(term)) conceptDot += weight * other;
  });
  const things = a.conceptNorm === 0 || b.conceptNorm === 0 ? 0 : conceptDot / (a.conceptNorm * b.conceptNorm);
  return { text: dot / (a.norm * b.norm), things, needCovered: covered / a.total };
}

function topic(need: NeedFacts, offer: OfferFacts, context: ScoringContext): ComponentResult {
  const themes = themeSimilarity(need.themeWeights, offer.themeWeights, context.reference.themes);
  const { text, things, needCovered } = textSimilarities(need.terms, offer.terms, context.idf);
  // Themes say whether the subjects agree; the words say how closely. Either alone can
  // carry a pair (an item without themes, or across languages the themes bridge).
  const wordScore = Math.min(1, text * 2.5);
  const textScore = Math.max(wordScore, things);
  const score = 1 - (1 - 0.85 * themes.score) * (1 - 0.85 * textScore);
  const theme = themes.shared ? context.reference.themes.get(themes.shared) : undefined;
  const reason: Reason =
    theme && themes.score >= 0.3 ? ['sharedTheme', theme.code] : wordScore >= 0.3 ? ['sameSubject'] : things >= 0.3 ? ['sameThings'] : ['looselyRelated'];
  // crossLanguage: the two texts are in different languages, where only the glossary's and the
  // lexicon's words meet; the calibration then leans more on the themes (crossThemes).
  const crossLanguage = need.language === offer.language ? 0 : 1;
  return { score, reason, detail: { themes: themes.score, text, conceptText: things, needCovered, crossLanguage } };
}

// ---------- the other components ----------

function geography(need: NeedFacts, offer: OfferFacts, municipalities: ReadonlyMap<string, Municipality>, remoteNeed: boolean): ComponentResult {
  const cover = coverage(municipalities, offer.municipalityCode, offer.reach, offer.serviceAreaCodes, need.municipalityCode);
  const detail = { covered: cover.covered ? 1 : 0, remoteNeed: remoteNeed ? 1 : 0 };
  if (cover.covered) {
    const score = cover.how === 'same-municipality' || cover.how === 'service-area' ? 1 : cover.how === 'national' ? 0.85 : 0.95;
    return { score, reason: ['covers', need.municipalityCode], detail };
  }
  const score = 0.4 * Math.exp(-cover.distanceKm / 30);
  return { score, reason: ['outsideArea', need.municipalityCode, Math.round(cover.distanceKm)], detail };
}

function time(need: NeedFacts, offer: OfferFacts): ComponentResult {
  const needStart = day(need.startsOn, -Infinity);
  const needEnd = day(need.endsOn, Infinity);
  const period = Number.isFinite(needEnd - needStart) ? (needEnd - needStart) / DAY_MS + 1 : Infinity;
  const overlap = overlapDays(need, offer);
  const share = period === Infinity ? (overlap === Infinity ? 1 : 0.6) : Math.min(1, overlap / period);
  return {
    score: share,
    reason: ['available', offer.availableFrom ?? null, offer.availableUntil ?? null, period === Infinity ? null : Math.round(share * 100)],
  };
}

function sector(need: NeedFacts, offer: OfferFacts): ComponentResult {
  if (need.preferredSectors.length === 0) {
    return { score: 0.8, reason: ['anySector'] };
  }
  const preferred = need.preferredSectors.includes(offer.organizationSector);
  return preferred ? { score: 1, reason: ['preferredSector'] } : { score: 0.3, reason: ['otherSector'] };
}

function budget(need: NeedFacts, offer: OfferFacts): ComponentResult {
  if (need.budgetEur == null || offer.valueEur == null) {
    const missing = need.budgetEur != null ? 'offerValue' : offer.valueEur != null ? 'needBudget' : 'both';
    return { score: 0.7, reason: ['budgetUnknown', missing] };
  }
  const money = need.resourceTypes.includes('FUNDING') && offer.resourceTypes.includes('FUNDING');
  if (money) {
    const share = need.budgetEur === 0 ? 1 : Math.min(1, offer.valueEur / need.budgetEur);
    return { score: share, reason: ['budgetShare', Math.round(share * 100)] };
  }
  const fits = offer.valueEur <= Math.max(need.budgetEur, 0) || offer.valueEur === 0;
  return fits ? { score: 1, reason: ['withinBudget'] } : { score: 0.5, reason: ['overBudget'] };
}

function capacity(offer: OfferFacts): ComponentResult {
  if (offer.capacity == null) return { score: 1, reason: ['unlimitedCapacity'] };
  const remaining = Math.max(0, offer.capacity - offer.activePartnerships);
  return { score: remaining > 0 ? 1 : 0, reason: ['placesFree', remaining, offer.capacity] };
}

function feedback(need: NeedFacts, offer: OfferFacts, geographyScore: number, timeScore: number, context: ScoringContext): ComponentResult {
  const pair = `${need.id}:${offer.id}`;
  const result = pairFeedback(
    sideFeedback({ history: context.history?.(need.organizationId), pair, otherThemes: offer.themeWeights.keys(), geography: geographyScore, time: timeScore }),
    sideFeedback({ history: context.history?.(offer.organizationId), pair, otherThemes: need.themeWeights.keys(), geography: geographyScore, time: timeScore }),
  );
  return { score: result.score, reason: result.declined ? ['declinedBefore'] : result.accepted ? ['acceptedBefore'] : ['noAnswers'] };
}

// ---------- the score ----------

// Every component, in the order they are listed; `satisfies` makes the compiler insist on
// exactly one entry per weight in MatchingWeights.
const COMPONENT_NAMES = Object.keys({
  topic: true,
  geography: true,
  time: true,
  sector: true,
  budget: true,
  capacity: true,
  feedback: true,
} satisfies Record<ComponentName, true>) as ComponentName[];

const checkedWeights = new WeakSet<MatchingWeights>();

/** A configuration (perhaps read from a file) with a weight missing or unknown fails here, not as a NaN score. */
function checkWeights(weights: MatchingWeights): void {
  if (checkedWeights.has(weights)) return;
  for (const name of COMPONENT_NAMES) {
    const weight: unknown = weights[name];
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      throw new Error(`Matching weights: the ${name} component needs a weight of 0 or more, not ${String(weight)}`);
    }
  }
  const unknown = Object.keys(weights).filter((name) => !(COMPONENT_NAMES as string[]).includes(name));
  if (unknown.length > 0) throw new Error(`Matching weights: no score component is named ${unknown.join(', ')}`);
  checkedWeights.add(weights);
}

/**
 * The pair's score from its components, which it finds by name wherever they are listed:
 * the probability, under the calibration, that the pair is good (rounded to 4 decimals).
 */
export function combinedScore(components: readonly ComponentScores[], calibration: CalibrationModel): number {
  return Math.round(calibratedProbability(calibration, components) * 10_000) / 10_000;
}

/** Scores a pair that passed the hard constraints. */
export function scorePair(need: NeedFacts, offer: OfferFacts, context: ScoringContext): PairScore {
  const { config } = context;
  checkWeights(config.weights);
  const remoteOnly = isRemoteOnly(need);
  const place = geography(need, offer, context.reference.municipalities, remoteOnly);
  const when = time(need, offer);
  const results: Record<ComponentName, ComponentResult> = {
    topic: topic(need, offer, context),
    geography: place,
    time: when,
    sector: sector(need, offer),
    budget: budget(need, offer),
    capacity: capacity(offer),
    feedback: feedback(need, offer, place.score, when.score, context),
  };
  const weights: Record<ComponentName, number> = {
    ...config.weights,
    geography: config.weights.geography * (remoteOnly ? config.geographyFactorForRemoteResources : 1),
  };
  const components = COMPONENT_NAMES.map((name): ScoredComponent => {
    const { score, reason, detail } = results[name];
    return detail ? { name, score, reason, weight: weights[name], detail } : { name, score, reason, weight: weights[name] };
  });
  return { score: combinedScore(components, context.calibration ?? config.calibration), components };
}
