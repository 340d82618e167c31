import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "A job queue's state: what waits, runs, is scheduled for later, and failed (kept a week)." })
export class QueueHealth {
  @Field()
  name: string;

  @Field(() => Int, { description: 'Waiting to run (prioritized ones included).' })
  waiting: number;

  @Field(() => Int)
  active: number;

  @Field(() => Int, { description: 'Scheduled for later: retries after a backoff, coalesced updates, repeating jobs.' })
  delayed: number;

  @Field(() => Int)
  failed: number;
}
