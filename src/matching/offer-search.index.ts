import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OfferStatus } from '../offers/offer.enums';
import { ResourceType } from '../reference-data/resource-type.enum';
import type { SearchKeys } from './match-candidates.repository';
import { ReachKind } from './scoring/geography';
import type { OfferFacts } from './scoring/score';
import { TermStatistics } from './term-statistics.service';

/** What the candidate search asks of the open offers, for one need. */
export interface OfferSearch {
  resourceTypes: readonly string[];
  /** The need's organization: its own offers are never its candidates. */
  organizationId: string;
  startsOn: string | null;
  endsOn: string | null;
  municipalityCode: string;
  /** The home municipalities from which a REGIONAL, and a LOCAL, offer reaches the need. */
  regionalHomes: readonly string[];
  localHomes: readonly string[];
  keys: SearchKeys;
  /** What reaching the need adds to an offer's rank (0 when place does not matter to it). */
  coversWorth: number;
  /** How many offers that share a key to return, the best ranked. */
  limit: number;
  /** How many offers on the spot that share no key to add, in id order. */
  onTheSpot: number;
}

/** One open offer, as much of it as the search reads. */
export interface SearchedOffer {
  id: string;
  organizationId: string;
  resourceTypes: readonly string[];
  availableFrom: string | null;
  availableUntil: string | null;
  municipalityCode: string;
  reach: ReachKind;
  serviceAreaCodes: readonly string[];
  /** Its stems and theme keys; null until the worker first writes its search profile. */
  terms: readonly string[] | null;
  themes: readonly string[] | null;
  /** What the scorer reads of it besides its text (HeldOffer). */
  organizationSector: string;
  valueEur: number | null;
  capacity: number | null;
  activePartnerships: number;
  version: string;
}

/** An offer as a job analysed it, for the document frequencies: its stems. */
export interface AnalysedOffer {
  id: string;
  terms: readonly string[];
}

/**
 * What the scorer reads of an open offer besides its text: held with the search's columns, so
 * that a need's scoring does not read its few hundred candidates back from PostgreSQL. `version`
 * is the transaction that last changed any of it or the text (search_xid): a profile made from
 * the text at that version is still the offer's.
 */
export type HeldOffer = Omit<OfferFacts, 'themeWeights' | 'terms' | 'language'> & { version: string };

interface OfferSearchRow {
  horizon: string;
  id: string | null;
  organization_id: string;
  organization_sector: string;
  value_eur: number | null;
  capacity: number | null;
  active_partnerships: number;
  version: string;
  status: OfferStatus;
  resource_types: string[];
  available_from: string | null;
  available_until: string | null;
  municipality_code: string;
  reach: ReachKind;
  service_area_codes: string[];
  match_terms: string[] | null;
  match_theme_codes: string[] | null;
}

const RESOURCE_BIT = new Map(Object.values(ResourceType).map((type, index) => [type as string, 1 << index]));
const resourceMask = (types: readonly string[]) => types.reduce((mask, type) => mask | (RESOURCE_BIT.get(type) ?? 0), 0);
// The resource types of each mask, made once: a job asks for them of every candidate.
const RESOURCE_TYPES_OF_MASK = Array.from({ length: 1 << RESOURCE_BIT.size }, (_, mask): readonly string[] =>
  Object.freeze([...RESOURCE_BIT].filter(([, bit]) => (mask & bit) !== 0).map(([type]) => type)),
);

const SEARCH_COLUMNS = `o.id, o.organization_id, o.status, o.resource_types::text[] AS resource_types,
  to_char(o.available_from, 'YYYY-MM-DD') AS available_from, to_char(o.available_until, 'YYYY-MM-DD') AS available_until,
  o.municipality_code, o.reach, o.service_area_codes, o.match_terms, o.match_theme_codes,
  org.sector AS organization_sector, o.value_eur, o.capacity, o.active_partnerships, o.search_xid::text AS version`;
const OFFERS = `(offer o JOIN organization org ON org.id = o.organization_id)`;

// One statement, so one snapshot: the offers it returns, and the oldest transaction still
// running when it was taken (`horizon`). Whatever that snapshot could not see was written by
// that transaction or a later one, so the next read asks for search_xid >= horizon and misses
// nothing; it may read again a few offers it has, which is harmless. The first read takes
// every open offer.
const FIRST_READ = `WITH snapshot AS (SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon)
  SELECT snapshot.horizon, ${SEARCH_COLUMNS} FROM snapshot LEFT JOIN ${OFFERS} ON o.status = 'OPEN'`;
