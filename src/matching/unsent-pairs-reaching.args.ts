import { ArgsType, Field, Float } from '@nestjs/graphql';
import { Max, Min } from 'class-validator';
import { SENDING_THRESHOLD_MAX, SENDING_THRESHOLD_MIN } from './sending-threshold';

@ArgsType()
export class UnsentPairsReachingArgs {
  @Field(() => Float, {
    description: `A sending threshold, as a probability, ${SENDING_THRESHOLD_MIN} to ${SENDING_THRESHOLD_MAX}: the range updateMatchingSettings accepts (BAD_USER_INPUT outside it).`,
  })
  @Min(SENDING_THRESHOLD_MIN)
  @Max(SENDING_THRESHOLD_MAX)
  sendingThreshold: number;
}
