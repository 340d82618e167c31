import { Field, Float, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { MatchingBacklogService } from './matching-backlog.service';
import { MATCHING_CONFIG } from './matching.queue';
import { RematchService } from './rematch.service';
import { MatchingConfig } from './scoring/matching-config';

@ObjectType({ description: 'How a match score is put together (see SPEC.md section 4).' })
class MatchingSettings {
  @Field(() => Float)
  topicWeight: number;
  @Field(() => Float)
  geographyWeight: number;
  @Field(() => Float)
  timeWeight: number;
  @Field(() => Float)
  sectorWeight: number;
  @Field(() => Float)
  budgetWeight: number;
  @Field(() => Float)
  capacityWeight: number;
  @Field(() => Float)
  feedbackWeight: number;
  @Field(() => Float, { description: 'Geography weighs this much of its weight for needs asking only for FUNDING or PROJECT_PARTNERSHIP.' })
  geographyFactorForRemoteResources: number;
  @Field(() => Float, { description: 'Matches from this score up are listed in suggestions.' })
  listingThreshold: number;
  @Field(() => Float, { description: 'Matches from this score up are sent to people.' })
  sendingThreshold: number;
}

@Resolver()
export class MatchingResolver {
  constructor(
    private readonly backlog: MatchingBacklogService,
    private readonly rematch: RematchService,
    @Inject(MATCHING_CONFIG) private readonly config: MatchingConfig,
  ) {}

  @Query(() => Int, {
    description: 'Hub only. Changes not yet scored: outbox rows not yet queued plus waiting, delayed and active matching jobs. 0 when everything posted so far has been scored. SERVICE_UNAVAILABLE within 2 s when Redis does not answer.',
  })
  matchingBacklog(@CurrentPrincipal() principal: Principal): Promise<number> {
    principal.assertHub();
    return this.backlog.count();
  }

  @Query(() => MatchingSettings, { description: 'Hub only. The weights and thresholds in force.' })
  matchingSettings(@CurrentPrincipal() principal: Principal): MatchingSettings {
    principal.assertHub();
    const { weights } = this.config;
    return {
      topicWeight: weights.topic,
      geographyWeight: weights.geography,
      timeWeight: weights.time,
      sectorWeight: weights.sector,
      budgetWeight: weights.budget,
      capacityWeight: weights.capacity,
      feedbackWeight: weights.feedback,
      geographyFactorForRemoteResources: this.config.geographyFactorForRemoteResources,
      listingThreshold: this.config.listingThreshold,
      sendingThreshold: this.config.sendingThreshold,
    };
  }

  @Mutation(() => Int, { description: 'Hub only. Re-scores every open need and offer; returns how many it queued.' })
  rematchAll(@CurrentPrincipal() principal: Principal): Promise<number> {
    principal.assertHub();
    return this.rematch.rematchAll(principal);
  }
}
