import { registerEnumType } from '@nestjs/graphql';

export enum MatchStatus {
  SUGGESTED = 'SUGGESTED',
  INTERESTED = 'INTERESTED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
}

registerEnumType(MatchStatus, {
  name: 'MatchStatus',
  description:
    'SUGGESTED → INTERESTED (one side accepted) → ACCEPTED (both); or DECLINED, or EXPIRED (the pair no longer passes the hard constraints).',
});
