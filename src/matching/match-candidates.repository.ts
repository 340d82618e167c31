import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NeedStatus } from '../needs/need.enums';
import { OfferStatus } from '../offers/offer.enums';
import { ItemProfileCache } from './item-profile.cache';
import { StageTimer, untimed } from './job-timings';
import { MatchStatus } from './match.enums';
import { MATCHING_CONFIG } from './matching.queue';
import { AnalysedOffer, HeldOffer, OfferSearch, OfferSearchIndex } from './offer-search.index';
import { coverage, ReachKind } from './scoring/geography';
import { ItemProfile, searchableThemes } from './scoring/item-profile';
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
  /** search_xid: the version of the offer its text was read at (ItemProfileCache.profileAt). */
  version: string;
}

/** An offer's text, read for its profile, and the version of the offer it was read at. */
interface OfferText {
  id: string;
  title: string;
  description: string;
  theme_codes: string[];
  version: string;
}

/** An item to score, as the scorer sees it, whether it is still open, and whether it has current matches. */
export interface ItemToScore<Facts> {
  facts: Facts;
  open: boolean;
  /** It has SUGGESTED or INTERESTED matches: its scoring reads them (currentMatchesOfNeeds, currentMatchesOfOffers). */
  matched: boolean;
}

/** The status of a current match: one that is listed and that nobody declined yet. */
export type CurrentStatus = MatchStatus.SUGGESTED | MatchStatus.INTERESTED;

/** An item's current matches, as its scoring reads them (the other side open). */
export interface CurrentMatches<Facts> {
  /** The status of each, by the other side's id. */
  statuses: Map<string, CurrentStatus>;
  /** Those already sent to people (notified_at set), by the other side's id. */
  sent: Set<string>;
  /** The other side of those the candidate search did not find: its facts, read here. */
  unfound: Facts[];
}

type Matched<Row> = Row & { matched: boolean };

