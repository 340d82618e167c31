import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import { DecisionCalibrationService } from './decision-calibration.service';
import { DecisionHistoryRepository } from './decision-history.repository';
import { JobTimings, StageTimer, untimed } from './job-timings';
import { CurrentMatches, CurrentStatus, ItemToScore, MatchCandidatesRepository } from './match-candidates.repository';
import { MatchStatus } from './match.enums';
import { MatchStoreService, ScoredPair, StoredItem } from './match-store.service';
import { MATCHING_CONFIG, MatchingSide } from './matching.queue';
import { MatchingConfig } from './scoring/matching-config';
import { failedHardConstraint, NeedFacts, OfferFacts, scorePair, ScoringContext } from './scoring/score';
import { ScoringReference } from './scoring/scoring-reference';
import { SCORING_REFERENCE } from './scoring-reference.provider';

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
  /**
   * A scoring of the item that read it later stored first: this one stored nothing (stored
   * and superseded 0), and is done (MatchStoreService, Store order).
   */
  outdated: boolean;
}

/** What scoring a batch did: each item's result, and the items whose scoring failed (nothing stored for them). */
export interface BatchResult {
  scored: Map<string, ScoringResult>;
  failed: Map<string, Error>;
}

interface CandidatePair {
  need: NeedFacts;
  offer: OfferFacts;
}

type ScoredPairKey = Pick<ScoredPair, 'needId' | 'offerId'>;

/** An item's candidates from the other side, and its current matches (when it has any). */
interface Candidates<Other> {
  others: Other[];
  current: CurrentMatches<Other> | undefined;
}

export interface ScoringOptions {
  /** Skip the candidate narrowing (the benchmark's brute force). */
  exhaustive?: boolean;
  /** Where the job's time goes, stage by stage (the benchmark's profile). */
  timings?: JobTimings;
  /** Awaited by a batch before each item's candidate search and before it stores: where bulk work steps aside (FreshLaneGate). */
  beforeEach?: () => Promise<void>;
}

/**
 * Every stem of both sides of the pairs, each side's list once: a need job's 450 pairs share
 * one need, whose list is the same object in each. An array, not a generator: each value a
 * generator yields is an object of its own, 27,000 a job (bench:match's heap profile, 2026-12-05).
 */
function termsOf(pairs: CandidatePair[]): string[] {
  const lists = new Set<readonly string[]>();
  const terms: string[] = [];
  const add = (list: readonly string[]) => {
    if (lists.has(list)) return;
    lists.add(list);
    for (const term of list) terms.push(term);
  };
  for (const pair of pairs) {
    add(pair.need.terms);
    add(pair.offer.terms);
  }
  return terms;
}

/** The offers of the pairs, as the job analysed them (an offer of several pairs several times). */
const offersScored = (pairs: CandidatePair[]): OfferFacts[] => pairs.map((pair) => pair.offer);

const noneKept: ReadonlyMap<string, CurrentStatus> = new Map();

/**
 * Which of an item's current matches its scoring keeps beyond its listing, by the other
 * side's id. An offer keeps every one: the need's scoring listed it (or the offer's own, before),
 * and the offer's search may not find the need, or rank it below its listing limit, while
 * the pair is as good as it was; the need's scoring is the one that trims what it no longer
 * lists (as rematchAll does every night). A need keeps those one side accepted, and those
 * already sent to people: a suggestion someone may be reading is not taken back because
 * better offers came since. The others it did not find are ranked with its candidates.
 */
function keptOf(side: MatchingSide, current: CurrentMatches<unknown> | undefined): ReadonlyMap<string, CurrentStatus> {
  if (!current) return noneKept;
  if (side === 'offer') return current.statuses;
  return new Map([...current.statuses].filter(([other, status]) => status === MatchStatus.INTERESTED || current.sent.has(other)));
}

