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

  /** Put into words by the explanation field, in the language asked for. */
  reason: Reason;
}
