import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { ListenedClient } from '../../database/data-source-options';
import { ERASURE_LOCK } from '../../organizations/erasure-lock';
import { DeliveryFailure } from '../channels/delivery-failure';

// The dispatcher's sends in flight at once (its CONCURRENCY) and a digest: each holds a
// connection of its own while the message goes out, which must not be the application pool's
// (a receiver that hangs until its timeout would hold it from matching and the dispatcher's own recording).
const CONNECTIONS = 10;
// A send waits at most this long for an erasure under way (which waits at most the sends'
// timeouts, a minute for SMTP); then it fails and is retried like any other failed attempt.
const WAIT_FOR_ERASURE = '2min';

/**
 * Sends hand their messages over while no organization is being erased (see ERASURE_LOCK):
 * `whileNoErasure(send)` holds the lock shared around the whole send, composing included,
 * in a transaction of its own that does nothing else.
 */
@Injectable()
export class HandOffLock implements OnApplicationShutdown {
  private readonly logger = new Logger(HandOffLock.name);
  private pool: Pool | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async whileNoErasure<T>(send: () => Promise<T>): Promise<T> {
    // Opened on first use: only processes that send (workers) connect.
    this.pool ??= this.createPool();
    const client = await this.pool.connect();
    try {
      await client.query(`BEGIN; SET LOCAL lock_timeout = '${WAIT_FOR_ERASURE}'; SELECT pg_advisory_xact_lock_shared(${ERASURE_LOCK})`);
    } catch (error) {
      client.release(true);
      throw new DeliveryFailure(`could not take the hand-off lock: ${error instanceof Error ? error.message : String(error)}`);
    }
    try {
      return await send();
    } finally {
      // Whatever the send's outcome, it stands: a connection cut now already ended the transaction.
      await client.query('ROLLBACK').then(
        () => client.release(),
        (error: Error) => {
          this.logger.warn(`ending a hand-off: ${error.message}`);
          client.release(true);
        },
      );
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool?.end();
  }

  private createPool(): Pool {
    const pool = new Pool({
      connectionString: this.config.databaseUrl,
      max: CONNECTIONS,
      connectionTimeoutMillis: 5000,
      application_name: 'grozd-match hand-off',
      Client: ListenedClient,
    });
    // An idle connection that PostgreSQL ends is dropped; the next send opens another.
    pool.on('error', () => undefined);
    return pool;
  }
}