const CHANGES_SINCE = `WITH snapshot AS (SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon)
  SELECT snapshot.horizon, ${SEARCH_COLUMNS} FROM snapshot LEFT JOIN ${OFFERS} ON o.search_xid >= $1::bigint`;

/**
 * The open offers as the candidate search reads them, held in the worker's memory and kept
 * current by reading, before each search, only the offers changed since the last read (the
 * offer_search_touch trigger stamps them). At 100,000 offers a need's broad themes are shared
 * by nearly every offer of its resource type, so ranking in SQL read and ranked some 18,000
 * rows for every need; here the same ranking is a loop over typed arrays, and PostgreSQL
 * only reads the few hundred chosen offers whole.
 *
 * A deleted offer leaves no row to read: it stays until a search returns it and the
 * repository, not finding it, calls `forget`.
 */
@Injectable()
export class OfferSearchIndex {
  private readonly table = new OfferTable();
  private horizon: string | null = null;
  private reading?: Promise<void>;
  private nextRead?: Promise<void>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** How many open offers it holds. */
  get size(): number {
    return this.table.size;
  }

  /** OfferTable.search, on the offers as PostgreSQL holds them when it is called. */
  async candidates(search: OfferSearch): Promise<string[]> {
    await this.catchUp();
    return this.table.search(search);
  }

  /** OfferTable.search on the offers as of the last read (catchUp): for a search whose keys that read's statistics chose. */
  candidatesAsRead(search: OfferSearch): string[] {
    return this.table.search(search);
  }

  /**
   * The document frequencies of these stems among the open offers with a search profile, as of
   * the last read: a copy, which later reads leave as it is (a job's idf stays one function).
   * They are what offer_term_count holds, counted here as the offers are read; an offer deleted
   * outright counts until a search returns it and it is forgotten. The copy counts besides the
   * `analysed` offers that the index does not count yet (OfferTable.statistics).
   */
  statistics(terms: Iterable<string>, analysed: Iterable<AnalysedOffer> = []): TermStatistics {
    return this.table.statistics(terms, analysed);
  }

  /** What the scorer reads of these offers (as of the last read), in their order; unknown ones are left out. */
  offers(ids: readonly string[]): HeldOffer[] {
    return ids.flatMap((id) => this.table.held(id) ?? []);
  }

  /** Drops offers that a search returned but PostgreSQL no longer holds (deleted). */
  forget(ids: Iterable<string>): void {
    for (const id of ids) this.table.remove(id);
  }

  /**
   * Reads the offers changed since the last read. A search waits for a read that started
   * after it was asked for, so it sees every offer committed before it began; concurrent
   * searches share one read.
   */
  catchUp(): Promise<void> {
    if (!this.reading) {
      this.reading = this.read().finally(() => (this.reading = undefined));
      return this.reading;
    }
    this.nextRead ??= this.reading
      .catch(() => undefined)
      .then(() => {
        this.nextRead = undefined;
        return this.catchUp();
      });
    return this.nextRead;
  }

  private async read(): Promise<void> {
    const rows = (
      this.horizon === null ? await this.dataSource.query(FIRST_READ) : await this.dataSource.query(CHANGES_SINCE, [this.horizon])
    ) as OfferSearchRow[];
    for (const row of rows) {
      // No offer changed: the snapshot's row alone.
      if (row.id === null) continue;
      if (row.status !== OfferStatus.OPEN) this.table.remove(row.id);
      else
        this.table.put({
          id: row.id,
          organizationId: row.organization_id,
          resourceTypes: row.resource_types,
          availableFrom: row.available_from,
          availableUntil: row.available_until,
          municipalityCode: row.municipality_code,
          reach: row.reach,
          serviceAreaCodes: row.service_area_codes,
          terms: row.match_terms,
          themes: row.match_theme_codes,
          organizationSector: row.organization_sector,
          valueEur: row.value_eur,
          capacity: row.capacity,
          activePartnerships: row.active_partnerships,
          version: row.version,
        });
    }
    this.horizon = rows[0].horizon;
  }
}

const NO_DAY_BEFORE = -(2 ** 31);
const NO_DAY_AFTER = 2 ** 31 - 1;
const REACHES = ['LOCAL', 'REGIONAL', 'NATIONAL'] as const satisfies readonly ReachKind[];
const NO_PROFILE = 0xffff;

/** The 'YYYY-MM-DD' date of days since 1970. */
const dateOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** Days since 1970 of a 'YYYY-MM-DD' date. */
const dayOf = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

