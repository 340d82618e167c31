import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { Delivery } from './delivery.entity';
import { DeliveryStatus, DigestFrequency } from './delivery.enums';
import { EmailDeliveries } from './email/email-deliveries.service';

// Digests go out in the morning, Slovenian time: daily ones each day, weekly ones on Monday.
const DIGEST_HOUR = 7;
const TIME_ZONE = 'Europe/Ljubljana';

/** The start of the digest period that `now` falls in (the latest 07:00, or Monday 07:00). */
export function digestPeriodStart(now: Date, frequency: DigestFrequency.DAILY | DigestFrequency.WEEKLY): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', weekday: 'short' })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  const wallClock = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  const offset = wallClock - Math.floor(now.getTime() / 1000) * 1000; // Ljubljana's offset from UTC now
  let start = Date.UTC(+parts.year, +parts.month - 1, +parts.day, DIGEST_HOUR);
  if (+parts.hour < DIGEST_HOUR) start -= 86_400_000;
  if (frequency === DigestFrequency.WEEKLY) {
    const weekday = new Date(start).getUTCDay(); // of the local date the period starts on
    start -= ((weekday + 6) % 7) * 86_400_000; // back to Monday
  }
  return new Date(start - offset);
}

/**
 * Sends each recipient with a daily or weekly preference one message listing the
 * suggestions held for it, once per period. The rows are locked while the message goes
 * out and marked sent with it, so two workers never send the same digest.
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger(DigestService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly email: EmailDeliveries,
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
        this.logger.warn(`digest to ${recipient.recipient}: ${error instanceof Error ? error.message : String(error)}; next run retries`);
      }
    }
    return sent;
  }

  private async sendOne(organizationId: string, recipient: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const deliveries = await manager.getRepository(Delivery).find({
        where: { organizationId, recipient, status: DeliveryStatus.PENDING, digest: true },
        order: { createdAt: 'ASC' },
        lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
      });
      if (deliveries.length === 0) return false;
      const ids = deliveries.map((delivery) => delivery.id);
      if (!this.email.enabled) {
        await manager.query(`UPDATE delivery SET status = 'SKIPPED', last_error = 'e-mail is off: SMTP_URL is not set', updated_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
        return false;
      }
      const outcome = await this.email.sendDigest(recipient, organizationId, deliveries);
      await manager.query(
        `UPDATE delivery SET status = $2::delivery_status, attempts = attempts + 1,
                sent_at = CASE WHEN $2::delivery_status = 'SENT' THEN $3::timestamptz END,
                last_error = CASE WHEN $2::delivery_status = 'SKIPPED' THEN 'the matches were answered or expired before the digest' END, updated_at = now()
          WHERE id = ANY($1::uuid[])`,
        [ids, outcome === 'sent' ? DeliveryStatus.SENT : DeliveryStatus.SKIPPED, this.clock.now()],
      );
      return outcome === 'sent';
    });
  }
}
