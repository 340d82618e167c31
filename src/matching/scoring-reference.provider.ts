import { Provider } from '@nestjs/common';
import { MUNICIPALITY_BY_CODE, THEME_BY_CODE } from '../reference-data/reference-data';
import { ScoringReference } from './scoring/scoring-reference';

/** The municipalities and themes the scorer reads, handed to it as plain values. */
export const SCORING_REFERENCE = Symbol('SCORING_REFERENCE');

export const scoringReferenceProvider: Provider = {
  provide: SCORING_REFERENCE,
  useValue: { municipalities: MUNICIPALITY_BY_CODE, themes: THEME_BY_CODE } satisfies ScoringReference,
};
