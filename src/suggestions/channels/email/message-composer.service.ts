import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../common/clock/clock';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { PartnerContacts } from '../../../organizations/partner-contacts.service';
import { withShortfalls } from '../../../matching/scoring/calibration';
import { byEffect, componentEffect, shownWithEffect } from '../../../matching/scoring/component-effect';
import type { MatchingConfig } from '../../../matching/scoring/matching-config';
import { MATCHING_CONFIG } from '../../../matching/matching.queue';
import { explain } from '../../../matching/scoring/reasons';
import { readComponents, StoredComponents } from '../../../matching/stored-components';
import { MUNICIPALITY_BY_CODE, THEME_BY_CODE } from '../../../reference-data/reference-data';
import { offerFullSql } from '../../../offers/offer-capacity';
import { MessageLanguage } from '../../delivery.enums';
import { MatchDecision, type MatchSide } from '../../../matching/match.enums';
import { LinkTokens } from './link-tokens.service';
import { chanceAtBest, ContactView, FullOfferView, ItemView, ReasonView, ResponseView, shorten, SuggestionView } from './messages';


interface PairRow {
  match_id: string;
  need_id: string;
  offer_id: string;
  score: number;
  components: StoredComponents;
  need_title: string;
  need_description: string;
  need_municipality: string;
  need_from: string | null;
  need_until: string | null;
  need_organization: string;
  offer_title: string;
  offer_description: string;
  offer_municipality: string;
  offer_from: string | null;
  offer_until: string | null;
  offer_organization: string;
}

/** A suggestion's pair with where its answers stand and whether its offer has a free place. */
interface SuggestionRow extends PairRow {
  need_decision: string | null;
  offer_decision: string | null;
  offer_full: boolean;
}

const PAIR_QUERY = `
  SELECT m.id AS match_id, m.score, m.components, m.need_id, m.offer_id, m.need_decision, m.offer_decision,
         ${offerFullSql('o')} AS offer_full,
         n.title AS need_title, n.description AS need_description, n.municipality_code AS need_municipality,
         to_char(n.starts_on, 'YYYY-MM-DD') AS need_from, to_char(n.ends_on, 'YYYY-MM-DD') AS need_until, no.name AS need_organization,
         o.title AS offer_title, o.description AS offer_description, o.municipality_code AS offer_municipality,
         to_char(o.available_from, 'YYYY-MM-DD') AS offer_from, to_char(o.available_until, 'YYYY-MM-DD') AS offer_until, oo.name AS offer_organization
    FROM match m
    JOIN need n ON n.id = m.need_id JOIN organization no ON no.id = n.organization_id
    JOIN offer o ON o.id = m.offer_id JOIN organization oo ON oo.id = o.organization_id
   WHERE m.id = ANY($1::uuid[])`;

const RESPONSE_TITLE = 80;

const NAMES = { municipalities: MUNICIPALITY_BY_CODE, themes: THEME_BY_CODE };
const municipalityName = (code: string) => MUNICIPALITY_BY_CODE.get(code)?.name ?? code;

/** Loads what a message says about a match, and turns it into the views of messages.ts. */

/** A partnership as its e-mails describe it: both sides, and what became of it. */
export interface PartnershipView {
  need: ItemView;
  partner: ItemView;
  needOrganizationId: string;
  partnerOrganizationId: string;
  status: string;
  outcomeNote: string | null;
  /** The need is open again (after a cancelled partnership). */
  needOpen: boolean;
  /** Formed by accepting a direct response (with or without an offer), not a suggestion; null for a match. */
  response: { withOffer: boolean } | null;
  /** Who ended it (Partnership.endedBy): the hub, or this organization; neither while ACTIVE or for an ending from before this was recorded. */
  endedByHub: boolean;
  endedByOrganizationId: string | null;
}

