import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { oncePerRoles } from '../common/process-roles';
import { NeedsModule } from '../needs/needs.module';
import { OffersModule } from '../offers/offers.module';
import { OutboxEvent } from '../outbox/outbox-event.entity';
import { DecisionCalibrationService } from './decision-calibration.service';
import { DecisionHistoryRepository } from './decision-history.repository';
import { ItemProfileCache } from './item-profile.cache';
import { MatchCandidatesRepository } from './match-candidates.repository';
import { OfferSearchIndex } from './offer-search.index';
import { Match } from './match.entity';
import { MatchStates } from './match-states.service';
import { MatchStoreService } from './match-store.service';
import { MatchingBacklogService } from './matching-backlog.service';
import { MatchingLaneMetrics } from './matching-lane.metrics';
import { MatchingLanesService } from './matching-lanes.service';
import { MatchingMetrics } from './matching-metrics';
import { FreshLaneGate } from './fresh-lane-gate';
import { MAINTENANCE_QUEUE, MATCHING_CONFIG, MATCHING_FRESH_QUEUE, MATCHING_QUEUE } from './matching.queue';
import { MaintenanceProcessor } from './maintenance.processor';
import { ExpiryService } from './expiry.service';
import { FreshMatchingProcessor, MatchingProcessor } from './matching.processor';
import { MatchingJobsService } from './matching-jobs.service';
import { RematchRun } from './rematch-run.entity';
import { MatchingResolver } from './matching.resolver';
import { MatchingSettingsService } from './matching-settings.service';
import { MatchingService } from './matching.service';
import { OutboxLagMetrics } from './outbox-lag.metrics';
import { OutboxRelayService } from './outbox-relay.service';
import { RematchService } from './rematch.service';
import { scoringReferenceProvider } from './scoring-reference.provider';
import { DEFAULT_MATCHING_CONFIG } from './scoring/matching-config';
import { MatchResolver, NeedSuggestionsResolver, OfferSuggestionsResolver, ScoreComponentResolver } from './matches.resolver';
import { MatchesService } from './matches.service';
import { TableMaintenanceService } from './table-maintenance.service';
import { TermStatisticsService } from './term-statistics.service';

/**
 * The matching engine: it owns matches and their states, and announces scored pairs on
 * MATCHES_SCORED_CHANNEL without knowing who listens. Every process gets the queue and the
 * services; only a worker process relays the outbox and consumes the queue; only an API
 * process serves the GraphQL side.
 */
@Module({})
export class MatchingModule {
  static register = oncePerRoles((roles) => ({
    module: MatchingModule,
    imports: [
      TypeOrmModule.forFeature([OutboxEvent, Match, RematchRun]),
      BullModule.registerQueue({ name: MAINTENANCE_QUEUE, defaultJobOptions: { removeOnComplete: 100, removeOnFail: 100 } }),
      // The fresh lane and the bulk lane (matching.queue.ts): the same job options.
      ...[MATCHING_FRESH_QUEUE, MATCHING_QUEUE].map((name) =>
        BullModule.registerQueue({
          name,
          defaultJobOptions: {
            attempts: 5,
            backoff: { type: 'exponential', delay: 1_000 },
            // Completed job ids are kept an hour so that a relay re-adding them is a no-op.
            removeOnComplete: { age: 3_600, count: 100_000 },
            removeOnFail: { age: 7 * 24 * 3_600 },
          },
        }),
      ),
      NeedsModule,
      OffersModule,
    ],
    providers: [
      { provide: MATCHING_CONFIG, useValue: DEFAULT_MATCHING_CONFIG },
      MatchingSettingsService,
      scoringReferenceProvider,
      MatchingBacklogService,
      MatchingLanesService,
      ItemProfileCache,
      MatchCandidatesRepository,
      OfferSearchIndex,
      TermStatisticsService,
      DecisionHistoryRepository,
      MatchingMetrics,
      DecisionCalibrationService,
      MatchStoreService,
      MatchingService,
      MatchStates,
      RematchService,
      MatchesService,
      ExpiryService,
      ...(roles.worker ? [OutboxRelayService, FreshLaneGate, MatchingJobsService, MatchingProcessor, FreshMatchingProcessor, MaintenanceProcessor, TableMaintenanceService] : []),
      ...(roles.api ? [OutboxLagMetrics, MatchingLaneMetrics, MatchingResolver, NeedSuggestionsResolver, OfferSuggestionsResolver, MatchResolver, ScoreComponentResolver] : []),
    ],
    exports: [MatchingService, MatchingBacklogService, MatchStates, MatchingSettingsService, MATCHING_CONFIG],
  }));
}
