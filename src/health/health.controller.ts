import { SkipThrottle } from '@nestjs/throttler';
import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { GracefulShutdown } from './graceful-shutdown';
import { RedisHealthIndicator } from './redis.health';

// Shaped like terminus' own answer, so that whatever reads the probe's body reads this too.
const SHUTTING_DOWN = { status: 'down', message: 'The process is shutting down: send requests elsewhere.' };

// Probes, scrapers and static assets are not rate limited.
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly shutdown: GracefulShutdown,
  ) {}

  /** The process is up (for a liveness probe: restart it if this fails). */
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** The process can serve: PostgreSQL and Redis answer, and it is not shutting down (503 otherwise). */
  @Get('ready')
  @HealthCheck()
  ready() {
    if (this.shutdown.shuttingDown) {
      throw new ServiceUnavailableException({ status: 'error', info: {}, error: { shutdown: SHUTTING_DOWN }, details: { shutdown: SHUTTING_DOWN } });
    }
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2000 }),
      () => this.redis.isHealthy('redis', 2000),
    ]);
  }
}