@Injectable()
export class MessageComposer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly links: LinkTokens,
    private readonly clock: Clock,
    private readonly partnerContacts: PartnerContacts,
    @Inject(MATCHING_CONFIG) private readonly matching: MatchingConfig,
  ) {}

  /** Views of the given (delivery, match, side) triples, in their order; matches gone are left out. */
  async suggestionViews(items: { deliveryId: string; matchId: string; side: MatchSide }[], language: MessageLanguage): Promise<SuggestionView[]> {
    const rows = (await this.dataSource.query(PAIR_QUERY, [items.map((item) => item.matchId)])) as SuggestionRow[];
    const byId = new Map(rows.map((row) => [row.match_id, row]));
    return items.flatMap((item) => {
      const row = byId.get(item.matchId);
      if (!row) return [];
      const [need, offer] = this.items(row);
      const token = this.links.issue('respond', item.deliveryId);
      return [
        {
          own: item.side === 'need' ? need : offer,
          other: item.side === 'need' ? offer : need,
          score: row.score,
          reasons: suggestionReasons(this.matching.calibration, row.score, row.components, language),
          // The other side's page in the web app: its whole description, which the e-mail shortens.
          otherUrl:
            item.side === 'need'
              ? `${this.config.publicUrl}/offers/${row.offer_id}${language === MessageLanguage.EN ? '?lang=en' : ''}`
              : `${this.config.publicUrl}/needs/${row.need_id}${language === MessageLanguage.EN ? '?lang=en' : ''}`,
          acceptUrl: `${this.config.publicUrl}/suggestions/${token}/accept`,
          declineUrl: `${this.config.publicUrl}/suggestions/${token}/decline`,
          ...(row.offer_full ? { fullOffer: this.fullOffer(row, item.side, language) } : {}),
        },
      ];
    });
  }

  /**
   * Both sides of a partnership, for its message: the need, and the offer (or, for an
   * accepted response without an offer, the response's message), with their organizations.
   */
  async partnership(partnershipId: string): Promise<PartnershipView | null> {
    const [row] = (await this.dataSource.query(
      `SELECT p.need_organization_id, p.partner_organization_id, p.status, p.outcome_note, p.ended_by_hub, p.ended_by_organization_id, n.status AS need_status,
              n.title AS need_title, n.description AS need_description, n.municipality_code AS need_municipality,
              to_char(n.starts_on, 'YYYY-MM-DD') AS need_from, to_char(n.ends_on, 'YYYY-MM-DD') AS need_until, no.name AS need_organization,
              coalesce(o.title, r.message) AS offer_title, p.offer_id IS NULL AS by_response, p.response_id IS NOT NULL AS from_response, coalesce(o.description, r.message) AS offer_description,
              coalesce(o.municipality_code, po.municipality_code) AS offer_municipality,
              to_char(o.available_from, 'YYYY-MM-DD') AS offer_from, to_char(o.available_until, 'YYYY-MM-DD') AS offer_until, po.name AS offer_organization
         FROM partnership p
         JOIN need n ON n.id = p.need_id JOIN organization no ON no.id = p.need_organization_id
         JOIN organization po ON po.id = p.partner_organization_id
         LEFT JOIN offer o ON o.id = p.offer_id LEFT JOIN response r ON r.id = p.response_id
        WHERE p.id = $1`,
      [partnershipId],
    )) as (PairRow & { by_response: boolean; from_response: boolean; need_organization_id: string; partner_organization_id: string; status: string; outcome_note: string | null; ended_by_hub: boolean; ended_by_organization_id: string | null; need_status: string })[];
    if (!row) return null;
    // A response without an offer has no title: its message stands for one, on one line, cut at a word.
    const [need, partner] = this.items(row.by_response ? { ...row, offer_title: shorten(row.offer_title.replace(/\s+/g, ' ').trim(), RESPONSE_TITLE) } : row);
    return {
      need,
      partner,
      needOrganizationId: row.need_organization_id,
      partnerOrganizationId: row.partner_organization_id,
      status: row.status,
      outcomeNote: row.outcome_note,
      needOpen: row.need_status === 'OPEN',
      response: row.from_response ? { withOffer: !row.by_response } : null,
      endedByHub: row.ended_by_hub,
      endedByOrganizationId: row.ended_by_organization_id,
    };
  }

  /**
   * A direct response to a need, for its e-mails: who responded to what, with which words
   * and offer, and the pages of the web app that answer it. Null when it is gone (its need
   * was deleted).
   */
  async response(responseId: string, language: MessageLanguage): Promise<ResponseView | null> {
    const [row] = (await this.dataSource.query(
      `SELECT r.status, r.message, r.need_id, r.offer_id, o.title AS offer_title, n.title AS need_title, no.name AS need_organization,
              n.status::text AS need_status, n.status = 'OPEN' AS need_open, to_char(n.respond_by, 'YYYY-MM-DD') AS respond_by,
              ro.name AS responding_organization, ro.municipality_code AS responding_municipality
         FROM response r
         JOIN need n ON n.id = r.need_id JOIN organization no ON no.id = n.organization_id
         JOIN organization ro ON ro.id = r.organization_id
         LEFT JOIN offer o ON o.id = r.offer_id
        WHERE r.id = $1`,
      [responseId],
    )) as {
      status: string;
      message: string;
      need_id: string;
      offer_id: string | null;
      offer_title: string | null;
      need_title: string;
      need_organization: string;
      need_status: string;
      need_open: boolean;
      respond_by: string | null;
      responding_organization: string;
      responding_municipality: string;
    }[];
    if (!row) return null;
    const lang = language === MessageLanguage.EN ? '?lang=en' : '';
    return {
      status: row.status,
      needTitle: row.need_title,
      needOrganizationName: row.need_organization,
      needStatus: row.need_status,
      respondingOrganizationName: row.responding_organization,
      respondingMunicipalityName: municipalityName(row.responding_municipality),
      message: row.message,
      // As respondToNeed decides: an open need, until the end of its respondBy day (Slovenian time).
      takesResponses: row.need_open && (row.respond_by === null || row.respond_by >= this.clock.today()),
      offer: row.offer_id && row.offer_title !== null ? { title: row.offer_title, url: `${this.config.publicUrl}/offers/${row.offer_id}${lang}` } : null,
      // The need's page answers a waiting response (to its organization) and says what became of it (to the responder).
      needUrl: `${this.config.publicUrl}/needs/${row.need_id}${lang}`,
      // The response's row on it, after the query (a fragment ends a URL): the page lands on and marks it.
      responseUrl: `${this.config.publicUrl}/needs/${row.need_id}${lang}#response-${responseId}`,
      callsUrl: `${this.config.publicUrl}/calls${lang}`,
    };
  }

  /** The web app's partnerships (SPEC 8: /partnerships), in the recipient's language. */
  partnershipsUrl(language: MessageLanguage): string {
    return `${this.config.publicUrl}/partnerships${language === MessageLanguage.EN ? '?lang=en' : ''}`;
  }

  /** An organization's contact as the other side sees it once both accepted. */
  contact(organizationId: string): Promise<ContactView | null> {
    return this.partnerContacts.get(organizationId);
  }

  unsubscribeUrl(deliveryId: string): string {
    return `${this.config.publicUrl}/unsubscribe/${this.links.issue('unsubscribe', deliveryId)}`;
  }

  private items(row: PairRow): [ItemView, ItemView] {
    return [
      {
        kind: 'need',
        title: row.need_title,
        description: row.need_description,
        organizationName: row.need_organization,
        municipalityName: municipalityName(row.need_municipality),
        from: row.need_from,
        until: row.need_until,
      },
      {
        kind: 'offer',
        title: row.offer_title,
        description: row.offer_description,
        organizationName: row.offer_organization,
        municipalityName: municipalityName(row.offer_municipality),
        from: row.offer_from,
        until: row.offer_until,
      },
    ];
  }

  /**
   * What a full offer means for the side's Accept, as respondToMatch would take it now (read with
   * the pair, in the one statement of all the message's suggestions): refused once the other side
   * accepted, interest only before; the offer's form to its own organization.
   */
  private fullOffer(row: SuggestionRow, side: MatchSide, language: MessageLanguage): FullOfferView {
    const [own, other] = side === 'need' ? [row.need_decision, row.offer_decision] : [row.offer_decision, row.need_decision];
    return {
      stage: own === MatchDecision.ACCEPT ? 'accepted' : other === MatchDecision.ACCEPT ? 'refused' : 'interest',
      editUrl: side === 'offer' ? `${this.config.publicUrl}/offers/${row.offer_id}/edit${language === MessageLanguage.EN ? '?lang=en' : ''}` : null,
    };
  }
}

/**
 * A pair's components grouped as its card in the web app groups them: by their effects
 * (componentEffect, the rule behind the API's ScoreComponent.effect), under the calibration, each
 * said as the API says it beside its effect (shownWithEffect). What lowers the chance says what
 * the chance would be were it at its best.
 */
export function suggestionReasons(calibration: MatchingConfig['calibration'], score: number, stored: StoredComponents, language: MessageLanguage): SuggestionView['reasons'] {
  const components = withShortfalls(calibration, readComponents(stored)).map((component) => ({ ...component, effect: componentEffect(component) }));
  const { lowers, fits } = byEffect(components);
  const explanation = (component: (typeof components)[number]) => explain(shownWithEffect(component.reason, component.effect), NAMES)[language === MessageLanguage.EN ? 'en' : 'sl'];
  return {
    lowers: lowers.map((component): ReasonView => ({ component: component.name, explanation: explanation(component), chanceAtBest: chanceAtBest(score, component.shortfall) })),
    fits: fits.map((component): ReasonView => ({ component: component.name, explanation: explanation(component) })),
  };
}
