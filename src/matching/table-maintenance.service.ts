import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

// The tables that matching reads and rewrites all day.
const TABLES = ['need', 'offer', 'match', 'outbox_event', 'outbox_planned_job', 'offer_term_count'];
// How often a worker looks whether they changed enough to be vacuumed or analyzed.
const CHECK_INTERVAL_MS = 10_000;

/** What a check did. */
export interface Maintenance {
  vacuumed: string[];
  analyzed: string[];
}

/**
 * Does autovacuum's work on the matching tables when PostgreSQL's autovacuum is off (some
 * managed or hand-tuned servers, and this project's development machine), by autovacuum's
 * own rules and the server's own settings for them:
 * - **VACUUM** a table whose dead rows exceed `autovacuum_vacuum_threshold` +
 *   `autovacuum_vacuum_scale_factor` × its rows, or whose rows inserted since the last vacuum
 *   exceed the `_insert_` pair. Every offer is written three times on its way in (posted,
 *   profiled, stamped), and without vacuuming the candidate query's indexes lead it to every
 *   dead version: at 100,000 offers it read 17,870 pages instead of 8,663 and took 185 ms
 *   instead of 46–100 (bench:ingest, EXPLAIN (ANALYZE, BUFFERS)).
 * - **ANALYZE** a table whose rows changed since the last analysis exceed
 *   `autovacuum_analyze_threshold` + `autovacuum_analyze_scale_factor` × its rows: plans made
 *   for empty tables scan all of them once an import has filled them (matching slowed from 5
 *   to 1.5 jobs a second).
 * With autovacuum on, it does nothing.
 */
@Injectable()
export class TableMaintenanceService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TableMaintenanceService.name);
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    const [{ autovacuum }] = (await this.dataSource.query(`SELECT current_setting('autovacuum') AS autovacuum`)) as { autovacuum: string }[];
    if (autovacuum === 'on') return;
    this.logger.warn(
      `PostgreSQL's autovacuum is off: this worker vacuums and analyzes ${TABLES.join(', ')} itself when they change (turn autovacuum on to leave it to PostgreSQL)`,
    );
    this.timer = setInterval(() => void this.maintainChanged(), CHECK_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Vacuums and analyzes the matching tables that changed as much as autovacuum would wait for. */
  async maintainChanged(): Promise<Maintenance> {
    const done: Maintenance = { vacuumed: [], analyzed: [] };
    if (this.running) return done;
    this.running = true;
    try {
      const rows = (await this.dataSource.query(
        `SELECT relname,
                n_dead_tup > current_setting('autovacuum_vacuum_threshold')::float8 + current_setting('autovacuum_vacuum_scale_factor')::float8 * n_live_tup
                  OR n_ins_since_vacuum > current_setting('autovacuum_vacuum_insert_threshold')::float8
                                          + current_setting('autovacuum_vacuum_insert_scale_factor')::float8 * n_live_tup AS vacuum,
                n_mod_since_analyze > current_setting('autovacuum_analyze_threshold')::float8
                                      + current_setting('autovacuum_analyze_scale_factor')::float8 * n_live_tup AS analyze
           FROM pg_stat_user_tables
          WHERE schemaname = current_schema() AND relname = ANY($1)`,
        [TABLES],
      )) as { relname: string; vacuum: boolean; analyze: boolean }[];
      done.vacuumed = rows.filter((row) => row.vacuum).map((row) => row.relname);
      done.analyzed = rows.filter((row) => row.analyze && !row.vacuum).map((row) => row.relname);
      const list = (tables: string[]) => tables.map((table) => `"${table}"`).join(', ');
      // SKIP_LOCKED: another worker at the same table at this moment is enough. VACUUM runs
      // outside a transaction and only beside the writers, never blocking them.
      if (done.vacuumed.length > 0) await this.dataSource.query(`VACUUM (ANALYZE, SKIP_LOCKED) ${list(done.vacuumed)}`);
      if (done.analyzed.length > 0) await this.dataSource.query(`ANALYZE (SKIP_LOCKED) ${list(done.analyzed)}`);
      return done;
    } catch (error) {
      this.logger.warn(`Maintaining the matching tables failed: ${error instanceof Error ? error.message : String(error)}`);
      return done;
    } finally {
      this.running = false;
    }
  }
}