/**
 * The offers in columns of typed arrays, one slot each, and their stems and theme keys in
 * one pool of integers: a search scans them in order without touching an object per offer
 * (at 100,000 offers, objects scattered over the heap made the same loop five times slower).
 * Every string (stem, theme, organization, municipality) is interned as an integer.
 */
export class OfferTable {
  private readonly names = new Map<string, number>();
  private readonly slots = new Map<string, number>();
  private ids: string[] = [];
  private resources = new Uint8Array(0);
  private organization = new Int32Array(0);
  private from = new Int32Array(0);
  private until = new Int32Array(0);
  private place = new Int32Array(0);
  private reach = new Uint8Array(0);
  // Where the slot's keys start in the pool: its stems, then its theme keys.
  private keyStart = new Int32Array(0);
  private termCount = new Uint16Array(0);
  private themeCount = new Uint16Array(0);
  // What the scorer reads besides the search's columns (held): NaN or -1 for none.
  private sector = new Int32Array(0);
  private value = new Float64Array(0);
  private capacity = new Int32Array(0);
  private partnerships = new Int32Array(0);
  private version = new Float64Array(0);
  private readonly nameOf: string[] = [];
  // Service areas are rare: the codes of those that have one, by slot.
  private readonly areas = new Map<number, readonly string[]>();
  private pool = new Int32Array(1 << 12);
  private poolUsed = 0;
  private poolLive = 0;
  // The document frequencies: by a stem's interned number, how many held offers with a profile
  // use it; and how many offers have one.
  private termOffers = new Int32Array(1 << 12);
  private profiledOffers = 0;

  get size(): number {
    return this.ids.length;
  }

  /** How many held offers have a search profile (the offers the document frequencies count). */
  get profiled(): number {
    return this.profiledOffers;
  }

  /** How many held offers with a profile use the stem. */
  documents(term: string): number {
    const id = this.names.get(term);
    return id === undefined || id >= this.termOffers.length ? 0 : this.termOffers[id];
  }

  /** Whether the document frequencies count the offer: it is held, with a search profile. */
  counts(id: string): boolean {
    const slot = this.slots.get(id);
    return slot !== undefined && this.termCount[slot] !== NO_PROFILE;
  }

  /**
   * The document frequencies of these stems (documents) and the number of offers counted
   * (profiled), as a copy; which counts besides each of the `analysed` offers (those a job
   * scores) that the table does not count, once, with its distinct stems. Such an offer is
   * open but its own job has not saved its search profile yet (a search finds it on the spot),
   * or was read after the table: counted as it will be once that job has run and the table has
   * read it, its pairs score the same whichever job runs first, as the offline trainer, which
   * counts every offer of a set, scores them. An offer counted already keeps its count, and
   * the table its counts: they stay what offer_term_count holds.
   */
  statistics(terms: Iterable<string>, analysed: Iterable<AnalysedOffer> = []): TermStatistics {
    const counts = new Map<string, number>();
    for (const term of terms) if (!counts.has(term)) counts.set(term, this.documents(term));
    let total = this.profiledOffers;
    const added = new Set<string>();
    for (const offer of analysed) {
      if (added.has(offer.id) || this.counts(offer.id)) continue;
      added.add(offer.id);
      total += 1;
      for (const term of new Set(offer.terms)) counts.set(term, (counts.get(term) ?? this.documents(term)) + 1);
    }
    return new TermStatistics(total, counts);
  }

