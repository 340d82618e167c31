import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { NeedStatus } from '../needs/need.enums';
import { OfferStatus } from '../offers/offer.enums';
import { MatchDecision, MatchStatus } from './match.enums';
import { DecisionHistory, PastDecision } from './scoring/feedback';
import { ItemProfile, profileOf, searchableThemes } from './scoring/item-profile';
import { MatchingConfig } from './scoring/matching-config';
import { failedHardConstraint, NeedFacts, OfferFacts, scorePair } from './scoring/score';
import { coverage, ReachKind } from './scoring/geography';
import { MATCHES_SCORED_CHANNEL } from './matches-scored.event';
import { MATCHING_CONFIG } from './matching.queue';
import { SCORING_REFERENCE } from './scoring-reference.provider';
import { ScoringReference } from './scoring/scoring-reference';

interface NeedRow {
  id: string;
  organization_id: string;
  title: string;
  description: string;
  theme_codes: string[];
  resource_types: string[];
  municipality_code: string;
  starts_on: string | null;
  ends_on: string | null;
  budget_eur: number | null;
  preferred_sectors: string[];
  status: NeedStatus;
}

interface OfferRow {
  id: string;
  organization_id: string;
  organization_sector: string;
  title: string;
  description: string;
  theme_codes: string[];
  resource_types: string[];
  municipality_code: string;
  reach: ReachKind;
  service_area_codes: string[];
  available_from: string | null;
  available_until: string | null;
  value_eur: number | null;
  capacity: number | null;
  active_partnerships: number;
  status: OfferStatus;
}

// PostgreSQL arrays of enums come back as '{A,B}' strings from the pg driver.
const array = (value: string[] | string): string[] =>
  Array.isArray(value) ? value : value.replace(/^\{|\}$/g, '').split(',').filter(Boolean);

const NEED_COLUMNS = `n.id, n.organization_id, n.title, n.description, n.theme_codes, n.resource_types::text[] AS resource_types,
  n.municipality_code, to_char(n.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(n.ends_on, 'YYYY-MM-DD') AS ends_on,
  n.budget_eur, n.preferred_sectors::text[] AS preferred_sectors, n.status`;

const OFFER_COLUMNS = `o.id, o.organization_id, org.sector AS organization_sector, o.title, o.description, o.theme_codes,
  o.resource_types::text[] AS resource_types, o.municipality_code, o.reach, o.service_area_codes,
  to_char(o.available_from, 'YYYY-MM-DD') AS available_from, to_char(o.available_until, 'YYYY-MM-DD') AS available_until,
  o.value_eur, o.capacity, o.status,
  (SELECT count(*)::int FROM partnership p WHERE p.offer_id = o.id AND p.status = 'ACTIVE') AS active_partnerships`;

export interface ScoringResult {
  /** Items the candidate query handed to the scorer. */
  candidates: number;
  /** Matches stored (above the listing threshold). */
  stored: number;
}

interface DocumentFrequency {
  at: number;
  checkedAt: number;
  total: number;
  counts: Map<string, number>;
}

const SEARCH_TERMS = 16;
const COMMON_TERM_SHARE = 0.1;

// The candidate narrowing over the GIN indexes: items sharing a theme (or its parent) or a
// distinctive stem, the most overlapping first. $5 terms, $6 themes, $7 how many.
const CANDIDATE_FILTER = (alias: string, bonus = '0') => `
  AND (${alias}.match_terms && $5::text[] OR ${alias}.match_theme_codes && $6::text[])
  ORDER BY icount(${alias}.match_term_ids & match_key_ids($5::text[]))
         + 3 * icount(${alias}.match_theme_ids & match_key_ids($6::text[])) + ${bonus} DESC, ${alias}.id
  LIMIT $7`;
const LOCAL_EXTRA_CANDIDATES = 50;

