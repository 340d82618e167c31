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
  valuesMap: {
    SUGGESTED: { description: 'Scored and listed; neither side has answered yet.' },
    INTERESTED: {
      description:
        'One side accepted and the other has not answered. Both accepting makes it ACCEPTED; either declining makes it DECLINED.',
    },
    ACCEPTED: {
      description:
        'Both sides accepted: a partnership formed and the contacts are shown. Final, and not scored again: its score and components stay those both sides accepted.',
    },
    DECLINED: {
      description:
        'One side declined (with a reason). Final: it is no longer listed, and not scored again: its score and components stay those it was declined on.',
    },
    EXPIRED: {
      description:
        'Re-scoring no longer found the pair (an item changed, closed or expired); an INTERESTED pair expires only when it no longer passes the hard constraints (its need or offer is no longer OPEN, no resource type in common, dates that no longer overlap), not when its score dips. A later re-score that finds the pair again makes it SUGGESTED (or INTERESTED, when a side had accepted) again.',
    },
  },
});
registerEnumType(MatchDecision, {
  name: 'MatchDecision',
  description: "One side's answer to a suggestion.",
  valuesMap: {
    ACCEPT: { description: 'Interested in this partnership; when the other side has accepted too, the partnership forms.' },
    DECLINE: { description: 'Not interested: the match becomes DECLINED for both sides.' },
  },
});
registerEnumType(DeclineReason, {
  name: 'DeclineReason',
  description: 'Why a suggestion was declined: not relevant, no capacity, too far, bad timing, or other (say why in `reason`).',
  valuesMap: {
    NOT_RELEVANT: { description: 'The suggestion does not fit what the organization does or needs.' },
    NO_CAPACITY: { description: 'The organization cannot take on another partnership now.' },
    TOO_FAR: { description: 'The other side is too far away.' },
    TIMING: { description: 'The dates do not suit.' },
    OTHER: { description: 'Another reason, given in words.' },
  },
});