/** A current match with the other side's columns (all null when its search found it). */
type CurrentMatchRow<Row> = Row & { match_item_id: string; match_other_id: string; match_status: CurrentStatus; match_sent: boolean };

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
  o.value_eur, o.capacity, o.status, o.active_partnerships, o.search_xid::text AS version`;

// The candidate narrowing for an offer, over the GIN indexes: needs sharing a theme (or its
// parent) or a distinctive stem ($5 the distinctive stems, $6 the themes), ranked roughly as
// the calibrated score would rank them: its text features weigh about three times its themes
// (calibration-model.json), so a shared distinctive stem counts twice, a shared theme key (a
// theme or its parent) once, and a shared common stem (`common`, which only ranks, never
// selects, since it would select nearly everything) once too. $7 how many. A need's
// candidates are ranked the same way, in memory, by OfferSearchIndex.
const SHARES_SEARCH_KEY = (alias: string) => `(${alias}.match_terms && $5::text[] OR ${alias}.match_theme_codes && $6::text[])`;
const OVERLAP = (alias: string, common: string) =>
  `2 * icount(${alias}.match_term_ids & match_key_ids($5::text[])) + icount(${alias}.match_term_ids & match_key_ids(${common}::text[]))
    + icount(${alias}.match_theme_ids & match_key_ids($6::text[]))`;

// Beside the offers that share a key, a few on the spot that share none, since place and
// time can still make a modest match there.
const ON_THE_SPOT_CANDIDATES = 50;
// An offer's place counts towards its rank when the need wants something done on the spot;
// not for a need that asks only for money or a project partner, whose geography weighs
// little in the score.
const COVERS_NEED_WORTH = 3;
// How often a search is run again when some offers it chose were deleted meanwhile.
const SEARCH_ATTEMPTS = 3;

const FEASIBLE_OFFER = `o.status = 'OPEN' AND o.resource_types && $1::resource_type[] AND o.organization_id <> $2
  AND ($3::date IS NULL OR o.available_until IS NULL OR o.available_until >= $3::date)
  AND ($4::date IS NULL OR o.available_from IS NULL OR o.available_from <= $4::date)`;

// Whether the item (alias n or o) has current matches: an index probe (match_need_score_idx,
// match_offer_score_idx). Not EXISTS: where the statistics said an item has hundreds of matches
// (bench:match, 100 needs), the planner expected a sequential scan to meet one at once and read
// the whole match table for a need that had none (3.5 ms of a 35 ms job at 24,000 matches, and
// growing with the table). In the index's order a scan of the table has to sort first, so the
// planner takes the index.
const MATCHED = (column: 'need_id' | 'offer_id', alias: string) =>
  `(SELECT m.score FROM match m WHERE m.${column} = ${alias}.id AND m.status IN ('SUGGESTED', 'INTERESTED') ORDER BY m.${column}, m.score LIMIT 1) IS NOT NULL AS matched`;

// The pairs the items' candidate searches found ($2 the items, $3 the other sides, as columns).
const FOUND = `found AS (SELECT * FROM unnest($2::uuid[], $3::uuid[]) AS found(item_id, other_id))`;

// The offers' current matches (the offers $1), each with its need's columns when the search did
// not find the need (none when the need is not open: left out): an offer's scoring keeps them
// all (keptOf in matching.service.ts).
const CURRENT_MATCHES_OF_OFFERS = `WITH ${FOUND}
  SELECT m.offer_id AS match_item_id, m.need_id AS match_other_id, m.status AS match_status, m.notified_at IS NOT NULL AS match_sent, ${NEED_COLUMNS}
    FROM match m
    LEFT JOIN found ON found.item_id = m.offer_id AND found.other_id = m.need_id
    LEFT JOIN need n ON found.other_id IS NULL AND n.id = m.need_id AND n.status = 'OPEN'
   WHERE m.offer_id = ANY($1::uuid[]) AND m.status IN ('SUGGESTED', 'INTERESTED') AND (found.other_id IS NOT NULL OR n.id IS NOT NULL)`;

// The needs' current matches (the needs $1) that the search did not find, with their offers'
// columns (left out when the offer is not open), and the INTERESTED or already sent ones it
// found, without: a need's scoring ranks the first with its candidates, and keeps the others.
const CURRENT_MATCHES_OF_NEEDS = `WITH ${FOUND}
  SELECT m.need_id AS match_item_id, m.offer_id AS match_other_id, m.status AS match_status, m.notified_at IS NOT NULL AS match_sent, ${OFFER_COLUMNS}
    FROM match m
    LEFT JOIN found ON found.item_id = m.need_id AND found.other_id = m.offer_id
    LEFT JOIN (offer o JOIN organization org ON org.id = o.organization_id) ON found.other_id IS NULL AND o.id = m.offer_id AND o.status = 'OPEN'
   WHERE m.need_id = ANY($1::uuid[]) AND m.status IN ('SUGGESTED', 'INTERESTED')
     AND (o.id IS NOT NULL OR found.other_id IS NOT NULL AND (m.status = 'INTERESTED' OR m.notified_at IS NOT NULL))`;

const NEED_CANDIDATES = `WITH candidate AS MATERIALIZED (
    SELECT n.id FROM need n
     WHERE n.status = 'OPEN' AND n.resource_types && $1::resource_type[] AND n.organization_id <> $2
       AND ($3::date IS NULL OR n.ends_on IS NULL OR n.ends_on >= $3::date)
       AND ($4::date IS NULL OR n.starts_on IS NULL OR n.starts_on <= $4::date)
       AND ${SHARES_SEARCH_KEY('n')}
     ORDER BY ${OVERLAP('n', '$8')} DESC, n.id LIMIT $7)
  SELECT ${NEED_COLUMNS} FROM candidate JOIN need n ON n.id = candidate.id`;

/**
 * A held offer with its profile, as the scorer reads it: one object literal, of one shape. The
 * rest and spread it replaces (`{ ...offer, ...profile }` of the offer without its version)
 * made two objects a candidate, the second with its properties out of line, about 1.5 kB: a
 * seventh of what the benchmark's jobs allocated, and over a third of what outlived a
 * young-generation collection (`BENCH_HEAP_PROFILE`, docs/history/speed.md).
 */
function heldOfferFacts(offer: HeldOffer, profile: ItemProfile): OfferFacts {
  return {
    id: offer.id,
    organizationId: offer.organizationId,
    organizationSector: offer.organizationSector,
    resourceTypes: offer.resourceTypes,
    municipalityCode: offer.municipalityCode,
    reach: offer.reach,
    serviceAreaCodes: offer.serviceAreaCodes,
    availableFrom: offer.availableFrom,
    availableUntil: offer.availableUntil,
    valueEur: offer.valueEur,
    capacity: offer.capacity,
    activePartnerships: offer.activePartnerships,
    themeWeights: profile.themeWeights,
    terms: profile.terms,
    language: profile.language,
  };
}

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
    private readonly offerIndex: OfferSearchIndex,
  ) {}

  async findNeed(id: string): Promise<ItemToScore<NeedFacts> | undefined> {
    const [row] = (await this.dataSource.query(`SELECT ${NEED_COLUMNS}, ${MATCHED('need_id', 'n')} FROM need n WHERE n.id = $1`, [id])) as Matched<NeedRow>[];
    return row && { facts: this.needFacts(row), open: row.status === NeedStatus.OPEN, matched: row.matched };
  }

  async findOffer(id: string): Promise<ItemToScore<OfferFacts> | undefined> {
    const [row] = (await this.dataSource.query(
      `SELECT ${OFFER_COLUMNS}, ${MATCHED('offer_id', 'o')} FROM offer o JOIN organization org ON org.id = o.organization_id WHERE o.id = $1`,
      [id],
    )) as Matched<OfferRow>[];
    return row && { facts: this.offerFacts(row), open: row.status === OfferStatus.OPEN, matched: row.matched };
  }

  /** findNeed of several needs in one query; those that do not exist are left out. */
  async findNeeds(ids: string[]): Promise<ItemToScore<NeedFacts>[]> {
    const rows = (await this.dataSource.query(`SELECT ${NEED_COLUMNS}, ${MATCHED('need_id', 'n')} FROM need n WHERE n.id = ANY($1::uuid[])`, [
      ids,
    ])) as Matched<NeedRow>[];
    return rows.map((row) => ({ facts: this.needFacts(row), open: row.status === NeedStatus.OPEN, matched: row.matched }));
  }

  /** findOffer of several offers in one query; those that do not exist are left out. */
  async findOffers(ids: string[]): Promise<ItemToScore<OfferFacts>[]> {
    const rows = (await this.dataSource.query(
      `SELECT ${OFFER_COLUMNS}, ${MATCHED('offer_id', 'o')} FROM offer o JOIN organization org ON org.id = o.organization_id WHERE o.id = ANY($1::uuid[])`,
      [ids],
    )) as Matched<OfferRow>[];
    return rows.map((row) => ({ facts: this.offerFacts(row), open: row.status === OfferStatus.OPEN, matched: row.matched }));
  }

  /**
   * Stores what the other side's candidate search looks for in these items, in one
   * statement: their stems and themes (with their parents), and for a need the same as
   * hashed keys, which an offer's candidate-need query counts. Nothing is written for an
   * item whose profile did not change.
   */
  async saveSearchProfiles(table: 'need' | 'offer', items: (NeedFacts | OfferFacts)[]): Promise<void> {
    if (items.length === 0) return;
    const profiles = items.map((facts) => ({ id: facts.id, terms: [...new Set(facts.terms)], themes: searchableThemes(facts, this.reference.themes) }));
    // Sorted by id: concurrent batches lock the rows they change in the same order.
    profiles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const keyIds = table === 'need' ? ', match_term_ids = match_key_ids(profile.terms), match_theme_ids = match_key_ids(profile.themes)' : '';
    const keyIdsMissing = table === 'need' ? ' OR need.match_term_ids IS NULL OR need.match_theme_ids IS NULL' : '';
    await this.dataSource.query(
      `UPDATE ${table} SET match_terms = profile.terms, match_theme_codes = profile.themes${keyIds}
         FROM jsonb_to_recordset($1::jsonb) AS profile(id uuid, terms text[], themes text[])
        WHERE ${table}.id = profile.id
          AND (${table}.match_terms IS DISTINCT FROM profile.terms OR ${table}.match_theme_codes IS DISTINCT FROM profile.themes${keyIdsMissing})`,
      [JSON.stringify(profiles)],
    );
  }

  /**
   * Stores what the other side's candidate search looks for in this item; nothing is
   * written when it did not change (a re-score of an unchanged item leaves no dead row).
   */
  async saveSearchProfile(table: 'need' | 'offer', facts: NeedFacts | OfferFacts): Promise<void> {
    await this.saveSearchProfiles(table, [facts]);
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

  /**
   * The document frequencies of these stems among the open offers now: the search index's,
   * after it has read the offers changed since its last read; counting besides the `analysed`
   * offers (those a job scores) that the index does not count yet (OfferTable.statistics).
   */
  async offerStatistics(terms: Iterable<string>, analysed: Iterable<AnalysedOffer> = []): Promise<TermStatistics> {
    await this.offerIndex.catchUp();
    return this.offerIndex.statistics(terms, analysed);
  }

  /** The same as of the index's last read, for a job that has read it (its search did). */
  offerStatisticsAsRead(terms: Iterable<string>, analysed: Iterable<AnalysedOffer> = []): TermStatistics {
    return this.offerIndex.statistics(terms, analysed);
  }

  /**
   * The open offers that could fit a need, through the search index, the search keys chosen by
   * the document frequencies of the same read of the index that the search then ranks: one
   * read of the changed offers for both, where the keys took a query of their own.
   */
  async searchedOffersFor(need: NeedFacts, stages: StageTimer = untimed): Promise<OfferFacts[]> {
    const statistics = await stages.time('search', () => this.offerStatistics(need.terms));
    return this.searchOffers(need, this.searchKeys(need, statistics), stages, true);
  }

  /** The open offers that could fit a need; every feasible one when no search keys are given (the benchmark's brute force). */
  async offersFor(need: NeedFacts, search: SearchKeys | null, stages: StageTimer = untimed): Promise<OfferFacts[]> {
    if (search !== null) return this.searchOffers(need, search, stages);
    const rows = (await stages.time('candidates', () =>
      this.dataSource.query(`SELECT ${OFFER_COLUMNS} FROM offer o JOIN organization org ON org.id = o.organization_id WHERE ${FEASIBLE_OFFER}`, [
        need.resourceTypes,
        need.organizationId,
        need.startsOn,
        need.endsOn,
      ]),
    )) as OfferRow[];
    return stages.time('analysis', () => rows.map((row) => this.offerFacts(row)));
  }

  /**
   * The offers the search index chooses for the need, best ranked first, as the index holds
   * them: it read them when it caught up, just before the search, so they are as current as a
   * read now would be, and nothing is read back from PostgreSQL but the texts of offers whose
   * profile this process does not have at their version. An offer deleted since the index
   * read it is found then and forgotten, and the search is run again without it, up to
   * SEARCH_ATTEMPTS searches in all (one whose profile is cached is found by the store,
   * which stores no pair of it: MatchingService). `asRead`: the index was read for these keys
   * (searchedOffersFor), just before, so the first search ranks that read's offers without
   * reading again.
   */
  private async searchOffers(need: NeedFacts, keys: SearchKeys, stages: StageTimer, asRead = false): Promise<OfferFacts[]> {
    const [regionalHomes, localHomes] = this.homesCovering(need.municipalityCode);
    const search: OfferSearch = {
      resourceTypes: need.resourceTypes,
      organizationId: need.organizationId,
      startsOn: need.startsOn,
      endsOn: need.endsOn,
      municipalityCode: need.municipalityCode,
      regionalHomes,
      localHomes,
      keys,
      coversWorth: isRemoteOnly(need) ? 0 : COVERS_NEED_WORTH,
      limit: this.config.maxCandidates,
      onTheSpot: ON_THE_SPOT_CANDIDATES,
    };
    for (let attempt = 1; ; attempt++) {
      const held = this.offerIndex.offers(
        await stages.time('search', async () => (asRead && attempt === 1 ? this.offerIndex.candidatesAsRead(search) : this.offerIndex.candidates(search))),
      );
      const profiles = new Map<string, ItemProfile>();
      const unprofiled: string[] = [];
      for (const offer of held) {
        const profile = this.profiles.profileAt(offer.id, offer.version);
        if (profile) profiles.set(offer.id, profile);
        else unprofiled.push(offer.id);
      }
      const texts =
        unprofiled.length === 0
          ? []
          : ((await stages.time('candidates', () =>
              this.dataSource.query(`SELECT id, title, description, theme_codes, search_xid::text AS version FROM offer WHERE id = ANY($1::uuid[])`, [unprofiled]),
            )) as OfferText[]);
      const found = new Set(texts.map((text) => text.id));
      const deleted = unprofiled.filter((id) => !found.has(id));
      this.forgetOffers(deleted);
      if (deleted.length === 0 || attempt === SEARCH_ATTEMPTS) {
        return stages.time('analysis', () => {
          for (const text of texts) profiles.set(text.id, this.profiles.profileOf(text.id, text.title, text.description, text.theme_codes, text.version));
          return held.flatMap((offer) => {
            const profile = profiles.get(offer.id);
            return profile ? [heldOfferFacts(offer, profile)] : [];
          });
        });
      }
    }
  }

  /** Offers found deleted (by the store): the search index forgets them. */
  forgetOffers(ids: readonly string[]): void {
    if (ids.length > 0) this.offerIndex.forget(ids);
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

  /**
   * The current matches (SUGGESTED or INTERESTED) of offers, by offer, given the needs each
   * offer's candidate search found: an offer's scoring scores them all, whatever its search
   * found and whatever their rank, so that a pair a need listed is not expired by the
   * offer's scoring, and its stored score and capacity follow the offer (a partnership formed
   * or ended, its capacity changed). The needs the search did not find are read here; those
   * no longer open are left out. One query for all the offers.
   */
  async currentMatchesOfOffers(found: ReadonlyMap<string, readonly NeedFacts[]>): Promise<Map<string, CurrentMatches<NeedFacts>>> {
    const rows = await this.currentMatches<NeedRow>(CURRENT_MATCHES_OF_OFFERS, found);
    return this.byItem(rows, (row) => this.needFacts(row));
  }

  /**
   * What a need's scoring reads of its current matches, by need, given the offers each need's
   * candidate search found: those the search did not find (their open offers read here), since
   * an offer's search may have listed the pair where the need's did not, and the INTERESTED
   * ones, which stay whatever their rank. One query for all the needs.
   */
  async currentMatchesOfNeeds(found: ReadonlyMap<string, readonly OfferFacts[]>): Promise<Map<string, CurrentMatches<OfferFacts>>> {
    const rows = await this.currentMatches<OfferRow>(CURRENT_MATCHES_OF_NEEDS, found);
    return this.byItem(rows, (row) => this.offerFacts(row));
  }

  private async currentMatches<Row>(statement: string, found: ReadonlyMap<string, readonly { id: string }[]>): Promise<CurrentMatchRow<Row>[]> {
    if (found.size === 0) return [];
    const items: string[] = [];
    const others: string[] = [];
    for (const [id, candidates] of found) {
      for (const candidate of candidates) {
        items.push(id);
        others.push(candidate.id);
      }
    }
    return (await this.dataSource.query(statement, [[...found.keys()], items, others])) as CurrentMatchRow<Row>[];
  }

  private byItem<Row extends { id: string }, Facts>(rows: CurrentMatchRow<Row>[], facts: (row: Row) => Facts): Map<string, CurrentMatches<Facts>> {
    const byItem = new Map<string, CurrentMatches<Facts>>();
    for (const row of rows) {
      let current = byItem.get(row.match_item_id);
      if (!current) byItem.set(row.match_item_id, (current = { statuses: new Map(), sent: new Set(), unfound: [] }));
      current.statuses.set(row.match_other_id, row.match_status);
      if (row.match_sent) current.sent.add(row.match_other_id);
      // The other side's columns are null when the search found it.
      if (row.id !== null) current.unfound.push(facts(row));
    }
    return byItem;
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
      ...this.profiles.profileOf(row.id, row.title, row.description, row.theme_codes, row.version),
    };
  }
}
