import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "A job queue's state: what waits, runs, is scheduled for later, and failed (kept a week)." })
export class QueueHealth {
  @Field({ description: "The queue's name: a matching lane (fresh or bulk) or the delivery schedule." })
  name: string;

  @Field(() => Int, { description: 'Waiting to run (prioritized ones included).' })
  waiting: number;

  @Field(() => Int, { description: 'Running now.' })
  active: number;

  @Field(() => Int, { description: 'Scheduled for later: retries after a backoff, coalesced updates, repeating jobs.' })
  delayed: number;

  @Field(() => Int, { description: 'Failed for good, kept a week.' })
  failed: number;
}
