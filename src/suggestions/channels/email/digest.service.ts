import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Clock } from '../../../common/clock/clock';
import { Delivery } from '../../delivery.entity';
import { DeliveryStatus, DigestFrequency } from '../../delivery.enums';
import { DeliveryLease, keepLease } from '../../dispatch/delivery-lease';
import { DeliveryMetrics } from '../../dispatch/delivery-metrics';
import { HandOffLock } from '../../dispatch/hand-off-lock.service';
import { DeliveryFailure } from '../delivery-failure';
import { EMAIL_CHANNEL, EMAIL_MAX_ATTEMPTS } from './email.channel';
import { EmailDeliveries } from './email-deliveries.service';

// Digests go out in the morning, Slovenian time: daily ones each day, weekly ones on Monday.
const DIGEST_HOUR = 7;
const TIME_ZONE = 'Europe/Ljubljana';
const LEASE_MS = 2 * 60_000;

const FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The wall clock in Ljubljana at an instant, as if it were UTC (for date arithmetic). */
function wallClock(instant: Date): number {
  const parts = Object.fromEntries(FORMAT.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/** The instant at which Ljubljana's wall clock shows `local` (read as UTC); DST-safe away from the switch hour. */
function fromWallClock(local: number): Date {
  let guess = local - (wallClock(new Date(local)) - local); // first guess with the offset at `local`
  guess = local - (wallClock(new Date(guess)) - guess); // the offset at the instant itself
  return new Date(guess);
}

/** The start of the digest period that `now` falls in: the latest 07:00, or the latest Monday 07:00, in Ljubljana. */
export function digestPeriodStart(now: Date, frequency: DigestFrequency.DAILY | DigestFrequency.WEEKLY): Date {
  const local = wallClock(now);
  const day = new Date(local);
  let start = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), DIGEST_HOUR);
  if (start > local) start -= 86_400_000;
  if (frequency === DigestFrequency.WEEKLY) start -= ((new Date(start).getUTCDay() + 6) % 7) * 86_400_000; // back to Monday
  return fromWallClock(start);
}

