import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NeedStatus } from '../needs/need.enums';
import { OfferStatus } from '../offers/offer.enums';
import { ItemProfileCache } from './item-profile.cache';
import { StageTimer, untimed } from './job-timings';
import { MATCHING_CONFIG } from './matching.queue';
import { coverage, ReachKind } from './scoring/geography';
import { searchableThemes } from './scoring/item-profile';
import { MatchingConfig } from './scoring/matching-config';
import { isRemoteOnly, NeedFacts, OfferFacts } from './scoring/score';
import { ScoringReference } from './scoring/scoring-reference';
import { SCORING_REFERENCE } from './scoring-reference.provider';
import { TermStatistics } from './term-statistics.service';

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

/** An item to score, as the scorer sees it, and whether it is still open. */
export interface ItemToScore<Facts> {
  facts: Facts;
  open: boolean;
}

/** What the candidate query looks for on the other side. */
export interface SearchKeys {
  /** The item's most distinctive stems: they select candidates and rank them. */
  terms: string[];
  themes: string[];
  /** The item's other stems: too common to select by, they only rank. */
  commonTerms: string[];
}

// PostgreSQL arrays of enums come back as '{A,B}' strings from the pg driver.
const array = (value: string[] | string): string[] =>
  Array.isArray(value) ? value : value.replace(/^\{|\}$/g, '').split(',').filter(Boolean);

const NEED_COLUMNS = `n.id, n.organization_id, n.title, n.description, n.theme_codes, n.resource_types::text[] AS resource_types,
  n.municipality_code, to_char(n.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(n.ends_on, 'YYYY-MM-DD') AS ends_on,
  n.budget_eur, n.preferred_sectors::text[] AS preferred_sectors, n.status`;

// active_partnerships: how many partnerships the offer serves already (the capacity component).
const OFFER_COLUMNS = `o.id, o.organization_id, org.sector AS organization_sector, o.title, o.description, o.theme_codes,
  o.resource_types::text[] AS resource_types, o.municipality_code, o.reach, o.service_area_codes,
  to_char(o.available_from, 'YYYY-MM-DD') AS available_from, to_char(o.available_until, 'YYYY-MM-DD') AS available_until,
  o.value_eur, o.capacity, o.status, o.active_partnerships`;

// The candidate narrowing over the GIN indexes: items sharing a theme (or its parent) or a
// distinctive stem ($5 the distinctive stems, $6 the themes), ranked roughly as the
// calibrated score would rank them: its text features weigh about three times its themes
// (calibration-model.json), so a shared distinctive stem counts twice, a shared theme key
// (a theme or its parent) once, and a shared common stem (`common`, which only ranks,
// never selects, since it would select nearly everything) once too. $7 how many.
const SHARES_SEARCH_KEY = (alias: string) => `(${alias}.match_terms && $5::text[] OR ${alias}.match_theme_codes && $6::text[])`;
const OVERLAP = (alias: string, common: string) =>
  `2 * icount(${alias}.match_term_ids & match_key_ids($5::text[])) + icount(${alias}.match_term_ids & match_key_ids(${common}::text[]))
    + icount(${alias}.match_theme_ids & match_key_ids($6::text[]))`;
const LOCAL_EXTRA_CANDIDATES = 50;

// Among equally overlapping offers, those whose area covers the need's municipality first,
// as the scorer's geography would have it: a service area decides when given; otherwise
// the reach from the offer's home ($8 the need's municipality; $9 and $10 the homes whose
// REGIONAL or LOCAL reach covers it). $12 what covering is worth: nothing for a need that
// asks only for money or a project partner, whose geography weighs little in the score.
const OFFER_COVERS_NEED_BONUS = `$12::int * (CASE WHEN cardinality(o.service_area_codes) > 0 THEN $8 = ANY(o.service_area_codes)
    ELSE o.reach = 'NATIONAL' OR (o.reach = 'REGIONAL' AND o.municipality_code = ANY($9::text[]))
      OR (o.reach = 'LOCAL' AND o.municipality_code = ANY($10::text[])) END)::int`;
const COVERS_NEED_WORTH = 3;

const FEASIBLE_OFFER = `o.status = 'OPEN' AND o.resource_types && $1::resource_type[] AND o.organization_id <> $2
  AND ($3::date IS NULL OR o.available_until IS NULL OR o.available_until >= $3::date)
  AND ($4::date IS NULL OR o.available_from IS NULL OR o.available_from <= $4::date)`;

