import { Inject, Injectable } from '@nestjs/common';
import { DecisionCalibrationService } from './decision-calibration.service';
import { DecisionHistoryRepository } from './decision-history.repository';
import { JobTimings, StageTimer, untimed } from './job-timings';
import { MatchCandidatesRepository } from './match-candidates.repository';
import { MatchStoreService, ScoredPair } from './match-store.service';
import { MATCHING_CONFIG } from './matching.queue';
import { MatchingConfig } from './scoring/matching-config';
import { failedHardConstraint, NeedFacts, OfferFacts, scorePair, ScoringContext } from './scoring/score';
import { ScoringReference } from './scoring/scoring-reference';
import { SCORING_REFERENCE } from './scoring-reference.provider';
import { TermStatisticsService } from './term-statistics.service';

export interface ScoringResult {
  /** Items the candidate query handed to the scorer. */
  candidates: number;
  /** Matches stored (above the listing threshold). */
  stored: number;
  /**
   * Matches of the item that the other side stored after this scoring read its candidates:
   * left as they were; scoring the item again settles them.
   */
  superseded: number;
}

interface CandidatePair {
  need: NeedFacts;
  offer: OfferFacts;
}

export interface ScoringOptions {
  /** Skip the candidate narrowing (the benchmark's brute force). */
  exhaustive?: boolean;
  /** Where the job's time goes, stage by stage (the benchmark's profile). */
  timings?: JobTimings;
}

/** Every stem of both sides of the pairs. */
function* termsOf(pairs: CandidatePair[]): Iterable<string> {
  for (const pair of pairs) {
    yield* pair.need.terms;
    yield* pair.offer.terms;
  }
}

/**
 * Scores one need against the offers that could fit it (or one offer against the needs),
 * and stores the result as matches: idempotent, in place, one row per pair.
 */
@Injectable()
export class MatchingService {
  constructor(
    @Inject(MATCHING_CONFIG) private readonly config: MatchingConfig,
    @Inject(SCORING_REFERENCE) private readonly reference: ScoringReference,
    private readonly candidates: MatchCandidatesRepository,
    private readonly termStatistics: TermStatisticsService,
    private readonly decisionHistories: DecisionHistoryRepository,
    private readonly matchStore: MatchStoreService,
    private readonly calibration: DecisionCalibrationService,
  ) {}

  /** Scores one need against the open offers that could fit it. */
  async scoreNeed(needId: string, options: ScoringOptions = {}): Promise<ScoringResult> {
    const stages: StageTimer = options.timings ?? untimed;
    const readAt = await this.matchStore.readStart();
    const item = await stages.time('load', () => this.candidates.findNeed(needId));
    if (!item) return { candidates: 0, stored: 0, superseded: 0 };
    const need = item.facts;
    await stages.time('profile', () => this.candidates.saveSearchProfile('need', need));
    let offers: OfferFacts[] = [];
    if (item.open) {
      const search = options.exhaustive ? null : this.candidates.searchKeys(need, await stages.time('statistics', () => this.termStatistics.of(need.terms)));
      offers = await this.candidates.offersFor(need, search, stages);
    }
    const pairs = offers.map((offer) => ({ need, offer }));
    const { stored, superseded } = await this.scoreAndStore('need', need.id, item.open, pairs, stages, readAt);
    return { candidates: offers.length, stored, superseded };
  }

  async scoreOffer(offerId: string, options: ScoringOptions = {}): Promise<ScoringResult> {
    const stages: StageTimer = options.timings ?? untimed;
    const readAt = await this.matchStore.readStart();
    const item = await stages.time('load', () => this.candidates.findOffer(offerId));
    if (!item) return { candidates: 0, stored: 0, superseded: 0 };
    const offer = item.facts;
    await stages.time('profile', () => this.candidates.saveSearchProfile('offer', offer));
    let needs: NeedFacts[] = [];
    if (item.open) {
      const search = this.candidates.searchKeys(offer, await stages.time('statistics', () => this.termStatistics.of(offer.terms)));
      needs = await this.candidates.needsFor(offer, search, stages);
    }
    const pairs = needs.map((need) => ({ need, offer }));
    const { stored, superseded } = await this.scoreAndStore('offer', offer.id, item.open, pairs, stages, readAt);
    return { candidates: needs.length, stored, superseded };
  }

  /**
   * Scores the pairs of one item that pass the hard constraints and stores those above the
   * listing threshold, replacing the item's earlier matches. Returns how many it stored.
   */
  private async scoreAndStore(
    side: 'need' | 'offer',
    id: string,
    itemOpen: boolean,
    pairs: CandidatePair[],
    stages: StageTimer,
    readAt: Date,
  ): Promise<{ stored: number; superseded: number }> {
    const feasible = pairs.filter((pair) => !failedHardConstraint(pair.need, pair.offer));
    let scored: ScoredPair[] = [];
    if (feasible.length > 0) {
      const organizationIds = [...new Set(feasible.flatMap((pair) => [pair.need.organizationId, pair.offer.organizationId]))];
      const histories = await stages.time('history', () => this.decisionHistories.historiesOf(organizationIds));
      // The weights of every stem compared, read at once for all the pairs: one snapshot of the counts.
      const statistics = await stages.time('statistics', () => this.termStatistics.of(termsOf(feasible)));
      const context: ScoringContext = {
        config: this.config,
        reference: this.reference,
        idf: statistics.idf,
        history: (organizationId) => histories.get(organizationId),
        calibration: await this.calibration.current(),
      };
      scored = await stages.time('score', () =>
        feasible
          .map((pair) => ({ needId: pair.need.id, offerId: pair.offer.id, ...scorePair(pair.need, pair.offer, context) }))
          .filter((pair) => pair.score >= this.config.listingThreshold),
      );
    }
    const { superseded } = await stages.time('store', () => this.matchStore.replaceMatches(side, id, itemOpen, scored, readAt));
    return { stored: scored.length, superseded };
  }
}
