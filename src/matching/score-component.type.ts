import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MATERIAL_SHORTFALL, ScoreEffect } from './scoring/component-effect';
import type { ShownReason } from './scoring/reasons';

export enum Language {
  SL = 'SL',
  EN = 'EN',
}

registerEnumType(Language, {
  name: 'Language',
  description: 'Slovenian or English.',
  valuesMap: { SL: { description: 'Slovenian.' }, EN: { description: 'English.' } },
});

registerEnumType(ScoreEffect, {
  name: 'ScoreEffect',
  description:
    "What a component does to the pair's chance of a good match (the match's score, a calibrated probability), decided by the service from the component's shortfall, " +
    "score and reason: the web app's suggestion cards and the suggestion e-mails group a pair's components by it. Not the component's own score: a topic at 0.73 may " +
    'lower the chance while a time at 0.6 fits.',
  valuesMap: {
    LOWERS: {
      description:
        `Holds the pair back: at its best the pair's probability would be at least ${MATERIAL_SHORTFALL * 100} points higher (shortfall ${MATERIAL_SHORTFALL} or more), ` +
        'or the component is weak (score 0.5 or less) and its shortfall above 0. For a match stored without shortfalls (shortfall null): a score under 0.5. ' +
        'The web app lists these under "What lowers the chance", the largest shortfall first, each with the chance without it (the match score + shortfall, at most 0.99).',
    },
    FITS: { description: 'Speaks for the pair: neither LOWERS nor NEUTRAL. The web app lists these under "What fits", the highest score first.' },
    NEUTRAL: {
      description:
        'Does not affect the chance: nothing is known yet (budget or value not given, no answers to similar suggestions: told by the reason, not the score), ' +
        `or the component is weak but costs the pair nothing (shortfall 0). Either is LOWERS with a shortfall of ${MATERIAL_SHORTFALL} or more. ` +
        'Also the need asking nothing of it (no sector preferred: any partner is welcome), whatever its score and shortfall: neither a fit nor a shortcoming. ' +
        'The web app lists these under "Does not affect the chance"; the e-mails leave them out.',
    },
  },
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

  @Field(() => ScoreEffect, { description: "What this component does to the pair's chance: lowers it, fits, or neither (see ScoreEffect)." })
  effect: ScoreEffect;

  /** Put into words by the explanation field, in the language asked for; an accepted pair's as of its acceptance (reasonOfAcceptedPair). */
  reason: ShownReason;
}