  /**
   * The ids of the best-ranked feasible offers that share a search key with the need, then
   * of a few on the spot that share none. The rank is the candidate query's: a shared
   * distinctive stem counts 2, a shared common stem and a shared theme key 1 each, and
   * reaching the need `coversWorth`; ties go to the lower id, so that the same offers come
   * back each time.
   */
  search(search: OfferSearch): string[] {
    const termWeight = new Uint8Array(this.names.size);
    const themeKey = new Uint8Array(this.names.size);
    for (const term of search.keys.commonTerms) this.weigh(termWeight, term, 1);
    for (const term of search.keys.terms) this.weigh(termWeight, term, 2);
    for (const theme of search.keys.themes) this.weigh(themeKey, theme, 1);
    const resources = resourceMask(search.resourceTypes);
    const organization = this.names.get(search.organizationId) ?? -1;
    const starts = search.startsOn === null ? NO_DAY_BEFORE : dayOf(search.startsOn);
    const ends = search.endsOn === null ? NO_DAY_AFTER : dayOf(search.endsOn);
    const place = this.names.get(search.municipalityCode) ?? -1;
    const homes = [new Set<number>(), new Set<number>()];
    search.regionalHomes.forEach((home) => homes[0].add(this.names.get(home) ?? -1));
    search.localHomes.forEach((home) => homes[1].add(this.names.get(home) ?? -1));
    const reaches = (slot: number): boolean => {
      const area = this.areas.get(slot);
      if (area) return area.includes(search.municipalityCode);
      const reach = REACHES[this.reach[slot]];
      return reach === 'NATIONAL' || homes[reach === 'REGIONAL' ? 0 : 1].has(this.place[slot]);
    };

    const bySlotRank: number[][] = [];
    const onTheSpot: string[] = [];
    const pool = this.pool;
    for (let slot = 0; slot < this.ids.length; slot++) {
      if ((this.resources[slot] & resources) === 0 || this.organization[slot] === organization) continue;
      if (this.until[slot] < starts || this.from[slot] > ends) continue;
      let shares = false;
      let rank = 0;
      const termCount = this.termCount[slot];
      if (termCount !== NO_PROFILE) {
        const start = this.keyStart[slot];
        const themesEnd = start + termCount + this.themeCount[slot];
        for (let key = start; key < start + termCount; key++) {
          const weight = termWeight[pool[key]];
          rank += weight;
          if (weight === 2) shares = true;
        }
        for (let key = start + termCount; key < themesEnd; key++) {
          if (themeKey[pool[key]] === 1) {
            rank += 1;
            shares = true;
          }
        }
      }
      if (shares) {
        if (search.coversWorth > 0 && reaches(slot)) rank += search.coversWorth;
        (bySlotRank[rank] ??= []).push(slot);
      } else if (this.place[slot] === place || this.areas.get(slot)?.includes(search.municipalityCode)) {
        onTheSpot.push(this.ids[slot]);
      }
    }
    const chosen: string[] = [];
    for (let rank = bySlotRank.length - 1; rank >= 0 && chosen.length < search.limit; rank--) {
      const tied = (bySlotRank[rank] ?? []).map((slot) => this.ids[slot]).sort(byId);
      chosen.push(...tied.slice(0, search.limit - chosen.length));
    }
    return chosen.concat(onTheSpot.sort(byId).slice(0, search.onTheSpot));
  }

  /** The offer's facts as the scorer reads them, rebuilt from its slot; undefined when not held. */
  held(id: string): HeldOffer | undefined {
    const slot = this.slots.get(id);
    if (slot === undefined) return undefined;
    return {
      id,
      organizationId: this.nameOf[this.organization[slot]],
      organizationSector: this.nameOf[this.sector[slot]],
      resourceTypes: RESOURCE_TYPES_OF_MASK[this.resources[slot]],
      municipalityCode: this.nameOf[this.place[slot]],
      reach: REACHES[this.reach[slot]],
      serviceAreaCodes: this.areas.get(slot) ?? [],
      availableFrom: this.from[slot] === NO_DAY_BEFORE ? null : dateOf(this.from[slot]),
      availableUntil: this.until[slot] === NO_DAY_AFTER ? null : dateOf(this.until[slot]),
      valueEur: Number.isNaN(this.value[slot]) ? null : this.value[slot],
      capacity: this.capacity[slot] < 0 ? null : this.capacity[slot],
      activePartnerships: this.partnerships[slot],
      version: String(this.version[slot]),
    };
  }

  put(offer: SearchedOffer): void {
    let slot = this.slots.get(offer.id);
    if (slot === undefined) {
      slot = this.ids.length;
      if (slot === this.resources.length) this.grow(Math.max(1024, slot * 2));
      this.ids.push(offer.id);
      this.slots.set(offer.id, slot);
    } else {
      this.release(slot);
    }
    this.resources[slot] = resourceMask(offer.resourceTypes);
    this.organization[slot] = this.intern(offer.organizationId);
    this.from[slot] = offer.availableFrom === null ? NO_DAY_BEFORE : dayOf(offer.availableFrom);
    this.until[slot] = offer.availableUntil === null ? NO_DAY_AFTER : dayOf(offer.availableUntil);
    this.place[slot] = this.intern(offer.municipalityCode);
    this.reach[slot] = REACHES.indexOf(offer.reach as (typeof REACHES)[number]);
    this.sector[slot] = this.intern(offer.organizationSector);
    this.value[slot] = offer.valueEur ?? NaN;
    this.capacity[slot] = offer.capacity ?? -1;
    this.partnerships[slot] = offer.activePartnerships;
    // A transaction id: a whole number far below 2^53, exact in a double.
    this.version[slot] = Number(offer.version);
    if (offer.serviceAreaCodes.length > 0) this.areas.set(slot, offer.serviceAreaCodes);
    else this.areas.delete(slot);
    // match_terms and match_theme_codes are written together (saveSearchProfiles).
    if (offer.terms === null || offer.themes === null) {
      this.termCount[slot] = NO_PROFILE;
      return;
    }
    // Each stem once, as offer_term_count counts an offer (the profile's stems are distinct already).
    const terms = [...new Set(offer.terms)];
    const keys = [...terms, ...offer.themes].map((key) => this.intern(key));
    if (this.poolUsed + keys.length > this.pool.length) this.compact(keys.length);
    this.pool.set(keys, this.poolUsed);
    this.keyStart[slot] = this.poolUsed;
    this.termCount[slot] = terms.length;
    this.themeCount[slot] = offer.themes.length;
    this.poolUsed += keys.length;
    this.poolLive += keys.length;
    this.count(slot, 1);
  }

