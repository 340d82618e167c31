import { Args, Field, Float, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { MatchingBacklogService } from './matching-backlog.service';
import { MatchingLanesService } from './matching-lanes.service';
import { MatchingSettingsService } from './matching-settings.service';
import { MATCHING_CONFIG } from './matching.queue';
import { RematchService } from './rematch.service';
import { SendingTradeOffs } from './sending-trade-offs.type';
import { DEFAULT_MATCHING_CONFIG, MatchingConfig } from './scoring/matching-config';
import { UpdateMatchingSettingsInput } from './update-matching-settings.input';
import { UnsentPairsReachingArgs } from './unsent-pairs-reaching.args';

@ObjectType({ description: 'How a match score is put together (see SPEC.md section 4).' })
class MatchingSettings {
  @Field(() => Float, { description: 'The configured weight of the topic component (0 or more).' })
  topicWeight: number;
  @Field(() => Float, { description: 'The configured weight of the geography component (0 or more).' })
  geographyWeight: number;
  @Field(() => Float, { description: 'The configured weight of the time component (0 or more).' })
  timeWeight: number;
  @Field(() => Float, { description: 'The configured weight of the sector component (0 or more).' })
  sectorWeight: number;
  @Field(() => Float, { description: 'The configured weight of the budget component (0 or more).' })
  budgetWeight: number;
  @Field(() => Float, { description: 'The configured weight of the capacity component (0 or more).' })
  capacityWeight: number;
  @Field(() => Float, { description: 'The configured weight of the feedback component (0 or more).' })
  feedbackWeight: number;
  @Field(() => Float, { description: 'Geography weighs this much of its weight for needs asking only for FUNDING or PROJECT_PARTNERSHIP.' })
  geographyFactorForRemoteResources: number;
  @Field(() => Float, { description: 'Matches from this score up are listed in suggestions.' })
  listingThreshold: number;
  @Field(() => Float, {
    description:
      'Matches from this score (the probability that the pair is good) up are sent to people: the hub\'s value (updateMatchingSettings) or, while it set none, defaultSendingThreshold.',
  })
  sendingThreshold: number;
  @Field(() => Float, { description: `The sending threshold the calibration ships (${DEFAULT_MATCHING_CONFIG.sendingThreshold}), in force until the hub sets one.` })
  defaultSendingThreshold: number;
  @Field(() => Date, { nullable: true, description: 'When the hub last changed the sending threshold; null while the shipped value is in force.' })
  sendingThresholdUpdatedAt: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'Who last changed the sending threshold: the user\'s name, the hub key\'s name, or ADMIN_API_KEY; null while the shipped value is in force (or the user or key was deleted).',
  })
  sendingThresholdUpdatedBy: string | null;
  @Field(() => Int, { description: "At most this many of an item's matches are listed from one scoring, the best first, worth sending or not; besides those already sent, which stay." })
  listingLimit: number;
  @Field(() => SendingTradeOffs, {
    nullable: true,
    description: 'What each sending threshold buys (pairs sent, how many of them good, perfect pairs sent, needs with nothing good left quiet), measured on labelled needs the calibration was not fitted on; null when its training had none.',
  })
  sendingTradeOffs: SendingTradeOffs | null;
}

@ObjectType({ description: 'The matching jobs of one lane, now. Jobs, not items: a batch job scores up to MATCHING_BATCH_SIZE items.' })
class MatchingLane {
  @Field({ description: 'fresh (needs people posted or changed, scored in slots of their own), bulk (offer batches, expiry) or rematch (rematchAll, after everything else).' })
  name: string;
  @Field(() => Int, { description: 'Jobs waiting for a slot.' })
  waiting: number;
  @Field(() => Int, { description: 'Jobs being scored.' })
  active: number;
  @Field(() => Int, { description: 'Jobs due later: the trailing job of a burst of updates, a retry after a failure.' })
  delayed: number;
}

@ObjectType({ description: 'How far the newest rematchAll is.' })
class RematchProgress {
  @Field(() => Date, { description: 'When rematchAll was called.' })
  startedAt: Date;
  @Field(() => Int, { description: 'Items to score: the open needs and offers at the start, exact once every page was queued.' })
  total: number;
  @Field(() => Int, { description: 'Items scored so far.' })
  done: number;
  @Field(() => Date, { nullable: true, description: 'When the last item was scored; null while it runs.' })
  finishedAt: Date | null;
}

