import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Reason } from './scoring/reasons';

export enum Language {
  SL = 'SL',
  EN = 'EN',
}

registerEnumType(Language, {
  name: 'Language',
  description: 'Slovenian or English.',
  valuesMap: { SL: { description: 'Slovenian.' }, EN: { description: 'English.' } },
});

@ObjectType({ description: 'One part of a match score, with why it is what it is.' })
export class ScoreComponent {
  @Field({ description: 'topic, geography, time, sector, budget, capacity or feedback.' })
  name: string;

  @Field(() => Float, { description: 'In [0, 1].' })
  score: number;

  @Field(() => Float, { description: "The component's weight in the score." })
  weight: number;

  @Field(() => Float, {
    nullable: true,
    description:
      "What this component holds the pair back by: how much higher the pair's probability would be with this component at its best and the others as they are, " +
      'under the shipped calibration (0 when it is at its best, or when the model does not count what it lacks). At its best: the topic with the same themes, words and things as the need, ' +
      'the place covered, the time, sector, budget and capacity at 1, and the feedback at nothing learned (no answers yet holds no pair back; earlier declines do). ' +
      "A pair's low score is on the account of the components with the largest shortfalls. Null for a match stored before components kept the parts the model reads.",
  })
  shortfall: number | null;

  /** Put into words by the explanation field, in the language asked for. */
  reason: Reason;
}
