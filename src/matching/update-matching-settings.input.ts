import { Field, Float, InputType } from '@nestjs/graphql';
import { Max, Min } from 'class-validator';
import { SENDING_THRESHOLD_MAX, SENDING_THRESHOLD_MIN } from './sending-threshold';

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
