import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../common/clock/clock';
import { derivedId } from '../../derived-id';
import { DeliveryPlanner } from '../../planning/delivery-planner.service';
import { DeliveryKind } from '../../delivery.enums';
import type { ReminderPayload } from './email-deliveries.service';
import type { MatchSide } from '../../../matching/match.enums';
import { MatchStates } from '../../../matching/match-states.service';
import { EMAIL_CHANNEL } from './email.channel';

const UNANSWERED_FOR_MS = 14 * 86_400_000;

/**
 * One reminder for suggestions a side has left unanswered for two weeks: each recipient who
 * got them by e-mail gets one message listing them; each match is reminded of once per side.
 */
@Injectable()
export class ReminderService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly planner: DeliveryPlanner,
    private readonly matchStates: MatchStates,
  ) {}

  /** Plans the reminders that are due; returns how many reminder deliveries it planned. */
  async planDue(): Promise<number> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const unanswered: { match_id: string; side: MatchSide; organization_id: string }[] = [];
      for (const side of ['need', 'offer'] as const) {
        const rows = (await manager.query(
          `SELECT m.id AS match_id, x.organization_id FROM match m JOIN ${side} x ON x.id = m.${side}_id
            WHERE m.status IN ('SUGGESTED', 'INTERESTED') AND m.notified_at <= $1 AND m.${side}_decision IS NULL AND m.${side}_reminded_at IS NULL
              FOR UPDATE OF m SKIP LOCKED`,
          [new Date(now.getTime() - UNANSWERED_FOR_MS)],
        )) as { match_id: string; organization_id: string }[];
        unanswered.push(...rows.map((row) => ({ ...row, side })));
      }
      if (unanswered.length === 0) return 0;
      // Who got each of them by e-mail, and in which delivery (its links answer the suggestion).
      const received = (await manager.query(
        `SELECT id, match_id, organization_id, recipient FROM delivery
          WHERE kind = 'SUGGESTION' AND channel = $2 AND status = 'SENT' AND match_id = ANY($1::uuid[])`,
        [unanswered.map((row) => row.match_id), EMAIL_CHANNEL],
      )) as { id: string; match_id: string; organization_id: string; recipient: string }[];
      const byRecipient = new Map<string, { organizationId: string; recipient: string; items: ReminderPayload['items'] }>();
      for (const row of unanswered) {
        for (const delivery of received.filter((candidate) => candidate.match_id === row.match_id && candidate.organization_id === row.organization_id)) {
          const key = `${delivery.organization_id}\u0000${delivery.recipient}`;
          const entry = byRecipient.get(key) ?? { organizationId: delivery.organization_id, recipient: delivery.recipient, items: [] };
          entry.items.push({ matchId: row.match_id, side: row.side, deliveryId: delivery.id });
          byRecipient.set(key, entry);
        }
      }
      await this.planner.insertDeliveries(
        manager,
        [...byRecipient.values()].map((entry) => ({
          kind: DeliveryKind.REMINDER,
          subject_id: derivedId('reminder', entry.organizationId, entry.recipient, ...entry.items.map((item) => item.matchId).sort()),
          match_id: null,
          organization_id: entry.organizationId,
          channel: EMAIL_CHANNEL,
          recipient: entry.recipient,
          digest: false,
          payload: { items: entry.items } as unknown as Record<string, unknown>,
        })),
      );
      for (const side of ['need', 'offer'] as const) {
        const ids = unanswered.filter((row) => row.side === side).map((row) => row.match_id);
        await this.matchStates.markReminded(manager, side, ids, now);
      }
      return byRecipient.size;
    });
  }
}
