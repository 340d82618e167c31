import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job } from 'bullmq';
import { OutboxService } from '../outbox/outbox.service';
import { FreshLaneGate } from './fresh-lane-gate';
import { MATCHING_QUEUE, MatchingJobData, MatchingJobName, MatchingSide, sideOfJob } from './matching.queue';
import { MatchingService } from './matching.service';
import { OfferSearchIndex } from './offer-search.index';
import { RematchService } from './rematch.service';

// Scorings of one item at most, when matches stored meanwhile by the other side call for another.
const MAX_ROUNDS = 3;

/**
 * What a matching job does, whichever lane it came from. Every job is safe to run twice
 * (matches are upserted). An item's outbox rows are stamped handled, up to the newest one
 * committed before the scoring read the item, only once its matches are stored: a row never
 * stamped lost its job and is queued again by the relay.
 */
@Injectable()
export class MatchingJobsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(MatchingJobsService.name);

  constructor(
    private readonly matching: MatchingService,
    private readonly outbox: OutboxService,
    private readonly rematch: RematchService,
    private readonly freshLane: FreshLaneGate,
    private readonly offerIndex: OfferSearchIndex,
  ) {}

  /** Reads the open offers into the search index now, so that the first need after a start does not wait for it (1.4 s at 100,000 offers). */
  onApplicationBootstrap() {
    this.offerIndex.catchUp().catch((error: unknown) => this.logger.debug(`offer search index not read ahead (the first search will read it): ${String(error)}`));
  }

  async run(job: Job<MatchingJobData, void, MatchingJobName>): Promise<void> {
    if (job.name === 'rematch-page') return this.rematch.feedPage(job.data);
    if (job.name === 'profile-offers') return this.refreshProfiles(job.data);
    const side = sideOfJob(job.name);
    if (job.data.id) return this.scoreOne(side, job.data.id);
    return this.scoreBatch(job, side, job.data.pending ?? job.data.ids ?? []);
  }

  /** A rematch batch of offers: their search profiles, as the needs' scoring will search them. */
  private async refreshProfiles(data: MatchingJobData): Promise<void> {
    const ids = data.ids ?? [];
    await this.matching.refreshSearchProfiles('offer', ids);
    if (data.rematch) await this.rematch.recordScored(data.rematch, ids.length);
  }

  private async scoreOne(side: MatchingSide, id: string): Promise<void> {
    const upTo = await this.outbox.newestUnhandled(id);
    await this.scoreUntilSettled(side, id, 1);
    if (upTo) await this.outbox.markHandled(id, upTo);
  }

  /**
   * A batch: the items scored together; those whose scoring failed are recorded in the
   * job's data (`pending`), and the job fails, so that its retry scores only them. Items of an outbox batch
   * whose rows were all stamped meanwhile (by an earlier attempt, or a later job of the
   * same item) are not scored again.
   */
  private async scoreBatch(job: Job<MatchingJobData, void, MatchingJobName>, side: MatchingSide, ids: string[]): Promise<void> {
    const rematch = job.data.rematch;
    const upTo = await this.outbox.newestUnhandledOf(ids);
    const due = rematch ? ids : ids.filter((id) => upTo.has(id));
    // A batch of the bulk lane steps aside, item by item, while people's needs are scored.
    const beforeEach = job.queueName === MATCHING_QUEUE ? () => this.freshLane.waitWhileBusy() : undefined;
    const { scored, failed } = await this.matching.scoreMany(side, due, { beforeEach });
    // The other side of a pair, posted at the same moment, may have stored their match after
    // this scoring read its candidates: scoring again, with that side in view, settles it.
    for (const [id, result] of scored) if (result.superseded > 0) await this.scoreUntilSettled(side, id, 2);
    await this.outbox.markHandledMany(new Map([...scored.keys()].filter((id) => upTo.has(id)).map((id) => [id, upTo.get(id)!])));
    if (rematch) await this.rematch.recordScored(rematch, scored.size);
    if (failed.size > 0) {
      await job.updateData({ ...job.data, pending: [...failed.keys()] });
      const [first] = failed.values();
      throw new Error(`${failed.size} of ${due.length} items of the batch failed (tried again alone): ${first.message}`);
    }
  }

  /**
   * A scoring that a later one of the item overtook (outdated: MatchStoreService, Store order)
   * stored nothing and reports nothing superseded: it is done, and its outbox rows with it (the
   * later scoring read the item after they committed).
   */
  private async scoreUntilSettled(side: MatchingSide, id: string, firstRound: number): Promise<void> {
    for (let round = firstRound; round <= MAX_ROUNDS; round++) {
      const { superseded } = side === 'need' ? await this.matching.scoreNeed(id) : await this.matching.scoreOffer(id);
      if (superseded === 0) return;
    }
  }
}