/**
 * Sends each recipient with a daily or weekly preference one message listing the
 * suggestions held for it, once per period. The rows are claimed with a lease while the
 * message goes out, so two workers never send the same digest.
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger(DigestService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly email: EmailDeliveries,
    private readonly metrics: DeliveryMetrics,
    private readonly handOffs: HandOffLock,
  ) {}

  /** Sends the digests that are due; returns how many messages went out. */
  async sendDue(): Promise<number> {
    const now = this.clock.now();
    const recipients = (await this.dataSource.query(
      `SELECT d.organization_id, d.recipient, coalesce(p.frequency, 'IMMEDIATE') AS frequency,
              (SELECT max(s.sent_at) FROM delivery s WHERE s.organization_id = d.organization_id AND s.recipient = d.recipient
                  AND s.digest AND s.status = 'SENT') AS last_sent_at
         FROM delivery d LEFT JOIN suggestion_preferences p ON p.organization_id = d.organization_id
        WHERE d.status = 'PENDING' AND d.digest
        GROUP BY d.organization_id, d.recipient, p.frequency`,
    )) as { organization_id: string; recipient: string; frequency: DigestFrequency; last_sent_at: Date | null }[];
    let sent = 0;
    for (const recipient of recipients) {
      const frequency = recipient.frequency === DigestFrequency.WEEKLY ? DigestFrequency.WEEKLY : DigestFrequency.DAILY;
      if (recipient.last_sent_at && recipient.last_sent_at >= digestPeriodStart(now, frequency)) continue;
      try {
        if (await this.sendOne(recipient.organization_id, recipient.recipient)) sent++;
      } catch (error) {
        // The organization, not the person: a member's address does not go to the logs.
        this.logger.warn(`digest for a member of organization ${recipient.organization_id}: ${error instanceof Error ? error.message : String(error)}; next run retries`);
      }
    }
    return sent;
  }

  /**
   * Claims the recipient's held suggestions with a lease (as the dispatcher does), renewed
   * while the message goes out, sends one message without holding a transaction open, then
   * records each row: sent, skipped (answered meanwhile, or unsubscribed), or pending again
   * after a failure.
   */
  private async sendOne(organizationId: string, recipient: string): Promise<boolean> {
    const lease: DeliveryLease = { until: new Date(this.clock.now().getTime() + LEASE_MS) };
    const [claimed] = (await this.dataSource.query(
      `UPDATE delivery SET status = 'SENDING', lease_until = $3, attempts = attempts + 1, updated_at = now()
        WHERE id IN (SELECT id FROM delivery WHERE organization_id = $1 AND recipient = $2 AND status = 'PENDING' AND digest
                      FOR UPDATE SKIP LOCKED)
        RETURNING id`,
      [organizationId, recipient, lease.until],
    )) as [{ id: string }[], number];
    if (claimed.length === 0) return false;
    const ids = claimed.map((row) => row.id);
    const record = (subset: string[], change: Record<string, unknown>) =>
      subset.length
        ? this.dataSource.getRepository(Delivery).update({ id: In(subset), status: DeliveryStatus.SENDING, leaseUntil: lease.until }, { ...change, leaseUntil: null })
        : Promise.resolve();
    if (!this.email.enabled) {
      await record(ids, { status: DeliveryStatus.SKIPPED, lastError: 'e-mail is off: SMTP_URL is not set' });
      this.metrics.record(EMAIL_CHANNEL, 'skipped', ids.length);
      return false;
    }
    let deliveries: Delivery[] = [];
    try {
      // Read, composed, handed over and recorded under the hand-off lock, as the dispatcher's
      // sends: the rows an erasure deleted or skipped since the claim are left out, and what it
      // erased with them; one that waited for this digest finds its rows recorded as sent.
      return await this.handOffs.whileNoErasure(async () => {
        deliveries = await this.dataSource
          .getRepository(Delivery)
          .find({ where: { id: In(ids), status: DeliveryStatus.SENDING, leaseUntil: lease.until }, order: { createdAt: 'ASC' } });
        if (deliveries.length === 0) return false;
        // Renewed from here (not before the read above, which must see the lease it claimed):
        // a message that takes longer than the lease to go out keeps its rows, and is neither
        // put back to PENDING by the dispatcher's sweep nor sent again by the next run.
        const kept = keepLease(this.dataSource, this.clock, ids, lease, LEASE_MS);
        const { included, unsubscribed } = await this.email.sendDigest(recipient, organizationId, deliveries).finally(() => kept.stop());
        const left = deliveries.map((delivery) => delivery.id).filter((id) => !included.includes(id));
        await record(included, { status: DeliveryStatus.SENT, sentAt: this.clock.now(), lastError: null });
        await record(left, {
          status: DeliveryStatus.SKIPPED,
          lastError: unsubscribed ? 'the address unsubscribed or no longer receives suggestions' : 'the match was answered or expired before the digest',
        });
        this.metrics.record(EMAIL_CHANNEL, 'sent', included.length);
        this.metrics.record(EMAIL_CHANNEL, 'skipped', left.length);
        return included.length > 0;
      });
    } catch (error) {
      const failure = error instanceof DeliveryFailure ? error : new DeliveryFailure(String(error));
      const last = failure.options.permanent || deliveries.some((delivery) => delivery.attempts >= EMAIL_MAX_ATTEMPTS);
      // The next run (a quarter of an hour later) tries again, until the last attempt.
      await record(ids, { status: last ? DeliveryStatus.FAILED : DeliveryStatus.PENDING, lastError: failure.message.slice(0, 1000) });
      this.metrics.record(EMAIL_CHANNEL, last ? 'failed' : 'retried', ids.length);
      throw failure;
    }
  }
}
