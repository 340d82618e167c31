import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Principal } from '../auth/principal';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { NotifiedLoop } from '../database/notified-loop';
import { MATCHES_SCORED_CHANNEL } from './matches-scored.event';
import { MATCHING_CONFIG } from './matching.queue';
import { SENDING_THRESHOLD_MIN } from './sending-threshold';
import { MatchingConfig } from './scoring/matching-config';

/** NOTIFYed in the transaction that changes matching_settings: every process reads the row again. */
export const MATCHING_SETTINGS_CHANNEL = 'grozd_matching_settings';

// The safety net of the NOTIFY (a listener reconnecting misses it): one read of a one-row
// table per process this often.
const REFRESH_INTERVAL_MS = 10_000;

/** The hub's settings in force, with who changed them last (null: the shipped values). */
export interface MatchingSettingsInForce {
  sendingThreshold: number;
  updatedAt: Date | null;
  /** The name of the user or hub key who changed them, or "ADMIN_API_KEY". */
  updatedBy: string | null;
}

interface SettingsRow {
  sending_threshold: number;
  updated_at: Date;
  updated_by: string | null;
}

/**
 * The sending threshold in force in this process: the hub's (matching_settings) or the
 * shipped one, cached so that scoring reads it without a query. Read at start-up, again
 * whenever the row changes (NOTIFY) and every REFRESH_INTERVAL_MS, so every API and worker
 * process uses a new value within a second, or seconds if a notification was lost.
 */
@Injectable()
export class MatchingSettingsService implements OnModuleInit, OnApplicationShutdown {
  private current: MatchingSettingsInForce;
  /** Reads begun, and the one whose result is in force. */
  private reads = 0;
  private applied = 0;
  private readonly loop: NotifiedLoop;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MATCHING_CONFIG) private readonly config: MatchingConfig,
    @Inject(APP_CONFIG) appConfig: AppConfig,
    private readonly audit: AuditService,
  ) {
    this.current = this.shipped();
    this.loop = new NotifiedLoop({
      name: 'matching settings',
      databaseUrl: appConfig.databaseUrl,
      channels: [MATCHING_SETTINGS_CHANNEL],
      pollIntervalMs: REFRESH_INTERVAL_MS,
      run: () => this.refresh(),
    });
  }

  async onModuleInit(): Promise<void> {
    // Before any job is scored or request answered with the shipped value.
    await this.refresh();
    await this.loop.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }

  /** The probability from which a pair is sent, now. */
  get sendingThreshold(): number {
    return this.current.sendingThreshold;
  }

  /** The value the calibration ships (SHIPPED_CALIBRATION), in force while the hub set none. */
  get defaultSendingThreshold(): number {
    return this.config.sendingThreshold;
  }

  inForce(): MatchingSettingsInForce {
    return this.current;
  }

  /**
   * How many stored pairs not sent yet score at least `threshold`: what a sending threshold
   * lowered to it would send at once (the delivery planner's own selection, counted).
   */
  async unsentPairsReaching(threshold: number): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS count FROM match
        WHERE notified_at IS NULL AND status IN ('SUGGESTED', 'INTERESTED') AND score >= $1 AND score >= ${SENDING_THRESHOLD_MIN}`,
      [threshold],
    )) as { count: number }[];
    return row.count;
  }

  /** Reads the row again. */
  async refresh(): Promise<MatchingSettingsInForce> {
    const read = ++this.reads;
    const [row] = (await this.dataSource.query(
      `SELECT s.sending_threshold, s.updated_at,
              CASE s.updated_by_type WHEN 'bootstrap_key' THEN 'ADMIN_API_KEY' WHEN 'user' THEN u.name WHEN 'api_key' THEN k.name END AS updated_by
         FROM matching_settings s
         LEFT JOIN "user" u ON s.updated_by_type = 'user' AND u.id = s.updated_by_id
         LEFT JOIN api_key k ON s.updated_by_type = 'api_key' AND k.id = s.updated_by_id
        WHERE s.id = 1`,
    )) as SettingsRow[];
    // A read begun earlier can end later (the loop's against update()'s) and would put back
    // what a later read replaced: only the latest-begun read that has ended counts. By the
    // order of the reads, not the rows' times, which are when a change began, not committed.
    if (read < this.applied) return this.current;
    this.applied = read;
    this.current = row ? { sendingThreshold: row.sending_threshold, updatedAt: row.updated_at, updatedBy: row.updated_by } : this.shipped();
    return this.current;
  }

  /**
   * Stores a new sending threshold (validated by its input), audited, and tells every process.
   * Stored pairs are not re-scored: the delivery planner selects unsent pairs by the stored
   * threshold, so a lowered one sends at once the current unsent pairs it now reaches, and
   * a raised one keeps back those not sent yet; nothing sent is taken back.
   */
  async update(principal: Principal, sendingThreshold: number): Promise<MatchingSettingsInForce> {
    await this.dataSource.transaction(async (manager) => {
      const [before] = (await manager.query(`SELECT sending_threshold FROM matching_settings WHERE id = 1 FOR UPDATE`)) as { sending_threshold: number }[];
      await manager.query(
        `INSERT INTO matching_settings (id, sending_threshold, updated_at, updated_by_type, updated_by_id) VALUES (1, $1, now(), $2, $3)
         ON CONFLICT (id) DO UPDATE SET sending_threshold = EXCLUDED.sending_threshold, updated_at = EXCLUDED.updated_at,
           updated_by_type = EXCLUDED.updated_by_type, updated_by_id = EXCLUDED.updated_by_id`,
        [sendingThreshold, principal.actorType, principal.actorId],
      );
      await this.audit.record(manager, principal, {
        action: 'matching.settings_update',
        entityType: 'matching_settings',
        entityId: null,
        changes: { sendingThreshold, previousSendingThreshold: before?.sending_threshold ?? this.config.sendingThreshold },
      });
      // Every process reads the row again; the delivery pass looks for pairs a lowered threshold now reaches.
      await manager.query('SELECT pg_notify($1, $2), pg_notify($3, $4)', [MATCHING_SETTINGS_CHANNEL, 'sendingThreshold', MATCHES_SCORED_CHANNEL, 'settings']);
    });
    return this.refresh();
  }

  private shipped(): MatchingSettingsInForce {
    return { sendingThreshold: this.config.sendingThreshold, updatedAt: null, updatedBy: null };
  }
}
