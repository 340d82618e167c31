// A labelled set (the JSON format of ../shared/eval/devset.json) turned into what the scorer
// sees: the facts of every need and offer, built by the same code the service uses, and
// every pair that passes the hard constraints, with its grade. No database, no server:
// the calibration is trained and cross-validated on these pairs.
import { readFileSync } from 'node:fs';
import { profileOf } from '../../src/matching/scoring/item-profile';
import { failedHardConstraint, NeedFacts, OfferFacts } from '../../src/matching/scoring/score';
import { detectLanguage, fold, Language, words } from '../../src/common/language/words';
import { TermStatistics } from '../../src/matching/term-statistics.service';
import { MUNICIPALITIES, THEME_BY_CODE } from '../../src/reference-data/reference-data';
import type { ReachKind } from '../../src/matching/scoring/geography';

interface SetOrganization {
  key: string;
  name: string;
  sector: string;
  municipality: string;
}

interface SetNeed {
  key: string;
  org: string;
  title: string;
  description: string;
  themes: string[];
  resourceTypes: string[];
  municipality: string;
  startsOn: string | null;
  endsOn: string | null;
  budgetEur: number | null;
  preferredSectors: string[];
}

interface SetOffer {
  key: string;
  org: string;
  title: string;
  description: string;
  themes: string[];
  resourceTypes: string[];
  municipality: string;
  serviceArea?: string[];
  reach: ReachKind;
  availableFrom: string | null;
  availableUntil: string | null;
  valueEur: number | null;
  capacity: number | null;
}

export interface LabelledSet {
  name: string;
  organizations: SetOrganization[];
  needs: SetNeed[];
  offers: SetOffer[];
  /** Grades 0-3 by need and offer key; pairs not listed are 0. */
  judgments: Record<string, Record<string, number>>;
}

/** A pair that passes the hard constraints, as the scorer sees it, with its grade. */
export interface LabelledPair {
  set: string;
  needKey: string;
  offerKey: string;
  grade: number;
  need: NeedFacts;
  offer: OfferFacts;
}

export interface PreparedSet {
  set: LabelledSet;
  pairs: LabelledPair[];
  /** The term statistics of the set's offers, as the service counts them among open offers. */
  statistics: TermStatistics;
  /** Needs keyed by their key, with how many good (grade >= 2) and perfect offers each has. */
  goodOffers: Map<string, number>;
}

export function readLabelledSet(path: string): LabelledSet {
  return JSON.parse(readFileSync(path, 'utf8')) as LabelledSet;
}

const municipalityCodes = new Map(MUNICIPALITIES.map((municipality) => [fold(municipality.name), municipality.code]));

function municipalityCode(name: string): string {
  const code = municipalityCodes.get(fold(name));
  if (!code) throw new Error(`Unknown municipality ${name}`);
  return code;
}

/** The facts of every item and every pair that passes the hard constraints. */
export function prepareSet(set: LabelledSet): PreparedSet {
  const sectors = new Map(set.organizations.map((organization) => [organization.key, organization.sector]));
  const offers = set.offers.map((offer): OfferFacts => {
    const profile = profileOf(offer.title, offer.description, offer.themes, THEME_BY_CODE);
    return {
      id: offer.key,
      organizationId: offer.org,
      organizationSector: sectors.get(offer.org) ?? 'NGO',
      resourceTypes: offer.resourceTypes,
      municipalityCode: municipalityCode(offer.municipality),
      reach: offer.reach,
      serviceAreaCodes: (offer.serviceArea ?? []).map(municipalityCode),
      availableFrom: offer.availableFrom,
      availableUntil: offer.availableUntil,
      valueEur: offer.valueEur,
      capacity: offer.capacity,
      activePartnerships: 0,
      themeWeights: profile.themeWeights,
      terms: profile.terms,
      language: profile.language,
    };
  });
  const needs = set.needs.map((need): NeedFacts => {
    const profile = profileOf(need.title, need.description, need.themes, THEME_BY_CODE);
    return {
      id: need.key,
      organizationId: need.org,
      resourceTypes: need.resourceTypes,
      municipalityCode: municipalityCode(need.municipality),
      startsOn: need.startsOn,
      endsOn: need.endsOn,
      budgetEur: need.budgetEur,
      preferredSectors: need.preferredSectors,
      themeWeights: profile.themeWeights,
      terms: profile.terms,
      language: profile.language,
    };
  });
  const documents = new Map<string, number>();
  for (const offer of offers) for (const term of new Set(offer.terms)) documents.set(term, (documents.get(term) ?? 0) + 1);
  const statistics = new TermStatistics(offers.length, documents);
  const pairs: LabelledPair[] = [];
  const goodOffers = new Map<string, number>();
  for (const need of needs) {
    const grades = set.judgments[need.id] ?? {};
    goodOffers.set(need.id, Object.values(grades).filter((grade) => grade >= 2).length);
    for (const offer of offers) {
      if (failedHardConstraint(need, offer)) continue;
      pairs.push({ set: set.name, needKey: need.id, offerKey: offer.id, grade: grades[offer.id] ?? 0, need, offer });
    }
  }
  return { set, pairs, statistics, goodOffers };
}

/** The language each need and offer of the set is written in, by key, as the text analysis detects it. */
export function languagesOf(set: LabelledSet): Map<string, Language> {
  return new Map([...set.needs, ...set.offers].map((item) => [item.key, detectLanguage(words(`${item.title} ${item.description}`))]));
}
