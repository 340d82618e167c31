import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { UnauthenticatedError } from '../common/errors/domain-errors';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { CREDENTIALS_CHANNEL, RevokedSubject, subjectsOf } from './credential-revocations';
import type { AuthenticatedRequest } from './graphql-context';
import type { Principal } from './principal';

/** What this needs of a websocket (graphql-ws's `ws` socket). */
export interface ClosableSocket {
  readonly readyState: number;
  close(code: number, reason: string): void;
  once(event: 'close', listener: () => void): unknown;
}

/** An accepted websocket connection and how to authenticate it again. */
export interface OpenConnection {
  request: AuthenticatedRequest;
  socket: ClosableSocket;
  /** Authenticates again with the credential the connection was opened with (null or UNAUTHENTICATED: no longer valid). */
  verify(): Promise<Principal | null>;
}

interface TrackedConnection extends OpenConnection {
  principal: Principal;
  subjects: RevokedSubject[];
  expiryTimer: NodeJS.Timeout | null;
}

/** graphql-ws's CloseCode.Forbidden: the client does not retry with the same credentials. */
const FORBIDDEN = 4403;
const CLOSING = 2; // WebSocket.CLOSING; CLOSED is 3
// The safety net for changes nobody announced (a membership deleted by hand in the database).
const FULL_CHECK_INTERVAL_MS = 5 * 60_000;
const RECONNECT_DELAY_MS = 1_000;
// setTimeout's longest delay; a session's JWT lives 12 hours.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The websocket connections open on this API process, by the credential that opened them.
 * A connection is authenticated once, when it opens, and may then live for hours: when a
 * credential is revoked (on any API process: PostgreSQL NOTIFY on CREDENTIALS_CHANNEL),
 * its connections here are authenticated again and closed with 4403 when that fails or
 * when they lost rights, which ends every subscription on them. Also when a session's JWT
 * expires, and, as a safety net, every few minutes and after the listener reconnects.
 */
@Injectable()
export class OpenConnections implements OnApplicationShutdown {
  private readonly logger = new Logger(OpenConnections.name);
  private readonly all = new Set<TrackedConnection>();
  private readonly bySubject = new Map<RevokedSubject, Set<TrackedConnection>>();
  /** Counts notifications and reconnects: a connection accepted across a change is checked once more. */
  private generation = 0;
  private listener: Client | null = null;
  private fullCheck: NodeJS.Timeout | null = null;
  private reconnect: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Starts listening for revocations (API processes only: workers hold no connections). */
  async start(): Promise<void> {
    try {
      await this.listen();
    } catch (error) {
      this.logger.warn(`revocation listener: ${messageOf(error)}; retrying`);
      this.retryListening();
    }
    this.fullCheck = setInterval(() => void this.recheck(this.all), FULL_CHECK_INTERVAL_MS);
    this.fullCheck.unref();
  }

  /** Taken before authenticating a connection, passed to add(). */
  mark(): number {
    return this.generation;
  }

  /**
   * Tracks an accepted connection. A revocation announced while it was being authenticated
   * (after `mark`) may have been missed by that authentication: then it is checked again
   * here, and false means it must be refused.
   */
  async add(connection: OpenConnection, principal: Principal, mark: number): Promise<boolean> {
    const subjects = subjectsOf(principal);
    // The bootstrap key is revoked by restarting with another ADMIN_API_KEY.
    if (subjects.length === 0) return true;
    const tracked: TrackedConnection = { ...connection, principal, subjects, expiryTimer: null };
    this.all.add(tracked);
    for (const subject of subjects) {
      const connections = this.bySubject.get(subject) ?? new Set();
      connections.add(tracked);
      this.bySubject.set(subject, connections);
    }
    connection.socket.once('close', () => this.remove(tracked));
    if (connection.socket.readyState >= CLOSING) {
      this.remove(tracked);
      return false;
    }
    this.scheduleExpiry(tracked);
    if (mark !== this.generation && (await this.verdict(tracked)) === 'revoked') {
      this.remove(tracked);
      return false;
    }
    return true;
  }

  /** How many connections are tracked (for tests and metrics). */
  get size(): number {
    return this.all.size;
  }

