import { Field, Float, InputType } from '@nestjs/graphql';
import { Max, Min } from 'class-validator';

// A probability strictly between the listing threshold (0.001) and 1. Under 0.05 at most one
// sent pair in twenty would be good, and every pair worth sending is stored whatever the
// listing limit says (MatchingService.listed): each item would store all its candidates.
// Above 0.99 nearly nothing is sent; to stop sending, organizations have their preferences.
export const SENDING_THRESHOLD_MIN = 0.05;
export const SENDING_THRESHOLD_MAX = 0.99;

@InputType({ description: 'What the hub changes of matching. The weights are not here: they are the calibration model, learned, not set.' })
export class UpdateMatchingSettingsInput {
  @Field(() => Float, {
    description:
      `The probability from which a pair is sent (e-mail, webhook, subscription), ${SENDING_THRESHOLD_MIN} to ${SENDING_THRESHOLD_MAX}. ` +
      'Lower sends more pairs, fewer of them good; higher sends fewer, and leaves more needs with no good offer quiet (README, "Sending: what the threshold means").',
  })
  @Min(SENDING_THRESHOLD_MIN)
  @Max(SENDING_THRESHOLD_MAX)
  sendingThreshold: number;
}
