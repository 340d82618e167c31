import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ApiKey } from '../api-keys/api-key.entity';

/** How stale a key's lastUsedAt may get while the key is in use: it is written at most this often. */
export const LAST_USED_RESOLUTION_MS = 60_000;
const SHUTDOWN_WAIT_MS = 2_000;

/**
 * Records when an API key authenticates (ApiKey.lastUsedAt), without a write per request.
 *
 * Every request with a key already reads its row (AuthService), so the row's lastUsedAt
 * says whether an update is due: only when it is null or a minute old is an UPDATE sent,
 * and the UPDATE itself re-checks that on the database's clock. With several API
 * processes (or a burst of requests before the first update lands) at most one of the
 * UPDATEs writes a row a minute; the rest match nothing. A process sends one UPDATE per key
 * at a time. The request never waits for it, and its failure is logged, never thrown: a key
 * that works is not refused because its last use could not be noted.
 */
@Injectable()
export class ApiKeyUsage implements BeforeApplicationShutdown {
  private readonly logger = new Logger(ApiKeyUsage.name);
  /** Updates under way, by key id. */
  private readonly pending = new Map<string, Promise<void>>();

  constructor(@InjectRepository(ApiKey) private readonly apiKeys: Repository<ApiKey>) {}

  /** Notes that the key (as just read from the database) authenticated; returns at once. */
  noteUse(key: Pick<ApiKey, 'id' | 'lastUsedAt'>): void {
    if (key.lastUsedAt && Date.now() - key.lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS) return;
    if (this.pending.has(key.id)) return;
    const update = this.apiKeys
      .query(
        `UPDATE api_key SET last_used_at = now()
          WHERE id = $1 AND revoked_at IS NULL
            AND (last_used_at IS NULL OR last_used_at < now() - make_interval(secs => $2))`,
        [key.id, LAST_USED_RESOLUTION_MS / 1000],
      )
      .then(
        () => undefined,
        (error: unknown) => this.logger.warn(`Could not note the use of API key ${key.id}: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => this.pending.delete(key.id));
    this.pending.set(key.id, update);
  }

  /** Resolves once every update sent so far has finished (for shutdown and tests). */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.all(this.pending.values());
  }

  // Before the database pool closes: an update in flight then ends, rather than failing.
  // A shutdown does not wait long for a note that only says "used just now".
  async beforeApplicationShutdown(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, SHUTDOWN_WAIT_MS).unref()));
    try {
      await Promise.race([this.settled(), deadline]);
    } finally {
      clearTimeout(timer);
    }
  }
}