  /** Authenticates every tracked connection again, closing those that fail. */
  recheckAll(): Promise<void> {
    return this.recheck(this.all);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.fullCheck) clearInterval(this.fullCheck);
    if (this.reconnect) clearTimeout(this.reconnect);
    for (const tracked of this.all) if (tracked.expiryTimer) clearTimeout(tracked.expiryTimer);
    await this.listener?.end().catch(() => undefined);
    this.listener = null;
  }

  /** A notification on CREDENTIALS_CHANNEL: re-checks the connections it names. */
  revoked(subject: string): Promise<void> {
    this.generation++;
    const connections = this.bySubject.get(subject as RevokedSubject);
    return connections ? this.recheck(connections) : Promise.resolve();
  }

  private async recheck(connections: Iterable<TrackedConnection>): Promise<void> {
    // One at a time: a full check must not take the whole connection pool.
    for (const tracked of [...connections]) {
      if (!this.all.has(tracked)) continue; // closed meanwhile
      if ((await this.verdict(tracked)) !== 'revoked' || !this.all.has(tracked)) continue;
      this.remove(tracked);
      tracked.socket.close(FORBIDDEN, 'Forbidden: the credentials of this connection were revoked');
    }
  }

  private async verdict(tracked: TrackedConnection): Promise<'kept' | 'revoked' | 'unknown'> {
    let fresh: Principal | null;
    try {
      fresh = await tracked.verify();
    } catch (error) {
      if (!(error instanceof UnauthenticatedError)) {
        // The database may be away: keep the connection, the next check decides.
        this.logger.warn(`could not re-check a websocket connection: ${messageOf(error)}`);
        return 'unknown';
      }
      fresh = null;
    }
    if (!fresh || !fresh.keepsRightsOf(tracked.principal)) return 'revoked';
    // Rights that grew (a new membership) count from the connection's next operation.
    tracked.principal = fresh;
    tracked.request.principal = fresh;
    tracked.request.principalPromise = Promise.resolve(fresh);
    this.scheduleExpiry(tracked);
    return 'kept';
  }

  private scheduleExpiry(tracked: TrackedConnection): void {
    if (tracked.expiryTimer) clearTimeout(tracked.expiryTimer);
    tracked.expiryTimer = null;
    const expiresAt = tracked.principal.session?.expiresAt;
    if (!expiresAt || this.stopped) return;
    // A moment after the JWT's expiry, when verifying it fails for sure.
    const delay = Math.min(Math.max(expiresAt.getTime() - Date.now(), 0) + 1_000, MAX_TIMER_MS);
    tracked.expiryTimer = setTimeout(() => void this.recheck([tracked]), delay);
    tracked.expiryTimer.unref();
  }

  private remove(tracked: TrackedConnection): void {
    if (!this.all.delete(tracked)) return;
    if (tracked.expiryTimer) clearTimeout(tracked.expiryTimer);
    for (const subject of tracked.subjects) {
      const connections = this.bySubject.get(subject);
      connections?.delete(tracked);
      if (connections?.size === 0) this.bySubject.delete(subject);
    }
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.databaseUrl });
    let lost = false;
    client.on('notification', (message) => void this.revoked(message.payload ?? ''));
    client.on('error', (error) => {
      if (lost) return;
      lost = true;
      this.logger.warn(`revocation listener lost (${error.message}); reconnecting`);
      if (this.listener === client) this.listener = null;
      client.end().catch(() => undefined);
      this.retryListening();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CREDENTIALS_CHANNEL}`);
    } catch (error) {
      lost = true;
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
  }

  /** Listens again after a pause; what was announced meanwhile is unknown, so everything is checked. */
  private retryListening(): void {
    if (this.stopped || this.reconnect) return;
    this.reconnect = setTimeout(() => {
      this.reconnect = null;
      this.listen()
        .then(() => {
          this.generation++;
          void this.recheck(this.all);
        })
        .catch((error: unknown) => {
          this.logger.warn(`revocation listener: ${messageOf(error)}; retrying`);
          this.retryListening();
        });
    }, RECONNECT_DELAY_MS);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