// Two steps: the ranking reads thousands of rows at 100,000 offers and keeps only their ids
// (no text, no organization, no dates formatted for rows that lose); the chosen few hundred
// are then read whole by primary key. Beside them, a few offers on the spot that share
// neither a theme nor a stem, since place and time can still make a modest match there:
// by the municipality's index and the service areas' GIN index (`@>`, which it can use, for
// `= ANY`), in id order so that the same ones come back each time.
const OFFER_CANDIDATES = `WITH candidate AS MATERIALIZED (
    (SELECT o.id FROM offer o WHERE ${FEASIBLE_OFFER} AND ${SHARES_SEARCH_KEY('o')}
      ORDER BY ${OVERLAP('o', '$11')} + ${OFFER_COVERS_NEED_BONUS} DESC, o.id LIMIT $7)
    UNION ALL
    (SELECT o.id FROM offer o WHERE ${FEASIBLE_OFFER} AND NOT coalesce(${SHARES_SEARCH_KEY('o')}, false)
        AND (o.municipality_code = $8 OR o.service_area_codes @> ARRAY[$8::char(3)])
      ORDER BY o.id LIMIT ${LOCAL_EXTRA_CANDIDATES}))
  SELECT ${OFFER_COLUMNS} FROM candidate JOIN offer o ON o.id = candidate.id JOIN organization org ON org.id = o.organization_id`;

const NEED_CANDIDATES = `WITH candidate AS MATERIALIZED (
    SELECT n.id FROM need n
     WHERE n.status = 'OPEN' AND n.resource_types && $1::resource_type[] AND n.organization_id <> $2
       AND ($3::date IS NULL OR n.ends_on IS NULL OR n.ends_on >= $3::date)
       AND ($4::date IS NULL OR n.starts_on IS NULL OR n.starts_on <= $4::date)
       AND ${SHARES_SEARCH_KEY('n')}
     ORDER BY ${OVERLAP('n', '$8')} DESC, n.id LIMIT $7)
  SELECT ${NEED_COLUMNS} FROM candidate JOIN need n ON n.id = candidate.id`;

/**
 * The needs and offers that could fit an item, as the scorer's facts: the feasibility
 * filters and the candidate narrowing in SQL, and the search profile each item keeps for
 * the other side's queries.
 */
