import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

// The candidate query searches with an item's most distinctive stems, at most this many.
const SEARCH_TERMS = 16;
// Stems that this share of the open offers use would select nearly everything.
const COMMON_TERM_SHARE = 0.1;

/** How often each stem occurs among the open offers, at one moment. */
export class TermStatistics {
  constructor(
    /** How many open offers were counted. */
    readonly total: number,
    private readonly counts: ReadonlyMap<string, number>,
  ) {}

  /**
   * Inverse document frequency of a stem. One function per count, so that the scorer's
   * vectors computed with it stay valid from job to job until the next count.
   */
  readonly idf = (term: string): number => Math.log(1 + (this.total + 1) / ((this.counts.get(term) ?? 0) + 0.5));

  /** An item's rarest stems, leaving the common ones to the scorer. */
  distinctiveTerms(terms: readonly string[]): string[] {
    return [...new Set(terms)]
      .filter((term) => (this.counts.get(term) ?? 0) <= Math.max(20, this.total * COMMON_TERM_SHARE))
      .sort((a, b) => this.idf(b) - this.idf(a))
      .slice(0, SEARCH_TERMS);
  }
}

/**
 * The term statistics of the open offers: the same weights whichever side of a pair
 * triggered its scoring. Recounted after a minute or when the offers grew by over 5%.
 * Counting the open offers costs 35 ms at 100,000 of them, so it is skipped while no offer
 * was scored here and the last count is a few seconds old at most (other workers' offers
 * are seen within those seconds).
 */
@Injectable()
export class TermStatisticsService {
  private latest: { statistics: TermStatistics; countedAt: number; checkedAt: number } | null = null;
  private offersScoredSinceCheck = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** An offer was (re)profiled here: the next statistics look at the open offers again. */
  offerScored(): void {
    this.offersScoredSinceCheck++;
  }

  async current(): Promise<TermStatistics> {
    const latest = this.latest;
    if (latest && this.offersScoredSinceCheck === 0 && Date.now() - latest.checkedAt <= 5_000) return latest.statistics;
    this.offersScoredSinceCheck = 0;
    const [{ open }] = (await this.dataSource.query(`SELECT count(*)::int AS open FROM offer WHERE status = 'OPEN'`)) as { open: number }[];
    if (latest) latest.checkedAt = Date.now();
    if (latest && Date.now() - latest.countedAt <= 60_000 && Math.abs(open - latest.statistics.total) <= Math.max(1, latest.statistics.total * 0.05)) {
      return latest.statistics;
    }
    const rows = (await this.dataSource.query(
      `SELECT term, count(*)::int AS documents FROM offer, unnest(match_terms) AS term WHERE status = 'OPEN' GROUP BY term`,
    )) as { term: string; documents: number }[];
    const statistics = new TermStatistics(open, new Map(rows.map((row) => [row.term, row.documents])));
    this.latest = { statistics, countedAt: Date.now(), checkedAt: Date.now() };
    return statistics;
  }
}