/**
 * The pairs that pass the hard constraints, to score; and the item's INTERESTED matches among
 * those that do not, to expire. Such a pair is not scored: no component could say why it can
 * no longer happen (no resource in common, dates apart), and a pair that fails a hard
 * constraint is no match. So it expires, as one does when its need or offer closes (a hard
 * constraint too), however it scored before; a later scoring that finds it fitting again makes
 * it INTERESTED again. A score that dips does not expire it.
 */
function feasibility(side: MatchingSide, pairs: CandidatePair[], kept: ReadonlyMap<string, CurrentStatus>): { feasible: CandidatePair[]; unfit: ScoredPairKey[] } {
  const feasible: CandidatePair[] = [];
  const unfit: ScoredPairKey[] = [];
  for (const pair of pairs) {
    if (!failedHardConstraint(pair.need, pair.offer)) feasible.push(pair);
    else if (kept.get(side === 'need' ? pair.offer.id : pair.need.id) === MatchStatus.INTERESTED) unfit.push({ needId: pair.need.id, offerId: pair.offer.id });
  }
  return { feasible, unfit };
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
    private readonly decisionHistories: DecisionHistoryRepository,
    private readonly matchStore: MatchStoreService,
    private readonly calibration: DecisionCalibrationService,
  ) {}

  /** Scores one need against the open offers that could fit it. */
  async scoreNeed(needId: string, options: ScoringOptions = {}): Promise<ScoringResult> {
    const stages: StageTimer = options.timings ?? untimed;
    const readAt = await this.matchStore.readStart();
    const item = await stages.time('load', () => this.candidates.findNeed(needId));
    if (!item) return { candidates: 0, stored: 0, superseded: 0, outdated: false };
    const need = item.facts;
    // A need's profile is what offers' searches read of it, nothing its own search reads: written meanwhile.
    const [, { others: offers, current }] = await Promise.all([
      stages.time('profile', () => this.candidates.saveSearchProfile('need', need)),
      item.open ? this.offersOf(need, item.matched, options, stages) : { others: [], current: undefined },
    ]);
    const pairs = offers.map((offer) => ({ need, offer }));
    // Its search read the offer index (searchedOffersFor): the pairs' weights are counted as of that read.
    const indexRead = item.open && !options.exhaustive;
    const { stored, superseded, outdated } = await this.scoreAndStore('need', need.id, item.open, pairs, stages, readAt, keptOf('need', current), indexRead);
    return { candidates: offers.length, stored, superseded, outdated };
  }

  async scoreOffer(offerId: string, options: ScoringOptions = {}): Promise<ScoringResult> {
    const stages: StageTimer = options.timings ?? untimed;
    const readAt = await this.matchStore.readStart();
    const item = await stages.time('load', () => this.candidates.findOffer(offerId));
    if (!item) return { candidates: 0, stored: 0, superseded: 0, outdated: false };
    const offer = item.facts;
    // First: writing an offer's profile counts its stems in the document frequencies its search reads.
    await stages.time('profile', () => this.candidates.saveSearchProfile('offer', offer));
    const { others: needs, current } = item.open ? await this.needsOf(offer, item.matched, stages) : { others: [], current: undefined };
    const pairs = needs.map((need) => ({ need, offer }));
    // Its search keys read the offer index (needsOf), after its own profile was written.
    const { stored, superseded, outdated } = await this.scoreAndStore('offer', offer.id, item.open, pairs, stages, readAt, keptOf('offer', current), item.open);
    return { candidates: needs.length, stored, superseded, outdated };
  }

  /** A need's candidates, with its current matches that its search did not find. */
  private async offersOf(need: NeedFacts, matched: boolean, options: ScoringOptions, stages: StageTimer): Promise<Candidates<OfferFacts>> {
    const offers = options.exhaustive ? await this.candidates.offersFor(need, null, stages) : await this.candidates.searchedOffersFor(need, stages);
    if (!matched) return { others: offers, current: undefined };
    const current = (await stages.time('current', () => this.candidates.currentMatchesOfNeeds(new Map([[need.id, offers]])))).get(need.id);
    return { others: current ? [...offers, ...current.unfound] : offers, current };
  }

  /** An offer's candidates, with its current matches that its search did not find. */
  private async needsOf(offer: OfferFacts, matched: boolean, stages: StageTimer): Promise<Candidates<NeedFacts>> {
    const search = this.candidates.searchKeys(offer, await stages.time('statistics', () => this.candidates.offerStatistics(offer.terms)));
    const needs = await this.candidates.needsFor(offer, search, stages);
    if (!matched) return { others: needs, current: undefined };
    const current = (await stages.time('current', () => this.candidates.currentMatchesOfOffers(new Map([[offer.id, needs]])))).get(offer.id);
    return { others: current ? [...needs, ...current.unfound] : needs, current };
  }

  /**
   * Scores several items of one side as one batch: the items read in one query, their
   * search profiles written in one statement, the counts, histories and calibration read
   * once, and every item's matches stored in one statement. The candidates are searched
   * item by item, then the items' current matches read in one query. An item whose search
   * or scoring throws is left out (reported in `failed`, nothing stored for it); the others
   * are stored.
   */
  async scoreMany(side: MatchingSide, ids: string[], options: ScoringOptions = {}): Promise<BatchResult> {
    const stages: StageTimer = options.timings ?? untimed;
    const result: BatchResult = { scored: new Map(), failed: new Map() };
    if (ids.length === 0) return result;
    const readAt = await this.matchStore.readStart();
    const items = await stages.time('load', async (): Promise<ItemToScore<NeedFacts | OfferFacts>[]> =>
      side === 'need' ? this.candidates.findNeeds(ids) : this.candidates.findOffers(ids),
    );
    // An item deleted meanwhile has nothing to score: done.
    const found = new Set(items.map((item) => item.facts.id));
    for (const id of ids) if (!found.has(id)) result.scored.set(id, { candidates: 0, stored: 0, superseded: 0, outdated: false });
    await stages.time('profile', () => this.candidates.saveSearchProfiles(side, items.map((item) => item.facts)));
    // An offer's search of the needs is keyed by the offers' document frequencies; a need's takes them from the read its search ranks.
    const searchStatistics = side === 'offer' ? await stages.time('statistics', () => this.candidates.offerStatistics(items.flatMap((item) => item.facts.terms))) : null;
    const candidates = new Map<string, CandidatePair[]>();
    for (const item of items) {
      await options.beforeEach?.();
      try {
        if (!item.open) candidates.set(item.facts.id, []);
        else if (side === 'need') {
          const need = item.facts as NeedFacts;
          const offers = await this.candidates.searchedOffersFor(need, stages);
          candidates.set(need.id, offers.map((offer) => ({ need, offer })));
        } else {
          const offer = item.facts as OfferFacts;
          const needs = await this.candidates.needsFor(offer, this.candidates.searchKeys(offer, searchStatistics!), stages);
          candidates.set(offer.id, needs.map((need) => ({ need, offer })));
        }
      } catch (error) {
        result.failed.set(item.facts.id, error instanceof Error ? error : new Error(String(error)));
      }
    }
    // The current matches of the items searched that have any, in one query, added to their candidates.
    const matched = items.filter((item) => item.open && item.matched && candidates.has(item.facts.id));
    const current = await stages.time('current', async (): Promise<Map<string, CurrentMatches<NeedFacts | OfferFacts>>> => {
      const otherSide = (pairs: CandidatePair[]) => pairs.map((pair) => (side === 'need' ? pair.offer : pair.need));
      const found = new Map(matched.map((item) => [item.facts.id, otherSide(candidates.get(item.facts.id)!)]));
      return side === 'need' ? this.candidates.currentMatchesOfNeeds(found as Map<string, OfferFacts[]>) : this.candidates.currentMatchesOfOffers(found as Map<string, NeedFacts[]>);
    });
    for (const item of matched) {
      const unfound = current.get(item.facts.id)?.unfound ?? [];
      const pairs = unfound.map((other) => (side === 'need' ? { need: item.facts as NeedFacts, offer: other as OfferFacts } : { need: other as NeedFacts, offer: item.facts as OfferFacts }));
      candidates.get(item.facts.id)!.push(...pairs);
    }
    const keptById = new Map([...candidates.keys()].map((id) => [id, keptOf(side, current.get(id))]));
    const feasibilityOf = new Map([...candidates].map(([id, pairs]) => [id, feasibility(side, pairs, keptById.get(id)!)]));
    const feasibleOf = new Map([...feasibilityOf].map(([id, { feasible }]) => [id, feasible]));
    const feasible = [...feasibleOf.values()].flat();
    // An offer batch read the index for its search keys. A need batch reads it again: its
    // searches read it item by item, but a batch of closed needs (or failed searches) did not.
    const context = await this.scoringContext(feasible, stages, side === 'offer');
    const stored: StoredItem[] = [];
    const candidateCounts = new Map<string, number>();
    await stages.time('score', async () => {
      for (const item of items) {
        // A batch of needs scores tens of thousands of pairs: the job's lock is renewed (and
        // Redis answered) between its items, not after all of them. On a busy machine the
        // loop stalled past the 5 s lock and another worker took the batch over (bench:ingest
        // with two workers).
        await yieldToEventLoop();
        const pairs = feasibleOf.get(item.facts.id);
        if (!pairs) continue;
        try {
          const scored = this.listed(side, pairs, context, keptById.get(item.facts.id));
          const unfit = feasibilityOf.get(item.facts.id)!.unfit.map((pair) => (side === 'need' ? pair.offerId : pair.needId));
          stored.push({ id: item.facts.id, open: item.open, scored, unfit });
          candidateCounts.set(item.facts.id, candidates.get(item.facts.id)!.length);
        } catch (error) {
          result.failed.set(item.facts.id, error instanceof Error ? error : new Error(String(error)));
        }
      }
    });
    await options.beforeEach?.();
    const { superseded, gone, outdated } = await stages.time('store', () => this.matchStore.replaceMatchesMany(side, stored, readAt));
    if (side === 'need') this.candidates.forgetOffers(gone);
    for (const item of stored) {
      const candidates = candidateCounts.get(item.id) ?? 0;
      result.scored.set(
        item.id,
        outdated.has(item.id)
          ? { candidates, stored: 0, superseded: 0, outdated: true }
          : { candidates, stored: item.scored.length, superseded: superseded.get(item.id) ?? 0, outdated: false },
      );
    }
    return result;
  }

  /**
   * Writes the search profiles of several items of one side, as their scoring would,
   * without scoring them: a rematch refreshes the offers' profiles (the stems and themes
   * the needs' candidate queries search) before it scores the needs against them.
   */
  async refreshSearchProfiles(side: MatchingSide, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const items = side === 'need' ? await this.candidates.findNeeds(ids) : await this.candidates.findOffers(ids);
    await this.candidates.saveSearchProfiles(side, items.map((item) => item.facts));
  }

  /**
   * Scores the pairs of one item that pass the hard constraints and stores those above the
   * listing threshold, replacing the item's earlier matches; its INTERESTED matches that
   * fail a hard constraint expire (feasibility), in the same statement. Returns how many it
   * stored (none when a scoring that read the item later stored first: outdated).
   */
  private async scoreAndStore(
    side: 'need' | 'offer',
    id: string,
    itemOpen: boolean,
    pairs: CandidatePair[],
    stages: StageTimer,
    readAt: Date,
    kept: ReadonlyMap<string, CurrentStatus> = noneKept,
    indexRead = false,
  ): Promise<{ stored: number; superseded: number; outdated: boolean }> {
    const { feasible, unfit } = feasibility(side, pairs, kept);
    let scored: ScoredPair[] = [];
    if (feasible.length > 0) {
      const context = await this.scoringContext(feasible, stages, indexRead);
      scored = await stages.time('score', () => this.listed(side, feasible, context, kept));
    }
    const unfitOthers = unfit.map((pair) => (side === 'need' ? pair.offerId : pair.needId));
    const { superseded, gone, outdated } = await stages.time('store', () => this.matchStore.replaceMatches(side, id, itemOpen, scored, readAt, unfitOthers));
    // Offers deleted since the search index read them: no pair of them was stored, and no search should choose them again.
    if (side === 'need') this.candidates.forgetOffers(gone);
    return outdated ? { stored: 0, superseded: 0, outdated } : { stored: scored.length, superseded, outdated };
  }

  /**
   * What scoring these pairs needs besides the pairs: the organizations' decision histories
   * and the weights of every stem compared, counted at once for all of them (one snapshot of the
   * counts, as the offer index holds them: read again first unless this job has read it,
   * `indexRead`; with the pairs' offers that the index does not count yet, such as one on the
   * spot whose own job has not saved its profile, counted as they will be), and the calibration.
   */
  private async scoringContext(pairs: CandidatePair[], stages: StageTimer, indexRead: boolean): Promise<ScoringContext> {
    const organizationIds = [...new Set(pairs.flatMap((pair) => [pair.need.organizationId, pair.offer.organizationId]))];
    // Independent reads, on two connections at once.
    const [histories, statistics, calibration] = await Promise.all([
      stages.time('history', () => this.decisionHistories.historiesOf(organizationIds)),
      // Read for this job already (`indexRead`): the counts as of that read, with no query.
      stages.time('statistics', async () => (indexRead ? this.candidates.offerStatisticsAsRead(termsOf(pairs), offersScored(pairs)) : this.candidates.offerStatistics(termsOf(pairs), offersScored(pairs)))),
      this.calibration.current(),
    ]);
    return {
      config: this.config,
      reference: this.reference,
      idf: statistics.idf,
      history: (organizationId) => histories.get(organizationId),
      calibration,
    };
  }

  /**
   * The pairs' scores, those at or above the listing threshold, best first, as many as the
   * listing limit allows, worth sending or not: the scoring of a need with hundreds of fitting
   * offers sends its best, not hundreds of e-mails (each offer's own scoring lists its best
   * needs in the same way, so the limit is a scoring's, not a need's). Then the pairs
   * of the `kept` current matches (by the other side's id) left out, whatever their rank: an
   * INTERESTED one whatever its score, a SUGGESTED one at or above the listing threshold.
   * Such a match stays, so its stored score and explanation must be today's (a full offer's
   * 0, "0 of 2 places free"), not those of when it last made a listing; a SUGGESTED one
   * that fell below the threshold (a full offer's) expires.
   */
  private listed(side: MatchingSide, pairs: CandidatePair[], context: ScoringContext, kept: ReadonlyMap<string, CurrentStatus> = noneKept): ScoredPair[] {
    const scored = pairs.map((pair) => ({ needId: pair.need.id, offerId: pair.offer.id, ...scorePair(pair.need, pair.offer, context) }));
    // Only the pairs at or above the listing threshold are sorted: a brute-force job scores tens of thousands.
    const listed = scored
      .filter((pair) => pair.score >= this.config.listingThreshold)
      .sort((a, b) => b.score - a.score)
      .slice(0, this.config.listingLimit);
    if (kept.size === 0) return listed;
    const included = new Set(listed);
    const stays = (pair: ScoredPair) => {
      const status = kept.get(side === 'need' ? pair.offerId : pair.needId);
      return status === MatchStatus.INTERESTED || (status === MatchStatus.SUGGESTED && pair.score >= this.config.listingThreshold);
    };
    return [...listed, ...scored.filter((pair) => stays(pair) && !included.has(pair)).sort((a, b) => b.score - a.score)];
  }
}
