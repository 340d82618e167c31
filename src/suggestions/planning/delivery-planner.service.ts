import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { DEFAULT_MATCHING_CONFIG } from '../../matching/scoring/matching-config';
import { WebhookEvent } from '../channels/webhook/webhook.entity';
import { DELIVERY_CHANNEL } from '../delivery.constants';
import { DeliveryChannel, DeliveryKind, DigestFrequency } from '../delivery.enums';
import type { Side } from '../channels/email/message-composer.service';
import { Recipients } from '../preferences/recipients.service';
import type { WebhookPayload } from '../channels/webhook/webhook-payload';

const BATCH = 200;

export interface PlannedDelivery {
  kind: DeliveryKind;
  subject_id: string;
  match_id: string | null;
  organization_id: string;
  channel: DeliveryChannel;
  recipient: string;
  digest: boolean;
  payload: Record<string, unknown>;
}

interface Audience {
  frequency: DigestFrequency;
  minScore: number | null;
  themeCodes: string[];
  municipalityCodes: string[];
  /** Lower-case addresses: the organization's contact and its members who opted in, minus those who unsubscribed. */
  emails: string[];
  /** Active webhooks and the events each wants. */
  webhooks: { id: string; events: WebhookEvent[] }[];
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

/** A suggestion planned for one organization, for the in-app subscription. */
export interface PlannedSuggestion {
  organizationId: string;
  matchId: string;
}

/**
 * Decides who hears of what: writes delivery rows (the outbox of every channel), never
 * sends. The unique key of `delivery` makes planning the same thing twice a no-op, and a
 * match is marked notified in the same transaction as its deliveries.
 */
@Injectable()
export class DeliveryPlanner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly recipients: Recipients,
  ) {}

  /**
   * Plans the suggestions of matches that reached the sending threshold and were not handed
   * to delivery yet; returns them for the subscription. Several workers may run it at once.
   */
  async planSuggestions(): Promise<PlannedSuggestion[]> {
    const planned: PlannedSuggestion[] = [];
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const rows = (await manager.query(
          `SELECT m.id, m.score, m.need_id, m.offer_id, n.organization_id AS need_organization_id, o.organization_id AS offer_organization_id,
                  coalesce(n.match_theme_codes, n.theme_codes) AS need_themes, coalesce(o.match_theme_codes, o.theme_codes) AS offer_themes,
                  m.need_decision, m.offer_decision, n.municipality_code AS need_municipality, o.municipality_code AS offer_municipality, o.service_area_codes AS offer_service_area
             FROM match m JOIN need n ON n.id = m.need_id JOIN offer o ON o.id = m.offer_id
            WHERE m.notified_at IS NULL AND m.status IN ('SUGGESTED', 'INTERESTED') AND m.score >= $1
            ORDER BY m.score DESC LIMIT $2
              FOR UPDATE OF m SKIP LOCKED`,
          [DEFAULT_MATCHING_CONFIG.sendingThreshold, BATCH],
        )) as SuggestionRow[];
        if (rows.length === 0) return 0;
        const audiences = new Map<string, Audience>();
        const deliveries: PlannedDelivery[] = [];
        for (const row of rows) {
          for (const side of ['need', 'offer'] as const) {
            if ((side === 'need' ? row.need_decision : row.offer_decision) !== null) continue; // that side already answered
            const organizationId = side === 'need' ? row.need_organization_id : row.offer_organization_id;
            const audience = await this.audience(manager, organizationId, audiences);
            planned.push({ organizationId, matchId: row.id });
            deliveries.push(...this.suggestionDeliveries(row, side, organizationId, audience));
          }
        }
        await this.insertDeliveries(manager, deliveries);
        await manager.query(`UPDATE match SET notified_at = $2 WHERE id = ANY($1::uuid[])`, [rows.map((row) => row.id), this.clock.now()]);
        return rows.length;
      });
      if (batch < BATCH) return planned;
    }
  }

  /**
   * Plans an event about a match for both organizations (webhooks; e-mail too for a formed
   * partnership), inside the caller's transaction, so that it exists exactly when the
   * decision does.
   */
  async planMatchEvent(
    manager: EntityManager,
    event: WebhookEvent.MATCH_ACCEPTED | WebhookEvent.PARTNERSHIP_FORMED,
    subject: {
      subjectId: string;
      matchId: string | null;
      organizations: { id: string; side: Side }[];
      data: Record<string, unknown>;
      /** For MATCH_ACCEPTED: the side that has not answered yet, told by e-mail. */
      undecidedSide?: Side;
    },
  ): Promise<void> {
    const kind = event === WebhookEvent.MATCH_ACCEPTED ? DeliveryKind.MATCH_ACCEPTED : DeliveryKind.PARTNERSHIP_FORMED;
    const audiences = new Map<string, Audience>();
    const deliveries: PlannedDelivery[] = [];
    for (const { id: organizationId, side } of subject.organizations) {
      const audience = await this.audience(manager, organizationId, audiences);
      const base = { kind, subject_id: subject.subjectId, match_id: subject.matchId, organization_id: organizationId, digest: false };
      for (const webhook of audience.webhooks.filter((hook) => hook.events.includes(event))) {
        const payload: WebhookPayload = { event, data: { ...subject.data, organizationId, side } };
        deliveries.push({ ...base, channel: DeliveryChannel.WEBHOOK, recipient: webhook.id, payload: payload as unknown as Record<string, unknown> });
      }
      // People hear of a partnership (with the contacts) whatever their digest setting; and a
      // side still to answer hears at once that the other side accepted (unless it wants no e-mail).
      const tell = kind === DeliveryKind.PARTNERSHIP_FORMED || (side === subject.undecidedSide && audience.frequency !== DigestFrequency.NEVER);
      if (tell) {
        for (const email of audience.emails) deliveries.push({ ...base, channel: DeliveryChannel.EMAIL, recipient: email, payload: { side } });
      }
    }
    await this.insertDeliveries(manager, deliveries);
  }

  private suggestionDeliveries(row: SuggestionRow, side: Side, organizationId: string, audience: Audience): PlannedDelivery[] {
    const base = { kind: DeliveryKind.SUGGESTION, subject_id: row.id, match_id: row.id, organization_id: organizationId };
    const deliveries: PlannedDelivery[] = [];
    const payload: WebhookPayload = {
      event: WebhookEvent.SUGGESTION_CREATED,
      data: { matchId: row.id, needId: row.need_id, offerId: row.offer_id, score: row.score, organizationId, side },
    };
    for (const webhook of audience.webhooks.filter((hook) => hook.events.includes(WebhookEvent.SUGGESTION_CREATED))) {
      deliveries.push({ ...base, channel: DeliveryChannel.WEBHOOK, recipient: webhook.id, digest: false, payload: payload as unknown as Record<string, unknown> });
    }
    if (audience.frequency !== DigestFrequency.NEVER && this.wanted(row, side, audience)) {
      const digest = audience.frequency !== DigestFrequency.IMMEDIATE;
      for (const email of audience.emails) deliveries.push({ ...base, channel: DeliveryChannel.EMAIL, recipient: email, digest, payload: { side } });
    }
    return deliveries;
  }

  /** The organization's preferences: a minimum score, and themes and places of interest for the other side. */
  private wanted(row: SuggestionRow, side: Side, audience: Audience): boolean {
    if (audience.minScore !== null && row.score < audience.minScore) return false;
    const otherThemes = side === 'need' ? row.offer_themes : row.need_themes;
    if (audience.themeCodes.length > 0 && !audience.themeCodes.some((code) => otherThemes.includes(code))) return false;
    const otherPlaces = side === 'need' ? [row.offer_municipality, ...row.offer_service_area] : [row.need_municipality];
    if (audience.municipalityCodes.length > 0 && !audience.municipalityCodes.some((code) => otherPlaces.includes(code))) return false;
    return true;
  }

  private async audience(manager: EntityManager, organizationId: string, cache: Map<string, Audience>): Promise<Audience> {
    const cached = cache.get(organizationId);
    if (cached) return cached;
    const preferences = await this.recipients.preferences(organizationId, manager);
    const webhooks = (await manager.query(`SELECT id, events::text[] AS events FROM webhook WHERE organization_id = $1 AND active`, [organizationId])) as {
      id: string;
      events: WebhookEvent[];
    }[];
    const audience: Audience = {
      frequency: preferences.frequency,
      minScore: preferences.minScore,
      themeCodes: preferences.themeCodes,
      municipalityCodes: preferences.municipalityCodes,
      emails: await this.recipients.addresses(organizationId, { receiving: true }, manager),
      webhooks,
    };
    cache.set(organizationId, audience);
    return audience;
  }

  /** Inserts deliveries (those already planned are left alone) and wakes the dispatcher at commit. */
  async insertDeliveries(manager: EntityManager, deliveries: PlannedDelivery[]): Promise<void> {
    if (deliveries.length === 0) return;
    await manager.query(
      `INSERT INTO delivery (kind, subject_id, match_id, organization_id, channel, recipient, digest, payload, next_attempt_at)
       SELECT kind::delivery_kind, subject_id, match_id, organization_id, channel::delivery_channel, recipient, digest, payload, $2
         FROM jsonb_to_recordset($1::jsonb) AS d(kind text, subject_id uuid, match_id uuid, organization_id uuid, channel text,
              recipient text, digest boolean, payload jsonb)
       ON CONFLICT (kind, subject_id, channel, recipient, organization_id) DO NOTHING`,
      [JSON.stringify(deliveries), this.clock.now()],
    );
    await manager.query('SELECT pg_notify($1, $2)', [DELIVERY_CHANNEL, 'planned']);
  }
}
