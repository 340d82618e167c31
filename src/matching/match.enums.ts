import { registerEnumType } from '@nestjs/graphql';

/** The two sides of a match: the need's organization and the offer's. */
export type MatchSide = 'need' | 'offer';

export enum MatchStatus {
  SUGGESTED = 'SUGGESTED',
  INTERESTED = 'INTERESTED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
}

export enum MatchDecision {
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
}

/** Why a side declined; systematic reasons lower similar suggestions for that organization. */
export enum DeclineReason {
  NOT_RELEVANT = 'NOT_RELEVANT',
  NO_CAPACITY = 'NO_CAPACITY',
  TOO_FAR = 'TOO_FAR',
  TIMING = 'TIMING',
  OTHER = 'OTHER',
}

registerEnumType(MatchStatus, {
  name: 'MatchStatus',
  description:
    'SUGGESTED → INTERESTED (one side accepted) → ACCEPTED (both); or DECLINED, or EXPIRED (the pair no longer passes the hard constraints).',
});
registerEnumType(MatchDecision, { name: 'MatchDecision', description: "One side's answer to a suggestion." });
registerEnumType(DeclineReason, {
  name: 'DeclineReason',
  description: 'Why a suggestion was declined: not relevant, no capacity, too far, bad timing, or other (say why in `reason`).',
});