  /** Moves the last offer into the removed one's slot. */
  remove(id: string): void {
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    this.release(slot);
    this.slots.delete(id);
    const last = this.ids.length - 1;
    const lastId = this.ids.pop()!;
    if (slot === last) {
      this.areas.delete(slot);
      return;
    }
    this.ids[slot] = lastId;
    this.slots.set(lastId, slot);
    for (const column of [
      this.resources,
      this.organization,
      this.from,
      this.until,
      this.place,
      this.reach,
      this.keyStart,
      this.termCount,
      this.themeCount,
      this.sector,
      this.value,
      this.capacity,
      this.partnerships,
      this.version,
    ]) {
      column[slot] = column[last];
    }
    const area = this.areas.get(last);
    if (area) this.areas.set(slot, area);
    else this.areas.delete(slot);
    this.areas.delete(last);
  }

  /** The slot's keys no longer count as live (the pool is compacted when it fills), nor its stems as used. */
  private release(slot: number): void {
    if (this.termCount[slot] === NO_PROFILE) return;
    this.poolLive -= this.termCount[slot] + this.themeCount[slot];
    this.count(slot, -1);
  }

  /** Adds the slot's stems to the document frequencies (1), or takes them away (-1). */
  private count(slot: number, change: 1 | -1): void {
    if (this.termOffers.length < this.names.size) {
      const grown = new Int32Array(Math.max(this.names.size, 2 * this.termOffers.length));
      grown.set(this.termOffers);
      this.termOffers = grown;
    }
    const start = this.keyStart[slot];
    for (let key = start; key < start + this.termCount[slot]; key++) this.termOffers[this.pool[key]] += change;
    this.profiledOffers += change;
  }

  /** Copies the live keys to a pool with room for twice as many, plus `needed`. */
  private compact(needed: number): void {
    const pool = new Int32Array(Math.max(1 << 12, 2 * (this.poolLive + needed)));
    let used = 0;
    for (let slot = 0; slot < this.ids.length; slot++) {
      if (this.termCount[slot] === NO_PROFILE) continue;
      const start = this.keyStart[slot];
      const length = this.termCount[slot] + this.themeCount[slot];
      pool.set(this.pool.subarray(start, start + length), used);
      this.keyStart[slot] = used;
      used += length;
    }
    this.pool = pool;
    this.poolUsed = used;
    this.poolLive = used;
  }

  private grow(capacity: number): void {
    const grown = <T extends Uint8Array | Uint16Array | Int32Array | Float64Array>(column: T, make: new (length: number) => T): T => {
      const copy = new make(capacity);
      copy.set(column);
      return copy;
    };
    this.resources = grown(this.resources, Uint8Array);
    this.organization = grown(this.organization, Int32Array);
    this.from = grown(this.from, Int32Array);
    this.until = grown(this.until, Int32Array);
    this.place = grown(this.place, Int32Array);
    this.reach = grown(this.reach, Uint8Array);
    this.keyStart = grown(this.keyStart, Int32Array);
    this.termCount = grown(this.termCount, Uint16Array);
    this.themeCount = grown(this.themeCount, Uint16Array);
    this.sector = grown(this.sector, Int32Array);
    this.value = grown(this.value, Float64Array);
    this.capacity = grown(this.capacity, Int32Array);
    this.partnerships = grown(this.partnerships, Int32Array);
    this.version = grown(this.version, Float64Array);
  }

  private intern(name: string): number {
    let id = this.names.get(name);
    if (id === undefined) {
      this.names.set(name, (id = this.names.size));
      this.nameOf.push(name);
    }
    return id;
  }

  private weigh(weights: Uint8Array, key: string, weight: number): void {
    const id = this.names.get(key);
    if (id !== undefined) weights[id] = weight;
  }
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
