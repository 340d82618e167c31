import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What one sending threshold buys, on labelled needs the calibration was not fitted on.' })
export class SendingTradeOff {
  @Field(() => Float, { description: 'The sending threshold (a probability).' })
  threshold: number;

  @Field(() => Int, { description: 'Pairs sent at it, over all the needs measured.' })
  pairsSent: number;

  @Field(() => Float, { description: 'The share of the pairs sent that are good (grade 2 or 3), 0 to 1.' })
  sentGood: number;

  @Field(() => Float, { description: 'The share of the perfect pairs (grade 3) that are sent, 0 to 1.' })
  perfectPairsSent: number;

  @Field(() => Float, { description: 'The share of the needs with no good offer that are sent nothing, 0 to 1.' })
  needsLeftQuiet: number;
}

@ObjectType({
  description:
    'What each sending threshold buys: the shipped calibration scored on labelled sets held out of its training, pooled. ' +
    'Written with the model by npm run train:calibration, so it describes the model in force.',
})
export class SendingTradeOffs {
  @Field(() => [String], { description: 'The labelled sets measured (README, "How the sets were made").' })
  measuredOn: string[];

  @Field(() => Int, { description: 'How many needs they hold together.' })
  needs: number;

  @Field(() => [SendingTradeOff], { description: 'One point per hundredth of the threshold, lowest first (0.05 to 0.95).' })
  points: SendingTradeOff[];
}
