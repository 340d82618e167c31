import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { UnauthenticatedError } from '../common/errors/domain-errors';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { CREDENTIALS_CHANNEL, erasedOrganizationOf, RevokedSubject, subjectsOf } from './credential-revocations';
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

/** A running subscription to an organization's events (follow()); end() completes it. */
interface Following {
  request: AuthenticatedRequest;
  organizationId: string;
  end(): void;
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
 * The websocket connections open on this API process, by the credential that opened them,
 * and the subscriptions to organizations' events running on them.
 * A connection is authenticated once, when it opens, and may then live for hours: when a
 * credential is revoked (on any API process: PostgreSQL NOTIFY on CREDENTIALS_CHANNEL),
 * its connections here are authenticated again and closed with 4403 when that fails, which
 * ends every subscription on them. Also when a session's JWT expires, and, as a safety net,
 * every few minutes and after the listener reconnects. A credential still valid that lost
 * rights (a membership removed, an organization erased) keeps its connection: only its
 * subscriptions to the organizations it may no longer follow end. A connection carries
 * nothing else (queries and mutations go over HTTP), and 4403 tells a client that its
 * credential is gone (the web app then asks to sign in again), which is not so.
 */
@Injectable()
export class OpenConnections implements OnApplicationShutdown {
  private readonly logger = new Logger(OpenConnections.name);
  private readonly all = new Set<TrackedConnection>();
  private readonly bySubject = new Map<RevokedSubject, Set<TrackedConnection>>();
  /** The subscriptions to organizations' events, by the connection (its upgrade request) and by the organization. */
  private readonly followingByRequest = new WeakMap<AuthenticatedRequest, Set<Following>>();
  private readonly followingByOrganization = new Map<string, Set<Following>>();
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

  /** How many subscriptions to the organization's events run on this process (for tests and metrics). */
  followers(organizationId: string): number {
    return this.followingByOrganization.get(organizationId)?.size ?? 0;
  }

  /**
   * Ties a subscription to an organization's events (`events`, from its Redis channel) to the
   * connection whose request subscribed: it ends (completes; the connection stays) once the
   * connection's principal may no longer follow that organization, or the organization is
   * erased. What the subscription resolver returns instead of `events`.
   */
  follow<T>(request: AuthenticatedRequest, organizationId: string, events: AsyncIterableIterator<T>): AsyncIterableIterator<T> {
    const following: Following = { request, organizationId, end: () => void events.return?.() };
    const forget = () => this.forget(following);
    const byRequest = this.followingByRequest.get(request) ?? new Set();
    byRequest.add(following);
    this.followingByRequest.set(request, byRequest);
    const byOrganization = this.followingByOrganization.get(organizationId) ?? new Set();
    byOrganization.add(following);
    this.followingByOrganization.set(organizationId, byOrganization);
    // The rights may have been checked again since the resolver allowed it (while it subscribed).
    if (request.principal && !request.principal.roleIn(organizationId)) this.end(following);
    const followed: AsyncIterableIterator<T> = {
      next: async () => {
        const result = await events.next();
        if (result.done) forget();
        return result;
      },
      return: async (value?: unknown) => {
        forget();
        return events.return ? events.return(value) : { done: true, value: undefined };
      },
      throw: async (error?: unknown) => {
        forget();
        if (events.throw) return events.throw(error);
        throw error;
      },
      [Symbol.asyncIterator]: () => followed,
    };
    return followed;
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

  /** A notification on CREDENTIALS_CHANNEL: re-checks the connections it names, or ends the subscriptions to an erased organization. */
  revoked(subject: string): Promise<void> {
    this.generation++;
    const erased = erasedOrganizationOf(subject);
    if (erased !== null) {
      // Whoever follows it, the hub too (whose rights did not change): no event of it can come.
      for (const following of [...(this.followingByOrganization.get(erased) ?? [])]) this.end(following);
      return Promise.resolve();
    }
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
    if (!fresh) return 'revoked';
    // Rights that grew (a new membership) count from the connection's next operation, and so
    // do rights lost; of what runs, only the subscriptions to an organization it may no longer
    // follow depended on them (the others, and the connection, stay).
    tracked.principal = fresh;
    tracked.request.principal = fresh;
    tracked.request.principalPromise = Promise.resolve(fresh);
    this.scheduleExpiry(tracked);
    for (const following of [...(this.followingByRequest.get(tracked.request) ?? [])]) {
      if (!fresh.roleIn(following.organizationId)) this.end(following);
    }
    return 'kept';
  }

  /** Ends a subscription (graphql-ws then tells the client it completed). */
  private end(following: Following): void {
    this.forget(following);
    following.end();
  }

  private forget(following: Following): void {
    const byRequest = this.followingByRequest.get(following.request);
    byRequest?.delete(following);
    if (byRequest?.size === 0) this.followingByRequest.delete(following.request);
    const byOrganization = this.followingByOrganization.get(following.organizationId);
    byOrganization?.delete(following);
    if (byOrganization?.size === 0) this.followingByOrganization.delete(following.organizationId);
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
