import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

// The candidate query searches with an item's most distinctive stems, at most this many.
const SEARCH_TERMS = 16;
// Stems that this share of the open offers use would select nearly everything.
const COMMON_TERM_SHARE = 0.1;
// offer_term_count keeps the number of counted offers under the empty stem.
const OPEN_OFFERS = '';

/** How often each of some stems occurs among the open offers, at one moment. */
export class TermStatistics {
  constructor(
    /** How many open offers were counted. */
    readonly total: number,
    private readonly counts: ReadonlyMap<string, number>,
  ) {}

  /** How many of the counted offers use the stem. */
  documents(term: string): number {
    return this.counts.get(term) ?? 0;
  }

  /**
   * Inverse document frequency of a stem. One function per snapshot, so that the scorer's
   * vectors computed with it stay valid while it is used.
   */
  readonly idf = (term: string): number => Math.log(1 + (this.total + 1) / (this.documents(term) + 0.5));

  /**
   * An item's rarest stems, leaving the common ones to the scorer. A stem no open offer uses
   * selects nothing: kept, the words only one text uses (a long need's "plot", "sunny",
   * "square") filled the search and pushed out the ones it shares ("gardening", "Kranj").
   */
  distinctiveTerms(terms: readonly string[]): string[] {
    return [...new Set(terms)]
      .filter((term) => {
        const documents = this.documents(term);
        return documents > 0 && documents <= Math.max(20, this.total * COMMON_TERM_SHARE);
      })
      .sort((a, b) => this.idf(b) - this.idf(a))
      .slice(0, SEARCH_TERMS);
  }
}

/**
 * The document frequencies of the open offers as PostgreSQL keeps them current (the
 * offer_term_count table and its triggers): the same weights whichever side of a pair
 * triggered its scoring. A scoring job takes them from the worker's offer search index
 * instead (OfferSearchIndex.statistics, counted as the index reads the changed offers),
 * which saves it two queries; these are what the index's must agree with (tests), and a
 * recount and a repair of them.
 */
@Injectable()
export class TermStatisticsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The counts of these stems and the number of counted offers, now. */
  async of(terms: Iterable<string>): Promise<TermStatistics> {
    const wanted = new Set(terms);
    wanted.add(OPEN_OFFERS);
    const rows = (await this.dataSource.query(`SELECT term, offers FROM offer_term_count WHERE term = ANY($1::text[])`, [[...wanted]])) as {
      term: string;
      offers: number;
    }[];
    const counts = new Map(rows.map((row) => [row.term, row.offers]));
    const total = counts.get(OPEN_OFFERS) ?? 0;
    counts.delete(OPEN_OFFERS);
    return new TermStatistics(total, counts);
  }

  /** Every stem's count from scratch, as the triggers should have kept it (the empty stem is the number of offers). */
  async recount(): Promise<Map<string, number>> {
    const rows = (await this.dataSource.query(`SELECT term, offers FROM offer_term_recount()`)) as { term: string; offers: number }[];
    return new Map(rows.map((row) => [row.term, row.offers]));
  }

  /** The counts as kept, stems no open offer uses left out. */
  async kept(): Promise<Map<string, number>> {
    const rows = (await this.dataSource.query(`SELECT term, offers FROM offer_term_count WHERE offers <> 0`)) as { term: string; offers: number }[];
    return new Map(rows.map((row) => [row.term, row.offers]));
  }

  /**
   * Replaces the kept counts with a full recount: a repair, should they ever drift (a
   * trigger disabled for a bulk load, say). Offers cannot change meanwhile; reads go on.
   */
  async rebuild(): Promise<void> {
    await this.dataSource.transaction((manager) => manager.query(`SELECT rebuild_offer_term_count()`));
  }
}
