import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { NotifiedLoop } from '../../database/notified-loop';
import { MATCHES_SCORED_CHANNEL } from '../../matching/matches-scored.event';
import { DeliveryChannels } from '../channels/delivery-channels';
import { DeliveryFailure } from '../channels/delivery-failure';
import { DELIVERY_CHANNEL } from '../delivery.constants';
import { Delivery } from '../delivery.entity';
import { DeliveryStatus } from '../delivery.enums';
import { DeliveryPlanner } from '../planning/delivery-planner.service';
import { DeliveryMetrics } from './delivery-metrics';
import { DeliveryLease, keepLease } from './delivery-lease';
import { backoffMs } from './delivery-retry';
import { HandOffLock } from './hand-off-lock.service';

const POLL_INTERVAL_MS = 5_000;
// A worker holds a claimed delivery this long and renews it while the send lasts (a send
// takes at most the channel's timeouts, a minute for SMTP): a worker that died mid-send
// loses its deliveries within seconds, not minutes.
const LEASE_MS = 15_000;
// Sends in flight at once per worker, at most one per recipient: a receiver that hangs
// until the timeout holds one of them, and everything else goes on through the others.
const CONCURRENCY = 8;
// While sends are in flight and nothing else is due, the pass looks for new work this often.
const CLAIM_AGAIN_MS = 250;
// Recording an outcome is retried this often (the database connection may have been cut
// just then): a send that happened must not be taken for a failed one and sent again.
const RECORD_ATTEMPTS = 5;
const RECORD_RETRY_MS = 200;

type DeliveryChange = Partial<Pick<Delivery, 'status' | 'sentAt' | 'lastError' | 'lastResponseStatus' | 'nextAttemptAt'>>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Batches of pairs planned before their live messages are sent: 2,000 pairs a round.
const PLAN_ROUND_BATCHES = 10;

/**
 * The worker side of delivery: plans suggestions for new matches, then sends what is due
 * through each delivery's channel. Woken by NOTIFY when something is planned, polling as the
 * safety net, and at the time the next retry falls due. Deliveries are claimed with a lease
 * (several workers never send the same one at once), several at a time but one at a time per
 * recipient; a failure is retried with backoff on the Clock until the channel's last
 * attempt, and a recipient that could not be reached (no answer, connection refused) gets
 * its other deliveries held back until that retry instead of waiting out its timeout for
 * each. A worker killed between sending and recording may send a message twice: the one
 * at-least-once gap a remote channel leaves; receivers dedupe webhooks by event id.
 * A send, from its last look at the row through composing, handing over and recording,
 * holds the hand-off lock (HandOffLock): nothing of an organization goes out once its
 * erasure has committed.
 */
