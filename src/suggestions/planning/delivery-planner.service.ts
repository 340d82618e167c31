import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { MatchSide } from '../../matching/match.enums';
import { MatchStates } from '../../matching/match-states.service';
import { MATCHING_CONFIG } from '../../matching/matching.queue';
import type { MatchingConfig } from '../../matching/scoring/matching-config';
import { SENDING_THRESHOLD_MIN } from '../../matching/sending-threshold';
import { OutgoingMessage, PlanningContext, SuggestionEvent } from '../channels/delivery-channel';
import { DeliveryChannels } from '../channels/delivery-channels';
import { DELIVERY_CHANNEL } from '../delivery.constants';
import { DeliveryKind } from '../delivery.enums';

const BATCH = 200;

/** A row of `delivery` to insert: one message to one recipient over one recorded channel. */
export interface PlannedDelivery {
  kind: DeliveryKind;
  subject_id: string;
  match_id: string | null;
  organization_id: string;
  channel: string;
  recipient: string;
  digest: boolean;
  payload: Record<string, unknown>;
}

/** What an event other than a suggestion is about, and whom it tells (planEvent). */
export interface EventSubject {
  subjectId: string;
  matchId: string | null;
  organizations: { id: string; side: MatchSide }[];
  data: Record<string, unknown>;
  /** For MATCH_ACCEPTED: the side that has not answered yet, told at once. */
  undecidedSide?: MatchSide;
}

/** A message of a live channel, to send once the planning transaction committed. */
export interface LiveMessage {
  channel: string;
  message: OutgoingMessage;
}

interface SuggestionRow {
  id: string;
  score: number;
  need_id: string;
  offer_id: string;
  need_organization_id: string;
  offer_organization_id: string;
  need_themes: string[];
  offer_themes: string[];
  need_decision: string | null;
  offer_decision: string | null;
  need_municipality: string;
  offer_municipality: string;
  offer_service_area: string[];
}

/**
 * Decides who hears of what, over which channel: asks every channel what an event calls
 * for and writes the recorded ones as delivery rows (the outbox of every channel); never
 * sends. The unique key of `delivery` makes planning the same thing twice a no-op, and a
 * match is marked notified in the same transaction as its deliveries.
 */
