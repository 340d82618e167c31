import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

// The tables whose size the matching queries' plans depend on.
const TABLES = ['need', 'offer', 'match', 'outbox_event', 'offer_term_count'];
// How often a worker looks whether they changed enough to be analyzed.
const CHECK_INTERVAL_MS = 10_000;
// autovacuum's own rule for analyzing a table: changed rows above 50 + 10% of its rows.
const ANALYZE_BASE_ROWS = 50;
const ANALYZE_SCALE = 0.1;

/**
 * Keeps the planner's statistics of the matching tables current when PostgreSQL's
 * autovacuum is off (some managed or hand-tuned servers): an import grows the offer and
 * match tables from nothing to hundreds of thousands of rows in minutes, and plans made for
 * empty tables then scan all of them (bench:ingest: matching slowed from 5 to 1.5 jobs a
 * second). With autovacuum on, it does nothing.
 */
@Injectable()
export class PlannerStatisticsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PlannerStatisticsService.name);
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    const [{ autovacuum }] = (await this.dataSource.query(`SELECT current_setting('autovacuum') AS autovacuum`)) as { autovacuum: string }[];
    if (autovacuum === 'on') return;
    this.logger.warn(`PostgreSQL's autovacuum is off: this worker analyzes ${TABLES.join(', ')} itself when they change (turn autovacuum on to leave it to PostgreSQL)`);
    this.timer = setInterval(() => void this.analyzeChanged(), CHECK_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Analyzes the matching tables that changed as much as autovacuum would wait for; returns their names. */
  async analyzeChanged(): Promise<string[]> {
    if (this.running) return [];
    this.running = true;
    try {
      const rows = (await this.dataSource.query(
        `SELECT relname FROM pg_stat_user_tables
          WHERE schemaname = current_schema() AND relname = ANY($1) AND n_mod_since_analyze > $2::float8 + $3::float8 * n_live_tup`,
        [TABLES, ANALYZE_BASE_ROWS, ANALYZE_SCALE],
      )) as { relname: string }[];
      const changed = rows.map((row) => row.relname);
      // SKIP_LOCKED: another worker analyzing the same table at this moment is enough.
      if (changed.length > 0) await this.dataSource.query(`ANALYZE (SKIP_LOCKED) ${changed.map((table) => `"${table}"`).join(', ')}`);
      return changed;
    } catch (error) {
      this.logger.warn(`Analyzing the matching tables failed: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    } finally {
      this.running = false;
    }
  }
}