@Injectable()
export class DeliveryDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeliveryDispatcher.name);
  private readonly loop: NotifiedLoop;
  private readonly retryBaseMs: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly planner: DeliveryPlanner,
    private readonly channels: DeliveryChannels,
    private readonly metrics: DeliveryMetrics,
    private readonly handOffs: HandOffLock,
  ) {
    this.retryBaseMs = config.deliveryRetryBaseMs;
    this.loop = new NotifiedLoop({
      name: 'delivery pass',
      databaseUrl: config.databaseUrl,
      // New matches worth sending are planned; planned deliveries are sent.
      channels: [MATCHES_SCORED_CHANNEL, DELIVERY_CHANNEL],
      pollIntervalMs: POLL_INTERVAL_MS,
      run: (stopping) => this.pass(stopping),
    });
  }

  onApplicationBootstrap() {
    return this.loop.start();
  }

  onApplicationShutdown() {
    return this.loop.stop();
  }

  /**
   * Plans what new matches call for, sends the live channels' messages, then everything due;
   * once `stopping` is aborted, it plans and claims no more.
   */
  async pass(stopping?: AbortSignal): Promise<void> {
    // In rounds: a lowered sending threshold or an import can leave hundreds of thousands of
    // pairs to plan, whose live messages would otherwise all be held at once.
    for (;;) {
      const { live, more } = await this.planner.planSuggestions(stopping, { maxBatches: PLAN_ROUND_BATCHES });
      for (const { channel, message } of live) {
        await this.channels
          .get(channel)!
          .send(message)
          .catch((error: unknown) => this.logger.warn(`${channel} for organization ${message.organizationId}: ${String(error)}`));
      }
      if (!more || stopping?.aborted) break;
    }
    await this.dispatchDue(stopping);
  }

  /** Sends every delivery due by the Clock (none more once `stopping` is aborted); returns how many it attempted. */
  async dispatchDue(stopping?: AbortSignal): Promise<number> {
    await this.dataSource.query(`UPDATE delivery SET status = 'PENDING', lease_until = NULL WHERE status = 'SENDING' AND lease_until < $1`, [this.clock.now()]);
    let attempted = 0;
    // `${channel} ${recipient}` of the sends in flight: their other deliveries wait for them.
    const busy = new Set<string>();
    const inFlight = new Set<Promise<void>>();
    try {
      for (;;) {
        while (inFlight.size < CONCURRENCY && !stopping?.aborted) {
          const claimed = await this.claim([...busy]);
          if (!claimed) break;
          attempted++;
          const key = `${claimed.delivery.channel} ${claimed.delivery.recipient}`;
          busy.add(key);
          const sending: Promise<void> = this.send(claimed.delivery, claimed.lease)
            .catch((error: unknown) => this.logger.error(`delivery ${claimed.delivery.id}: ${error instanceof Error ? error.message : String(error)}`))
            .finally(() => {
              busy.delete(key);
              inFlight.delete(sending);
            });
          inFlight.add(sending);
        }
        if (inFlight.size === 0) break;
        // A send ended (its recipient may have more due), or new work may have been planned meanwhile.
        await Promise.race([...inFlight, sleep(CLAIM_AGAIN_MS)]);
      }
    } finally {
      // A claim that failed (the database went away) still lets the sends in flight finish and record.
      await Promise.all(inFlight);
    }
    await this.wakeForNextRetry();
    return attempted;
  }

  /**
   * Claims the next due delivery for this worker, one at a time, so that a lease never runs
   * out while the delivery waits behind slow others; none for a recipient in `busy`.
   */
  private async claim(busy: string[]): Promise<{ delivery: Delivery; lease: DeliveryLease } | null> {
    const now = this.clock.now();
    const lease = { until: new Date(now.getTime() + LEASE_MS) };
    const [rows] = (await this.dataSource.query(
      `UPDATE delivery SET status = 'SENDING', lease_until = $2, attempts = attempts + 1, updated_at = now()
        WHERE id = (SELECT id FROM delivery WHERE status = 'PENDING' AND NOT digest AND next_attempt_at <= $1
                       AND NOT (channel || ' ' || recipient = ANY($3::text[]))
                     ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
      [now, lease.until, busy],
    )) as [{ id: string }[], number];
    if (rows.length === 0) return null;
    const id = rows[0].id;
    try {
      return { delivery: await this.dataSource.getRepository(Delivery).findOneByOrFail({ id }), lease };
    } catch (error) {
      // Claimed but not readable (the connection was cut just then): give it back at once
      // rather than leave it to the lease, and without counting an attempt.
      await this.withRetries(`give back delivery ${id}`, async () => {
        await this.dataSource.query(
          `UPDATE delivery SET status = 'PENDING', lease_until = NULL, attempts = attempts - 1 WHERE id = $1 AND status = 'SENDING' AND lease_until = $2`,
          [id, lease.until],
        );
      });
      throw error;
    }
  }

  private async send(delivery: Delivery, lease: DeliveryLease): Promise<void> {
    const channel = this.channels.get(delivery.channel);
    const kept = keepLease(this.dataSource, this.clock, [delivery.id], lease, LEASE_MS);
    /** Stops renewing the lease, then records the outcome (the lease it must match is the last renewal's). */
    const finish = async (change: DeliveryChange) => {
      await kept.stop();
      await this.withRetries(`record delivery ${delivery.id}`, () => this.record(delivery, lease, change));
    };
    try {
      if (!channel) throw new DeliveryFailure(`no channel ${delivery.channel} in this process`, { permanent: true });
      // Composed, handed over and recorded under the hand-off lock, after a last look at the
      // row: an erasure that committed since the claim deleted it (its organization's) or
      // skipped it (about that organization), and nothing of what it erased goes out; one that
      // waited for this send finds it recorded as sent, not still to send.
      await this.handOffs.whileNoErasure(async () => {
        if (!(await this.stillToSend(delivery))) return;
        const outcome = await channel.send(delivery);
        this.metrics.record(delivery.channel, outcome.status === 'SKIPPED' ? 'skipped' : 'sent');
        await finish(
          outcome.status === 'SKIPPED'
            ? { status: DeliveryStatus.SKIPPED, lastError: outcome.reason }
            : { status: DeliveryStatus.SENT, sentAt: this.clock.now(), lastError: null, lastResponseStatus: outcome.responseStatus ?? null },
        );
      });
    } catch (error) {
      const failure = error instanceof DeliveryFailure ? error : new DeliveryFailure(error instanceof Error ? error.message : String(error));
      const last = failure.options.permanent || delivery.attempts >= (channel?.maxAttempts ?? 1);
      this.logger.warn(`delivery ${delivery.id} (${delivery.channel}, attempt ${delivery.attempts}) failed: ${failure.message}${last ? '; giving up' : ''}`);
      this.metrics.record(delivery.channel, last ? 'failed' : 'retried');
      const nextAttemptAt = last ? undefined : new Date(this.clock.now().getTime() + backoffMs(delivery.attempts, this.retryBaseMs));
      await finish({
        status: last ? DeliveryStatus.FAILED : DeliveryStatus.PENDING,
        lastError: failure.message.slice(0, 1000),
        lastResponseStatus: failure.options.responseStatus ?? null,
        nextAttemptAt,
      });
      // The channel could not reach the recipient at all (as opposed to an answer about this message).
      if (nextAttemptAt && error instanceof DeliveryFailure && failure.options.responseStatus === undefined) {
        await this.withRetries(`hold back deliveries to ${delivery.recipient}`, () => this.holdBack(delivery, nextAttemptAt));
      }
    } finally {
      // Also when the row was no longer this worker's (stillToSend): whoever changed it recorded it.
      await kept.stop();
    }
  }

  /**
   * Whether the claimed delivery is still this worker's to send. Not when an erasure deleted it
   * or skipped it (recorded as skipped: counted so), nor when it went back to PENDING after its
   * lease ran out (another worker sends it).
   */
  private async stillToSend(delivery: Delivery): Promise<boolean> {
    const [row] = (await this.dataSource.query(`SELECT status FROM delivery WHERE id = $1`, [delivery.id])) as { status: DeliveryStatus }[];
    if (row?.status === DeliveryStatus.SENDING) return true;
    if (row?.status !== DeliveryStatus.PENDING) this.metrics.record(delivery.channel, 'skipped');
    this.logger.log(`delivery ${delivery.id}: ${row ? `${row.status.toLowerCase()} meanwhile` : 'erased with its organization'}; not sent`);
    return false;
  }

  /** Records the outcome, unless the lease ran out and another worker took the delivery over, or an erasure skipped or deleted it. */
  private async record(delivery: Delivery, lease: DeliveryLease, change: DeliveryChange): Promise<void> {
    const result = await this.dataSource
      .getRepository(Delivery)
      .update({ id: delivery.id, status: DeliveryStatus.SENDING, leaseUntil: lease.until }, { ...change, leaseUntil: null });
    if (!result.affected) this.logger.warn(`delivery ${delivery.id}: not recorded: its lease ran out while sending (another worker took it over), or an erasure skipped or deleted it`);
  }

  /** The recipient's other deliveries wait for the retry of the one that could not reach it (no attempt is counted for them). */
  private async holdBack(delivery: Delivery, until: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE delivery SET next_attempt_at = $3, updated_at = now()
        WHERE channel = $1 AND recipient = $2 AND status = 'PENDING' AND NOT digest AND next_attempt_at < $3`,
      [delivery.channel, delivery.recipient, until],
    );
  }

  private async withRetries(what: string, work: () => Promise<void>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (error) {
        if (attempt >= RECORD_ATTEMPTS) {
          this.logger.error(`${what}: ${error instanceof Error ? error.message : String(error)}; left to the lease`);
          return;
        }
        await sleep(RECORD_RETRY_MS * attempt);
      }
    }
  }

  /** Wakes the loop when the earliest retry falls due, if that is sooner than the next poll. */
  private async wakeForNextRetry(): Promise<void> {
    const [next] = (await this.dataSource.query(
      `SELECT min(next_attempt_at) AS at FROM delivery WHERE status = 'PENDING' AND NOT digest`,
    )) as { at: Date | null }[];
    if (!next?.at) return;
    const delayMs = next.at.getTime() - this.clock.now().getTime();
    if (delayMs < POLL_INTERVAL_MS) this.loop.wakeIn(Math.max(delayMs, CLAIM_AGAIN_MS));
  }
}
