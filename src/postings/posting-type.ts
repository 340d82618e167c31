import { Type } from '@nestjs/common';
import { OutboxAggregate } from '../outbox/outbox.service';
import { Posting } from './posting.entity';

/** A posting with its side's status (NeedStatus or OfferStatus). */
export type PostingWithStatus = Posting & { status: string };

/** Where a need and an offer differ for the shared posting steps, given once by each feature. */
export interface PostingType<T extends PostingWithStatus> {
  /** The outbox aggregate and the prefix of its events ('need.created') and audit actions ('need.create'). */
  name: OutboxAggregate;
  entity: Type<T>;
  /** Its first and last day: the last may not come before the first. */
  period: readonly [keyof T & string, keyof T & string];
  /** Other days that may not come after its last day (a need's respondBy). */
  notAfterEnd?: readonly (keyof T & string)[];
  /**
   * Whether its last day may not be set to a day already past in Slovenia (constraint
   * isNotPast): such a posting would be OPEN until the hourly expiry ended it without a word.
   */
  endNotPast?: boolean;
  /** The statuses in which its owner may still change it. */
  changeableIn: readonly T['status'][];
  /** What a field cleared with null becomes, where null is not allowed in its column. */
  whenCleared: Partial<T>;
}