@Resolver()
export class MatchingResolver {
  constructor(
    private readonly backlog: MatchingBacklogService,
    private readonly lanes: MatchingLanesService,
    private readonly rematch: RematchService,
    @Inject(MATCHING_CONFIG) private readonly config: MatchingConfig,
    private readonly settings: MatchingSettingsService,
  ) {}

  @Query(() => Int, {
    description: 'Hub only. Changes not yet scored: outbox rows not yet queued plus waiting, delayed and active matching jobs. 0 when everything posted so far has been scored. SERVICE_UNAVAILABLE within 2 s when Redis does not answer.',
  })
  matchingBacklog(@CurrentPrincipal() principal: Principal): Promise<number> {
    principal.assertHub();
    return this.backlog.count();
  }

  @Query(() => [MatchingLane], {
    description: 'Hub only. The matching backlog lane by lane (fresh, bulk, rematch). SERVICE_UNAVAILABLE within 2 s when Redis does not answer.',
  })
  matchingLanes(@CurrentPrincipal() principal: Principal): Promise<MatchingLane[]> {
    principal.assertHub();
    return this.lanes.depths();
  }

  @Query(() => RematchProgress, { nullable: true, description: 'Hub only. How far the newest rematchAll is; null when none ran.' })
  async rematchProgress(@CurrentPrincipal() principal: Principal): Promise<RematchProgress | null> {
    principal.assertHub();
    return this.rematch.latest();
  }

  @Query(() => MatchingSettings, { description: 'Hub only. The weights and thresholds in force, and who last changed the sending threshold.' })
  matchingSettings(@CurrentPrincipal() principal: Principal): MatchingSettings {
    principal.assertHub();
    return this.shown();
  }

  @Query(() => Int, {
    description:
      'Hub only. How many stored pairs not sent yet score at least this: what lowering the sending threshold to it would send at once ' +
      '(each to the sides that have not answered it, by every channel they chose). Asked before a change; an import can leave many such pairs.',
  })
  unsentPairsReaching(
    @CurrentPrincipal() principal: Principal,
    @Args() { sendingThreshold }: UnsentPairsReachingArgs,
  ): Promise<number> {
    principal.assertHub();
    return this.settings.unsentPairsReaching(sendingThreshold);
  }

  @Mutation(() => MatchingSettings, {
    description:
      'Hub only. Sets the sending threshold; every API and worker process uses it within seconds (at once when the NOTIFY arrives, 10 s at most). ' +
      'Stored pairs are not re-scored: pairs not sent yet whose score reaches a lowered threshold are sent at once, pairs under a raised one are kept back, and nothing sent is taken back. Audited. ' +
      'BAD_USER_INPUT (constraint min or max, with the limit) outside 0.05 to 0.99.',
  })
  async updateMatchingSettings(
    @CurrentPrincipal() principal: Principal,
    @Args('input', { description: 'The settings to change.' }) input: UpdateMatchingSettingsInput,
  ): Promise<MatchingSettings> {
    principal.assertHub();
    await this.settings.update(principal, input.sendingThreshold);
    return this.shown();
  }

  private shown(): MatchingSettings {
    const { weights } = this.config;
    const inForce = this.settings.inForce();
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
      sendingThreshold: inForce.sendingThreshold,
      defaultSendingThreshold: this.settings.defaultSendingThreshold,
      sendingThresholdUpdatedAt: inForce.updatedAt,
      sendingThresholdUpdatedBy: inForce.updatedBy,
      listingLimit: this.config.listingLimit,
      sendingTradeOffs: this.config.sendingTradeOffs,
    };
  }

  @Mutation(() => Int, {
    description:
      "Hub only. Re-scores every pair of an open need and an open offer, once, from the need's side (the offers' search profiles refreshed first), paced at the lowest priority (see rematchProgress); returns how many open needs and offers it goes through.",
  })
  rematchAll(@CurrentPrincipal() principal: Principal): Promise<number> {
    principal.assertHub();
    return this.rematch.rematchAll(principal);
  }
}
