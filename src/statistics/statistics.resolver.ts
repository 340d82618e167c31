import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { HubStatistics, HubStatisticsArgs, StatisticsInterval, StatisticsPeriod } from './hub-statistics.type';
import { QueueHealth } from './queue-health.type';
import { QueueHealthService } from './queue-health.service';
import { StatisticsService } from './statistics.service';

@Resolver(() => HubStatistics)
export class StatisticsResolver {
  constructor(
    private readonly statistics: StatisticsService,
    private readonly queues: QueueHealthService,
  ) {}

  @Query(() => [QueueHealth], { description: 'Hub only. The matching queues (matching-fresh: needs people posted or changed; matching: imports, offers, expiry, re-scores) and the delivery-schedule queue; SERVICE_UNAVAILABLE within 2 s when Redis does not answer.' })
  queueHealth(@CurrentPrincipal() principal: Principal): Promise<QueueHealth[]> {
    principal.assertHub();
    return this.queues.health();
  }

  @Query(() => HubStatistics, {
    description: 'Hub only. Partnerships formed and suggestions answered, optionally within [from, to).',
  })
  hubStatistics(@CurrentPrincipal() principal: Principal, @Args() window: HubStatisticsArgs): Promise<HubStatistics> {
    principal.assertHub();
    return this.statistics.hubStatistics(window);
  }

  @ResolveField(() => [StatisticsPeriod], { description: 'The same figures per week or month of the window, oldest first, every period listed.' })
  timeline(
    @Parent() statistics: HubStatistics,
    @Args('interval', { type: () => StatisticsInterval, defaultValue: StatisticsInterval.MONTH, description: 'Weeks or months; default MONTH.' }) interval: StatisticsInterval,
  ): Promise<StatisticsPeriod[]> {
    return this.statistics.timeline(statistics.window, interval);
  }
}
