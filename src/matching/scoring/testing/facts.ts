// Needs' and offers' facts for the scorer's unit tests (excluded from the build, as the specs are).
import { THEME_BY_CODE } from '../../../reference-data/reference-data';
import { profileOf } from '../item-profile';
import type { NeedFacts, OfferFacts } from '../score';

/** What a posting says: the words and themes its search profile is made of. */
export interface Said {
  title: string;
  description: string;
  themeCodes?: string[];
}

const profile = ({ title, description, themeCodes = [] }: Said) => profileOf(title, description, themeCodes, THEME_BY_CODE);

/** A need saying `said`: volunteers wanted in Kranj from March to June 2027, no budget, any sector. */
export function needFacts(said: Said, overrides: Partial<NeedFacts> = {}): NeedFacts {
  return {
    id: 'need',
    organizationId: 'need-org',
    resourceTypes: ['VOLUNTEERS'],
    municipalityCode: '052',
    startsOn: '2027-03-01',
    endsOn: '2027-06-30',
    budgetEur: null,
    preferredSectors: [],
    ...profile(said),
    ...overrides,
  };
}

/** An offer saying `said`: a company's volunteers in Kranj, local, at any time, no value given, no capacity limit. */
export function offerFacts(said: Said, overrides: Partial<OfferFacts> = {}): OfferFacts {
  return {
    id: 'offer',
    organizationId: 'offer-org',
    organizationSector: 'COMPANY',
    resourceTypes: ['VOLUNTEERS'],
    municipalityCode: '052',
    reach: 'LOCAL',
    serviceAreaCodes: [],
    availableFrom: null,
    availableUntil: null,
    valueEur: null,
    capacity: null,
    activePartnerships: 0,
    ...profile(said),
    ...overrides,
  };
}
