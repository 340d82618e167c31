import { Inject, Injectable } from '@nestjs/common';
import { DecisionHistoryRepository } from './decision-history.repository';
import { MatchCandidatesRepository } from './match-candidates.repository';
import { MatchStoreService, ScoredPair } from './match-store.service';
import { MATCHING_CONFIG } from './matching.queue';
import { MatchingConfig } from './scoring/matching-config';
import { failedHardConstraint, NeedFacts, OfferFacts, scorePair, ScoringContext } from './scoring/score';
import { ScoringReference } from './scoring/scoring-reference';
import { SCORING_REFERENCE } from './scoring-reference.provider';
import { TermStatistics, TermStatisticsService } from './term-statistics.service';

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
  ) {}

  /** Scores one need; `exhaustive` skips the candidate narrowing (the benchmark's brute force). */
  async scoreNeed(needId: string, options: { exhaustive?: boolean } = {}): Promise<ScoringResult> {
    const readAt = await this.matchStore.readStart();
    const item = await this.candidates.findNeed(needId);
    if (!item) return { candidates: 0, stored: 0, superseded: 0 };
    const need = item.facts;
    await this.candidates.saveSearchProfile('need', need);
    const statistics = await this.termStatistics.current();
    const offers = item.open ? await this.candidates.offersFor(need, options.exhaustive ? null : this.candidates.searchKeys(need, statistics)) : [];
    const pairs = offers.map((offer) => ({ need, offer }));
    const { stored, superseded } = await this.scoreAndStore('need', need.id, item.open, pairs, statistics, readAt);
    return { candidates: offers.length, stored, superseded };
  }

  async scoreOffer(offerId: string): Promise<ScoringResult> {
    const readAt = await this.matchStore.readStart();
    const item = await this.candidates.findOffer(offerId);
    if (!item) return { candidates: 0, stored: 0, superseded: 0 };
    const offer = item.facts;
    await this.candidates.saveSearchProfile('offer', offer);
    this.termStatistics.offerScored();
    const statistics = await this.termStatistics.current();
    const needs = item.open ? await this.candidates.needsFor(offer, this.candidates.searchKeys(offer, statistics)) : [];
    const pairs = needs.map((need) => ({ need, offer }));
    const { stored, superseded } = await this.scoreAndStore('offer', offer.id, item.open, pairs, statistics, readAt);
    return { candidates: needs.length, stored, superseded };
  }

  /**
   * Scores the pairs of one item that pass the hard constraints and stores those above the
   * listing threshold, replacing the item's earlier matches (not those stored after `readAt`).
   */
  private async scoreAndStore(
    side: 'need' | 'offer',
    id: string,
    itemOpen: boolean,
    pairs: CandidatePair[],
    statistics: TermStatistics,
    readAt: Date,
  ): Promise<{ stored: number; superseded: number }> {
    const organizationIds = [...new Set(pairs.flatMap((pair) => [pair.need.organizationId, pair.offer.organizationId]))];
    const histories = await this.decisionHistories.historiesOf(organizationIds);
    const context: ScoringContext = {
      config: this.config,
      reference: this.reference,
      idf: statistics.idf,
      history: (organizationId) => histories.get(organizationId),
    };
    const scored: ScoredPair[] = pairs
      .filter((pair) => !failedHardConstraint(pair.need, pair.offer))
      .map((pair) => ({ needId: pair.need.id, offerId: pair.offer.id, ...scorePair(pair.need, pair.offer, context) }))
      .filter((pair) => pair.score >= this.config.listingThreshold);
    const { superseded } = await this.matchStore.replaceMatches(side, id, itemOpen, scored, readAt);
    return { stored: scored.length, superseded };
  }
}