@Injectable()
export class DeliveryPlanner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MATCHING_CONFIG) private readonly matchingConfig: MatchingConfig,
    private readonly clock: Clock,
    private readonly channels: DeliveryChannels,
    private readonly matchStates: MatchStates,
  ) {}

  /**
   * Plans the suggestions of matches that reached the sending threshold in force and were
   * not handed to delivery yet (a threshold the hub lowered reaches stored pairs at once); returns the live channels' messages, to send after the commit,
   * and whether `maxBatches` left some unplanned (a round's worth at a time keeps a large backlog's messages out of memory). Several
   * workers may run it at once. Once `stopping` is aborted it ends after the batch in hand
   * (an import can leave hundreds of thousands to plan: a worker told to stop must not
   * finish them first).
   */
  async planSuggestions(stopping?: AbortSignal, options: { maxBatches?: number } = {}): Promise<{ live: LiveMessage[]; more: boolean }> {
    const live: LiveMessage[] = [];
    for (let batches = 1; ; batches++) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const rows = (await manager.query(
          `SELECT m.id, m.score, m.need_id, m.offer_id, n.organization_id AS need_organization_id, o.organization_id AS offer_organization_id,
                  coalesce(n.match_theme_codes, n.theme_codes) AS need_themes, coalesce(o.match_theme_codes, o.theme_codes) AS offer_themes,
                  m.need_decision, m.offer_decision, n.municipality_code AS need_municipality, o.municipality_code AS offer_municipality, o.service_area_codes AS offer_service_area
             FROM match m JOIN need n ON n.id = m.need_id JOIN offer o ON o.id = m.offer_id
            WHERE m.notified_at IS NULL AND m.status IN ('SUGGESTED', 'INTERESTED')
              -- The threshold in force as committed, not this process's copy of it: the hub's
              -- change holds from the moment it commits, even before the cache hears of it.
              AND m.score >= coalesce((SELECT sending_threshold FROM matching_settings WHERE id = 1), $1)
              -- No threshold is under it (sending-threshold.ts): said so that match_unnotified_idx, which starts there, is used.
              AND m.score >= ${SENDING_THRESHOLD_MIN}
            ORDER BY m.score DESC LIMIT $2
              FOR UPDATE OF m SKIP LOCKED`,
          [this.matchingConfig.sendingThreshold, BATCH],
        )) as SuggestionRow[];
        if (rows.length === 0) return 0;
        const context = this.context(manager);
        const events: SuggestionEvent[] = [];
        for (const row of rows) {
          for (const side of ['need', 'offer'] as const) {
            if ((side === 'need' ? row.need_decision : row.offer_decision) !== null) continue; // that side already answered
            events.push(this.suggestionEvent(row, side));
          }
        }
        live.push(...(await this.planEvents(context, events)));
        await this.matchStates.markNotified(
          manager,
          rows.map((row) => row.id),
          this.clock.now(),
        );
        return rows.length;
      });
      if (batch < BATCH || stopping?.aborted) return { live, more: false };
      // Enough for one round: the caller sends these live messages before planning more.
      if (batches >= (options.maxBatches ?? Infinity)) return { live, more: true };
    }
  }

  /**
   * Plans an event about a match, a partnership or a response for the organizations given,
   * inside the caller's transaction, so that it exists exactly when the decision does. Only
   * recorded channels carry these.
   */
  async planEvent(manager: EntityManager, kind: Exclude<SuggestionEvent['kind'], DeliveryKind.SUGGESTION>, subject: EventSubject): Promise<void> {
    await this.planEventsOf(manager, kind, [subject]);
  }

  /** planEvent for several subjects of one kind at once (the responses of needs that expired together): one planning pass. */
  async planEventsOf(manager: EntityManager, kind: Exclude<SuggestionEvent['kind'], DeliveryKind.SUGGESTION>, subjects: EventSubject[]): Promise<void> {
    const events = subjects.flatMap((subject) =>
      subject.organizations.map(
        ({ id, side }): SuggestionEvent => ({
          kind,
          subjectId: subject.subjectId,
          matchId: subject.matchId,
          organizationId: id,
          side,
          data: subject.data,
          awaitsAnswer: side === subject.undecidedSide,
        }),
      ),
    );
    if (events.length) await this.planEvents(this.context(manager), events, { recordedOnly: true });
  }

  /**
   * Inserts deliveries (those already planned are left alone) and wakes the dispatcher at
   * commit; returns the ids of those it inserted.
   */
  async insertDeliveries(manager: EntityManager, deliveries: PlannedDelivery[]): Promise<string[]> {
    if (deliveries.length === 0) return [];
    const inserted = (await manager.query(
      `INSERT INTO delivery (kind, subject_id, match_id, organization_id, channel, recipient, digest, payload, next_attempt_at)
       SELECT kind::delivery_kind, subject_id, match_id, organization_id, channel, recipient, digest, payload, $2
         FROM jsonb_to_recordset($1::jsonb) AS d(kind text, subject_id uuid, match_id uuid, organization_id uuid, channel text,
              recipient text, digest boolean, payload jsonb)
       ON CONFLICT (kind, subject_id, channel, recipient, organization_id) DO NOTHING
       RETURNING id`,
      [JSON.stringify(deliveries), this.clock.now()],
    )) as { id: string }[];
    await manager.query('SELECT pg_notify($1, $2)', [DELIVERY_CHANNEL, 'planned']);
    return inserted.map((row) => row.id);
  }

  /** Nothing still waiting for this recipient on this channel is sent (they unsubscribed, say). */
  async cancelPending(manager: EntityManager, where: { organizationId: string; channel: string; recipient: string }, reason: string): Promise<void> {
    await manager.query(
      `UPDATE delivery SET status = 'SKIPPED', last_error = $4, updated_at = now()
        WHERE organization_id = $1 AND recipient = $2 AND channel = $3 AND status = 'PENDING'`,
      [where.organizationId, where.recipient, where.channel, reason],
    );
  }

  /** Asks every channel about every event; stores the recorded messages, returns the live ones. */
  private async planEvents(context: PlanningContext, events: SuggestionEvent[], options: { recordedOnly?: boolean } = {}): Promise<LiveMessage[]> {
    const recorded: PlannedDelivery[] = [];
    const live: LiveMessage[] = [];
    const now = this.clock.now();
    for (const event of events) {
      for (const channel of this.channels.all) {
        if (options.recordedOnly && channel.mode === 'live') continue;
        for (const message of await channel.plan(event, context)) {
          const base = { kind: event.kind, subject_id: event.subjectId, match_id: event.matchId, organization_id: event.organizationId };
          if (channel.mode === 'recorded') {
            recorded.push({ ...base, channel: channel.name, recipient: message.recipient, digest: message.digest ?? false, payload: message.payload });
          } else {
            live.push({
              channel: channel.name,
              message: { id: event.subjectId, kind: event.kind, subjectId: event.subjectId, matchId: event.matchId, organizationId: event.organizationId, recipient: message.recipient, payload: message.payload, createdAt: now },
            });
          }
        }
      }
    }
    await this.insertDeliveries(context.manager, recorded);
    return live;
  }

  private suggestionEvent(row: SuggestionRow, side: MatchSide): SuggestionEvent {
    return {
      kind: DeliveryKind.SUGGESTION,
      subjectId: row.id,
      matchId: row.id,
      organizationId: side === 'need' ? row.need_organization_id : row.offer_organization_id,
      side,
      data: { matchId: row.id, needId: row.need_id, offerId: row.offer_id, score: row.score },
      suggestion: {
        score: row.score,
        otherThemes: side === 'need' ? row.offer_themes : row.need_themes,
        otherPlaces: side === 'need' ? [row.offer_municipality, ...row.offer_service_area] : [row.need_municipality],
      },
    };
  }

  private context(manager: EntityManager): PlanningContext {
    const loaded = new Map<string, Promise<unknown>>();
    return {
      manager,
      once<T>(key: string, load: () => Promise<T>): Promise<T> {
        if (!loaded.has(key)) loaded.set(key, load());
        return loaded.get(key) as Promise<T>;
      },
    };
  }
}