@Injectable()
export class MatchCandidatesRepository {
  private readonly coveringHomes = new Map<string, [string[], string[]]>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MATCHING_CONFIG) private readonly config: MatchingConfig,
    @Inject(SCORING_REFERENCE) private readonly reference: ScoringReference,
    private readonly profiles: ItemProfileCache,
  ) {}

  async findNeed(id: string): Promise<ItemToScore<NeedFacts> | undefined> {
    const [row] = (await this.dataSource.query(`SELECT ${NEED_COLUMNS} FROM need n WHERE n.id = $1`, [id])) as NeedRow[];
    return row && { facts: this.needFacts(row), open: row.status === NeedStatus.OPEN };
  }

  async findOffer(id: string): Promise<ItemToScore<OfferFacts> | undefined> {
    const [row] = (await this.dataSource.query(
      `SELECT ${OFFER_COLUMNS} FROM offer o JOIN organization org ON org.id = o.organization_id WHERE o.id = $1`,
      [id],
    )) as OfferRow[];
    return row && { facts: this.offerFacts(row), open: row.status === OfferStatus.OPEN };
  }

  /** findNeed of several needs in one query; those that do not exist are left out. */
  async findNeeds(ids: string[]): Promise<ItemToScore<NeedFacts>[]> {
    const rows = (await this.dataSource.query(`SELECT ${NEED_COLUMNS} FROM need n WHERE n.id = ANY($1::uuid[])`, [ids])) as NeedRow[];
    return rows.map((row) => ({ facts: this.needFacts(row), open: row.status === NeedStatus.OPEN }));
  }

  /** findOffer of several offers in one query; those that do not exist are left out. */
  async findOffers(ids: string[]): Promise<ItemToScore<OfferFacts>[]> {
    const rows = (await this.dataSource.query(
      `SELECT ${OFFER_COLUMNS} FROM offer o JOIN organization org ON org.id = o.organization_id WHERE o.id = ANY($1::uuid[])`,
      [ids],
    )) as OfferRow[];
    return rows.map((row) => ({ facts: this.offerFacts(row), open: row.status === OfferStatus.OPEN }));
  }

  /** saveSearchProfile of several items of one side in one statement. */
  async saveSearchProfiles(table: 'need' | 'offer', items: (NeedFacts | OfferFacts)[]): Promise<void> {
    if (items.length === 0) return;
    const profiles = items.map((facts) => ({ id: facts.id, terms: [...new Set(facts.terms)], themes: searchableThemes(facts, this.reference.themes) }));
    // Sorted by id: concurrent batches lock the rows they change in the same order.
    profiles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    await this.dataSource.query(
      `UPDATE ${table} SET match_terms = profile.terms, match_theme_codes = profile.themes,
              match_term_ids = match_key_ids(profile.terms), match_theme_ids = match_key_ids(profile.themes)
         FROM jsonb_to_recordset($1::jsonb) AS profile(id uuid, terms text[], themes text[])
        WHERE ${table}.id = profile.id
          AND (${table}.match_terms IS DISTINCT FROM profile.terms OR ${table}.match_theme_codes IS DISTINCT FROM profile.themes
               OR ${table}.match_term_ids IS NULL OR ${table}.match_theme_ids IS NULL)`,
      [JSON.stringify(profiles)],
    );
  }

  /**
   * Stores what the candidate query of the other side searches for this item; nothing is
   * written when it did not change (a re-score of an unchanged item leaves no dead row).
   */
  async saveSearchProfile(table: 'need' | 'offer', facts: NeedFacts | OfferFacts): Promise<void> {
    await this.dataSource.query(
      `UPDATE ${table} SET match_terms = $2, match_theme_codes = $3, match_term_ids = match_key_ids($2), match_theme_ids = match_key_ids($3)
        WHERE id = $1 AND (match_terms IS DISTINCT FROM $2 OR match_theme_codes IS DISTINCT FROM $3 OR match_term_ids IS NULL OR match_theme_ids IS NULL)`,
      [facts.id, [...new Set(facts.terms)], searchableThemes(facts, this.reference.themes)],
    );
  }

  /**
   * What to look for on the other side: the item's themes (with their parents, so that
   * related themes meet) and its most distinctive stems. Stems that a large share of the
   * offers use would select nearly everything, so they are left to the scorer.
   */
  searchKeys(facts: NeedFacts | OfferFacts, statistics: TermStatistics): SearchKeys {
    const terms = statistics.distinctiveTerms(facts.terms);
    const selecting = new Set(terms);
    return {
      terms,
      themes: searchableThemes(facts, this.reference.themes),
      commonTerms: [...new Set(facts.terms)].filter((term) => !selecting.has(term)),
    };
  }

  /** The open offers that could fit a need; every feasible one when no search keys are given (the benchmark's brute force). */
  async offersFor(need: NeedFacts, search: SearchKeys | null, stages: StageTimer = untimed): Promise<OfferFacts[]> {
    const rows = (await stages.time('candidates', () =>
      search === null
        ? this.dataSource.query(
            `SELECT ${OFFER_COLUMNS} FROM offer o JOIN organization org ON org.id = o.organization_id WHERE ${FEASIBLE_OFFER}`,
            [need.resourceTypes, need.organizationId, need.startsOn, need.endsOn],
          )
        : this.dataSource.query(OFFER_CANDIDATES, [
            need.resourceTypes,
            need.organizationId,
            need.startsOn,
            need.endsOn,
            search.terms,
            search.themes,
            this.config.maxCandidates,
            need.municipalityCode,
            ...this.homesCovering(need.municipalityCode),
            search.commonTerms,
            isRemoteOnly(need) ? 0 : COVERS_NEED_WORTH,
          ]),
    )) as OfferRow[];
    return stages.time('analysis', () => rows.map((row) => this.offerFacts(row)));
  }

  /** The open needs that could fit an offer, the most overlapping first. */
  async needsFor(offer: OfferFacts, search: SearchKeys, stages: StageTimer = untimed): Promise<NeedFacts[]> {
    const rows = (await stages.time('candidates', () =>
      this.dataSource.query(NEED_CANDIDATES, [
        offer.resourceTypes,
        offer.organizationId,
        offer.availableFrom,
        offer.availableUntil,
        search.terms,
        search.themes,
        this.config.maxCandidates,
        search.commonTerms,
      ]),
    )) as NeedRow[];
    return stages.time('analysis', () => rows.map((row) => this.needFacts(row)));
  }

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
      ...this.profiles.profileOf(row.id, row.title, row.description, row.theme_codes),
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
      ...this.profiles.profileOf(row.id, row.title, row.description, row.theme_codes),
    };
  }
}
