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
import { retryDelayMs } from './delivery-retry';

const POLL_INTERVAL_MS = 5_000;
// A worker holds a claimed delivery this long; one that died mid-send loses it then.
const LEASE_MS = 2 * 60_000;

/**
 * The worker side of delivery: plans suggestions for new matches, then sends what is due
 * through each delivery's channel. Woken by NOTIFY when something is planned, polling as the
 * safety net. Deliveries are claimed with a lease (several workers never send the same
 * one at once); a failure is retried with backoff on the Clock until the channel's last
 * attempt. A worker killed between sending and recording may send a message twice: the
 * one at-least-once gap a remote channel leaves; receivers dedupe webhooks by event id.
 */
@Injectable()
export class DeliveryDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeliveryDispatcher.name);
  private readonly loop: NotifiedLoop;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly planner: DeliveryPlanner,
    private readonly channels: DeliveryChannels,
    private readonly metrics: DeliveryMetrics,
  ) {
    this.loop = new NotifiedLoop({
      name: 'delivery pass',
      databaseUrl: config.databaseUrl,
      // New matches worth sending are planned; planned deliveries are sent.
      channels: [MATCHES_SCORED_CHANNEL, DELIVERY_CHANNEL],
      pollIntervalMs: POLL_INTERVAL_MS,
      run: () => this.pass(),
    });
  }

  onApplicationBootstrap() {
    return this.loop.start();
  }

  onApplicationShutdown() {
    return this.loop.stop();
  }

  /** Plans what new matches call for, sends the live channels' messages, then everything due. */
  async pass(): Promise<void> {
    for (const { channel, message } of await this.planner.planSuggestions()) {
      await this.channels
        .get(channel)!
        .send(message)
        .then(
          (outcome) => this.metrics.record(channel, outcome.status === 'SKIPPED' ? 'skipped' : 'sent'),
          (error: unknown) => {
            this.logger.warn(`${channel} for organization ${message.organizationId}: ${String(error)}`);
            this.metrics.record(channel, 'failed');
          },
        );
    }
    await this.dispatchDue();
  }

  /** Sends every delivery due by the Clock; returns how many it attempted. */
  async dispatchDue(): Promise<number> {
    await this.dataSource.query(`UPDATE delivery SET status = 'PENDING', lease_until = NULL WHERE status = 'SENDING' AND lease_until < $1`, [this.clock.now()]);
    let attempted = 0;
    for (let claimed = await this.claim(); claimed; claimed = await this.claim()) {
      await this.send(claimed.delivery, claimed.lease);
      attempted++;
    }
    return attempted;
  }

  /**
   * Claims the next due delivery for this worker, one at a time, so that a lease never runs
   * out while the delivery waits behind slow others (a send takes at most the channel's
   * timeouts, well under the lease).
   */
  private async claim(): Promise<{ delivery: Delivery; lease: Date } | null> {
    const now = this.clock.now();
    const lease = new Date(now.getTime() + LEASE_MS);
    const [rows] = (await this.dataSource.query(
      `UPDATE delivery SET status = 'SENDING', lease_until = $2, attempts = attempts + 1, updated_at = now()
        WHERE id = (SELECT id FROM delivery WHERE status = 'PENDING' AND NOT digest AND next_attempt_at <= $1
                     ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
      [now, lease],
    )) as [{ id: string }[], number];
    if (rows.length === 0) return null;
    const delivery = await this.dataSource.getRepository(Delivery).findOneByOrFail({ id: rows[0].id });
    return { delivery, lease };
  }

  private async send(delivery: Delivery, lease: Date): Promise<void> {
    const channel = this.channels.get(delivery.channel);
    try {
      if (!channel) throw new DeliveryFailure(`no channel ${delivery.channel} in this process`, { permanent: true });
      const outcome = await channel.send(delivery);
      this.metrics.record(delivery.channel, outcome.status === 'SKIPPED' ? 'skipped' : 'sent');
      if (outcome.status === 'SKIPPED') await this.record(delivery, lease, { status: DeliveryStatus.SKIPPED, lastError: outcome.reason });
      else await this.record(delivery, lease, { status: DeliveryStatus.SENT, sentAt: this.clock.now(), lastError: null, lastResponseStatus: outcome.responseStatus ?? null });
    } catch (error) {
      const failure = error instanceof DeliveryFailure ? error : new DeliveryFailure(error instanceof Error ? error.message : String(error));
      const last = failure.options.permanent || delivery.attempts >= (channel?.maxAttempts ?? 1);
      this.logger.warn(`delivery ${delivery.id} (${delivery.channel}, attempt ${delivery.attempts}) failed: ${failure.message}${last ? '; giving up' : ''}`);
      this.metrics.record(delivery.channel, last ? 'failed' : 'retried');
      await this.record(delivery, lease, {
        status: last ? DeliveryStatus.FAILED : DeliveryStatus.PENDING,
        lastError: failure.message.slice(0, 1000),
        lastResponseStatus: failure.options.responseStatus ?? null,
        nextAttemptAt: last ? undefined : new Date(this.clock.now().getTime() + retryDelayMs(delivery.attempts)),
      });
    }
  }

  /** Records the outcome, unless the lease ran out and another worker took the delivery over. */
  private async record(
    delivery: Delivery,
    lease: Date,
    change: Partial<Pick<Delivery, 'status' | 'sentAt' | 'lastError' | 'lastResponseStatus' | 'nextAttemptAt'>>,
  ): Promise<void> {
    const result = await this.dataSource
      .getRepository(Delivery)
      .update({ id: delivery.id, status: DeliveryStatus.SENDING, leaseUntil: lease }, { ...change, leaseUntil: null });
    if (!result.affected) this.logger.warn(`delivery ${delivery.id}: its lease ran out while sending; another worker took it over`);
  }
}
