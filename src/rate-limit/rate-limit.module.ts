import { Module } from '@nestjs/common';
import { RefusedRequestLimiter } from './refused-request.limiter';

/**
 * The limits of the API process beside the per-caller one (ThrottlerModule, with
 * GraphqlThrottlerGuard): requests refused before any resolver, counted per IP.
 */
@Module({
  providers: [RefusedRequestLimiter],
  exports: [RefusedRequestLimiter],
})
export class RateLimitModule {}
