import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { HubStatistics, HubStatisticsArgs } from './hub-statistics.type';
import { StatisticsService } from './statistics.service';

@Resolver()
export class StatisticsResolver {
  constructor(private readonly statistics: StatisticsService) {}

  @Query(() => HubStatistics, {
    description: 'Hub only. Partnerships formed and suggestions answered, optionally within [from, to).',
  })
  hubStatistics(@CurrentPrincipal() principal: Principal, @Args() window: HubStatisticsArgs): Promise<HubStatistics> {
    principal.assertHub();
    return this.statistics.hubStatistics(window);
  }
}