// Among equally overlapping offers, those whose area covers the need's municipality first,
// as the scorer's geography would have it: a service area decides when given; otherwise
// the reach from the offer's home ($8 the need's municipality; $9 and $10 the homes whose
// REGIONAL or LOCAL reach covers it).
const OFFER_COVERS_NEED_BONUS = `2 * (CASE WHEN cardinality(o.service_area_codes) > 0 THEN $8 = ANY(o.service_area_codes)
    ELSE o.reach = 'NATIONAL' OR (o.reach = 'REGIONAL' AND o.municipality_code = ANY($9::text[]))
      OR (o.reach = 'LOCAL' AND o.municipality_code = ANY($10::text[])) END)::int`;


/**
 * Scores one need against the offers that could fit it (or one offer against the needs),
 * and stores the result as matches: idempotent, in place, one row per pair.
 */
@Injectable()
export class MatchingService {
  private readonly logger = new Logger(MatchingService.name);
  private readonly profiles = new Map<string, { key: string; profile: ItemProfile }>();
  private documentFrequency: DocumentFrequency | null = null;
  private offersScoredSinceCount = 0;
  private readonly coveringHomes = new Map<string, [string[], string[]]>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MATCHING_CONFIG) private readonly config: MatchingConfig,
    @Inject(SCORING_REFERENCE) private readonly reference: ScoringReference,
  ) {}

  /** The municipalities from which a REGIONAL, and a LOCAL, offer covers this one. */
  private homesCovering(place: string): [string[], string[]] {
    let homes = this.coveringHomes.get(place);
    if (!homes) {
      const { municipalities } = this.reference;
      const from = (reach: ReachKind) => [...municipalities.keys()].filter((home) => coverage(municipalities, home, reach, [], place).covered);
      homes = [from('REGIONAL'), from('LOCAL')];
      this.coveringHomes.set(place, homes);
    }
    return homes;
  }

  /** Scores one need; `exhaustive` skips the candidate narrowing (the benchmark's brute force). */
  async scoreNeed(needId: string, options: { exhaustive?: boolean } = {}): Promise<ScoringResult> {
    const [row] = (await this.dataSource.query(`SELECT ${NEED_COLUMNS} FROM need n WHERE n.id = $1`, [needId])) as NeedRow[];
    if (!row) return { candidates: 0, stored: 0 };
    const need = this.needFacts(row);
    await this.saveProfile('need', row.id, need);
    const frequency = await this.documentFrequencies();
    let offers: OfferRow[] = [];
    if (row.status === NeedStatus.OPEN) {
      const search = this.searchKeys(need, frequency);
      const feasible = `SELECT ${OFFER_COLUMNS} FROM offer o JOIN organization org ON org.id = o.organization_id
          WHERE o.status = 'OPEN' AND o.resource_types && $1::resource_type[] AND o.organization_id <> $2
            AND ($3::date IS NULL OR o.available_until IS NULL OR o.available_until >= $3::date)
            AND ($4::date IS NULL OR o.available_from IS NULL OR o.available_from <= $4::date)`;
      offers = (await this.dataSource.query(
        options.exhaustive
          ? feasible
          : // The offers sharing a theme or a distinctive stem, most overlapping (and local) first;
            // and a few on the spot that share neither, since place and time can still make a
            // modest match there.
            `(${feasible} ${CANDIDATE_FILTER('o', OFFER_COVERS_NEED_BONUS)})
             UNION ALL
             (${feasible} AND NOT coalesce(o.match_terms && $5::text[] OR o.match_theme_codes && $6::text[], false)
                AND (o.municipality_code = $8 OR $8 = ANY(o.service_area_codes)) LIMIT ${LOCAL_EXTRA_CANDIDATES})`,
        [
          array(row.resource_types),
          row.organization_id,
          row.starts_on,
          row.ends_on,
          ...(options.exhaustive
            ? []
            : [search.terms, search.themes, this.config.maxCandidates, row.municipality_code, ...this.homesCovering(row.municipality_code)]),
        ],
      )) as OfferRow[];
    }
    const pairs = offers.map((offerRow) => ({ needId: row.id, offerId: offerRow.id, need, offer: this.offerFacts(offerRow) }));
    const stored = await this.scoreAndStore('need', row.id, row.status === NeedStatus.OPEN, pairs, frequency);
    return { candidates: offers.length, stored };
  }

  async scoreOffer(offerId: string): Promise<ScoringResult> {
    const [row] = (await this.dataSource.query(
      `SELECT ${OFFER_COLUMNS} FROM offer o JOIN organization org ON org.id = o.organization_id WHERE o.id = $1`,
      [offerId],
    )) as OfferRow[];
    if (!row) return { candidates: 0, stored: 0 };
    const offer = this.offerFacts(row);
    await this.saveProfile('offer', row.id, offer);
    this.offersScoredSinceCount++;
    const frequency = await this.documentFrequencies();
    let needs: NeedRow[] = [];
    if (row.status === OfferStatus.OPEN) {
      const search = this.searchKeys(offer, frequency);
      needs = (await this.dataSource.query(
        `SELECT ${NEED_COLUMNS} FROM need n
          WHERE n.status = 'OPEN' AND n.resource_types && $1::resource_type[] AND n.organization_id <> $2
            AND ($3::date IS NULL OR n.ends_on IS NULL OR n.ends_on >= $3::date)
            AND ($4::date IS NULL OR n.starts_on IS NULL OR n.starts_on <= $4::date)
            ${CANDIDATE_FILTER('n')}`,
        [array(row.resource_types), row.organization_id, row.available_from, row.available_until, search.terms, search.themes, this.config.maxCandidates],
      )) as NeedRow[];
    }
    const pairs = needs.map((needRow) => ({ needId: needRow.id, offerId: row.id, need: this.needFacts(needRow), offer }));
    const stored = await this.scoreAndStore('offer', row.id, row.status === OfferStatus.OPEN, pairs, frequency);
    return { candidates: needs.length, stored };
  }

  /**
   * Scores the pairs of one item that pass the hard constraints and stores those above the
   * listing threshold; the item's other current matches expire; its lastMatchedAt is set.
   * All in one transaction. Returns how many matches it stored.
   */
  private async scoreAndStore(
    side: 'need' | 'offer',
    id: string,
    itemOpen: boolean,
    pairs: { needId: string; offerId: string; need: NeedFacts; offer: OfferFacts }[],
    frequency: DocumentFrequency,
  ): Promise<number> {
    const organizationIds = [...new Set(pairs.flatMap((pair) => [pair.need.organizationId, pair.offer.organizationId]))];
    const histories = await this.decisionHistories(organizationIds);
    const context = { config: this.config, reference: this.reference, idf: this.idfOf(frequency), history: (organizationId: string) => histories.get(organizationId) };
    const scored = pairs
      .filter((pair) => !failedHardConstraint(pair.need, pair.offer))
      .map((pair) => ({ needId: pair.needId, offerId: pair.offerId, ...scorePair(pair.need, pair.offer, context) }))
      .filter((pair) => pair.score >= this.config.listingThreshold);
    const [own, other] = side === 'need' ? ['need_id', 'offer_id'] : ['offer_id', 'need_id'];
    await this.dataSource.transaction(async (manager) => {
      await this.store(manager, scored);
      await manager.query(
        `UPDATE match SET status = 'EXPIRED', updated_at = now()
          WHERE ${own} = $1 AND status = ANY($3::match_status[]) AND NOT (${other} = ANY($2::uuid[]))`,
        // A pair one side already accepted expires only when an item closed, not when its score dipped.
        [id, scored.map((pair) => (side === 'need' ? pair.offerId : pair.needId)), itemOpen ? ['SUGGESTED'] : ['SUGGESTED', 'INTERESTED']],
      );
      await manager.query(`UPDATE ${side} SET last_matched_at = now() WHERE id = $1`, [id]);
      // Pairs worth sending: whoever listens (suggestion delivery) hears of them once this commits.
      if (scored.some((pair) => pair.score >= this.config.sendingThreshold)) await manager.query('SELECT pg_notify($1, $2)', [MATCHES_SCORED_CHANNEL, side]);
    });
    return scored.length;
  }

  /**
   * What these organizations answered so far: the other side's themes (with parents) in
   * what they accepted or declined as not relevant, and how often they declined as too far
   * or badly timed. Decisions are few; the partial indexes find them.
   */
  private async decisionHistories(organizationIds: string[]): Promise<Map<string, DecisionHistory>> {
    const histories = new Map<string, { decisions: PastDecision[] }>();
    if (organizationIds.length === 0) return histories;
    const rows = (await this.dataSource.query(
      `SELECT n.organization_id, m.need_id, m.offer_id, m.need_decision AS decision, m.decline_reason, o.match_theme_codes AS themes
         FROM match m JOIN need n ON n.id = m.need_id JOIN offer o ON o.id = m.offer_id
        WHERE m.need_decision IS NOT NULL AND n.organization_id = ANY($1::uuid[])
       UNION ALL
       SELECT o.organization_id, m.need_id, m.offer_id, m.offer_decision, m.decline_reason, n.match_theme_codes
         FROM match m JOIN offer o ON o.id = m.offer_id JOIN need n ON n.id = m.need_id
        WHERE m.offer_decision IS NOT NULL AND o.organization_id = ANY($1::uuid[])`,
      [organizationIds],
    )) as { organization_id: string; need_id: string; offer_id: string; decision: MatchDecision; decline_reason: string | null; themes: string[] | null }[];
    for (const row of rows) {
      let history = histories.get(row.organization_id);
      if (!history) histories.set(row.organization_id, (history = { decisions: [] }));
      const accepted = row.decision === MatchDecision.ACCEPT;
      history.decisions.push({ pair: `${row.need_id}:${row.offer_id}`, accepted, reason: accepted ? null : row.decline_reason, themes: row.themes ?? [] });
    }
    return histories;
  }

  /** Stores what the candidate query of the other side searches for this item. */
  private async saveProfile(table: 'need' | 'offer', id: string, facts: NeedFacts | OfferFacts): Promise<void> {
    await this.dataSource.query(
      `UPDATE ${table} SET match_terms = $2, match_theme_codes = $3, match_term_ids = match_key_ids($2), match_theme_ids = match_key_ids($3)
        WHERE id = $1`,
      [id, [...new Set(facts.terms)], searchableThemes(facts, this.reference.themes)],
    );
  }

  /**
   * What to look for on the other side: the item's themes (with their parents, so that
   * related themes meet) and its most distinctive stems. Stems that a large share of the
   * offers use would select nearly everything, so they are left to the scorer.
   */
  private searchKeys(facts: NeedFacts | OfferFacts, frequency: DocumentFrequency): { terms: string[]; themes: string[] } {
    const idf = this.idfOf(frequency);
    const distinctive = [...new Set(facts.terms)]
      .filter((term) => (frequency.counts.get(term) ?? 0) <= Math.max(20, frequency.total * COMMON_TERM_SHARE))
      .sort((a, b) => idf(b) - idf(a))
      .slice(0, SEARCH_TERMS);
    return { terms: distinctive, themes: searchableThemes(facts, this.reference.themes) };
  }

  // One statement per batch; the unique (need, offer) key makes retries and concurrent
  // workers update the same row instead of adding one. A declined or accepted pair keeps
  // its status; an expired one that fits again is suggested again.
  private async store(manager: EntityManager, pairs: { needId: string; offerId: string; score: number; components: unknown[] }[]) {
    if (pairs.length === 0) return;
    await manager.query(
      `INSERT INTO match (need_id, offer_id, score, components, scored_at)
       SELECT need_id, offer_id, score, components, now()
         FROM jsonb_to_recordset($1::jsonb) AS pair(need_id uuid, offer_id uuid, score double precision, components jsonb)
       ON CONFLICT (need_id, offer_id) DO UPDATE SET
         score = EXCLUDED.score, components = EXCLUDED.components, scored_at = EXCLUDED.scored_at, updated_at = now(),
         status = CASE WHEN match.status <> 'EXPIRED' THEN match.status
                       WHEN 'ACCEPT' IN (match.need_decision, match.offer_decision) THEN 'INTERESTED'::match_status
                       ELSE 'SUGGESTED'::match_status END`,
      [JSON.stringify(pairs.map((pair) => ({ need_id: pair.needId, offer_id: pair.offerId, score: pair.score, components: pair.components })))],
    );
  }

  private profile(id: string, title: string, description: string, themeCodes: string[]): ItemProfile {
    const key = `${title}\u0000${description}\u0000${themeCodes.join(',')}`;
    const cached = this.profiles.get(id);
    if (cached?.key === key) return cached.profile;
    const profile = profileOf(title, description, themeCodes, this.reference.themes);
    if (this.profiles.size > 50_000) this.profiles.clear();
    this.profiles.set(id, { key, profile });
    return profile;
  }

  private needFacts(row: NeedRow): NeedFacts {
    return {
      id: row.id,
      organizationId: row.organization_id,
      resourceTypes: array(row.resource_types),
      municipalityCode: row.municipality_code,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      budgetEur: row.budget_eur,
      preferredSectors: array(row.preferred_sectors),
      ...this.profile(row.id, row.title, row.description, row.theme_codes),
    };
  }

  private offerFacts(row: OfferRow): OfferFacts {
    return {
      id: row.id,
      organizationId: row.organization_id,
      organizationSector: row.organization_sector,
      resourceTypes: array(row.resource_types),
      municipalityCode: row.municipality_code,
      reach: row.reach,
      serviceAreaCodes: row.service_area_codes,
      availableFrom: row.available_from,
      availableUntil: row.available_until,
      valueEur: row.value_eur,
      capacity: row.capacity,
      activePartnerships: row.active_partnerships,
      ...this.profile(row.id, row.title, row.description, row.theme_codes),
    };
  }

  // How often each stem occurs among the open offers: the same weights whichever side of a
  // pair triggered its scoring. Recounted after a minute or when the offers grew by over 5%.
  // Counting the open offers costs 35 ms at 100,000 of them, so it is skipped while no offer
  // was scored here and the last count is a few seconds old at most (other workers' offers
  // are seen within those seconds).
  private async documentFrequencies(): Promise<DocumentFrequency> {
    const cached = this.documentFrequency;
    if (cached && this.offersScoredSinceCount === 0 && Date.now() - cached.checkedAt <= 5_000) return cached;
    this.offersScoredSinceCount = 0;
    const [{ open }] = (await this.dataSource.query(`SELECT count(*)::int AS open FROM offer WHERE status = 'OPEN'`)) as { open: number }[];
    if (cached) cached.checkedAt = Date.now();
    if (cached && Date.now() - cached.at <= 60_000 && Math.abs(open - cached.total) <= Math.max(1, cached.total * 0.05)) return cached;
    const rows = (await this.dataSource.query(
      `SELECT term, count(*)::int AS documents FROM offer, unnest(match_terms) AS term WHERE status = 'OPEN' GROUP BY term`,
    )) as { term: string; documents: number }[];
    this.documentFrequency = { at: Date.now(), checkedAt: Date.now(), total: open, counts: new Map(rows.map((row) => [row.term, row.documents])) };
    return this.documentFrequency;
  }

  private idfOf({ total, counts }: DocumentFrequency): (term: string) => number {
    return (term) => Math.log(1 + (total + 1) / ((counts.get(term) ?? 0) + 0.5));
  }
}
