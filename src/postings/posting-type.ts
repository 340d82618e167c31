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
   * Days that may not be set to one already past in Slovenia (constraint isNotPast): a need
   * past its last day would be OPEN until the hourly expiry ended it without a word, one past
   * its respondBy OPEN but refusing every answer.
   */
  notPast?: readonly (keyof T & string)[];
  /** The statuses in which its owner may still change it. */
  changeableIn: readonly T['status'][];
  /** What a field cleared with null becomes, where null is not allowed in its column. */
  whenCleared: Partial<T>;
}
