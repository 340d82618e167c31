import { Logger } from '@nestjs/common';
import { loadConfig } from '../config/app-config';
import { UnauthenticatedError } from '../common/errors/domain-errors';
import { apiKeySubject, organizationSubject, sessionSubject, userSubject } from './credential-revocations';
import type { AuthenticatedRequest } from './graphql-context';
import { ClosableSocket, OpenConnections } from './open-connections';
import { Principal } from './principal';
import { Role } from './role.enum';

class FakeSocket implements ClosableSocket {
  readyState = 1;
  closedWith: { code: number; reason: string } | null = null;
  private readonly onClose: (() => void)[] = [];

  close(code: number, reason: string): void {
    this.closedWith = { code, reason };
    this.disconnect();
  }

  /** The client went away. */
  disconnect(): void {
    this.readyState = 3;
    for (const listener of this.onClose.splice(0)) listener();
  }

  once(_event: 'close', listener: () => void): void {
    this.onClose.push(listener);
  }
}

const ORGANIZATION = '7a1c7f6e-0000-4000-8000-000000000001';
const OTHER = '7a1c7f6e-0000-4000-8000-000000000002';
const key = (roles: [string, Role][] = [[ORGANIZATION, Role.MEMBER]]) => new Principal('api_key', 'key-1', false, new Map(roles));
const user = (roles: [string, Role][], expiresAt = new Date(Date.now() + 3600_000)) =>
  new Principal('user', 'user-1', false, new Map(roles), { id: 'session-1', expiresAt });

describe('OpenConnections', () => {
  let connections: OpenConnections;
  beforeEach(() => {
    connections = new OpenConnections(loadConfig({}));
  });
  afterEach(() => connections.onApplicationShutdown());

  /** Tracks a connection whose credential now authenticates as `current()` (null or a throw: revoked). */
  async function open(principal: Principal, current: () => Principal | null, mark = connections.mark()) {
    const socket = new FakeSocket();
    const request = { principal } as AuthenticatedRequest;
    const verify = jest.fn(async () => current());
    const accepted = await connections.add({ request, socket, verify }, principal, mark);
    return { socket, request, verify, accepted };
  }

  it('closes the connections of a revoked key with 4403 and leaves the others open', async () => {
    let revoked = false;
    const revokedKey = await open(key(), () => (revoked ? null : key()));
    const otherKey = await open(new Principal('api_key', 'key-2', false, new Map([[ORGANIZATION, Role.MEMBER]])), () => null);

    revoked = true;
    await connections.revoked(apiKeySubject('key-1'));
    expect(revokedKey.socket.closedWith).toEqual({ code: 4403, reason: expect.stringContaining('revoked') });
    expect(otherKey.socket.closedWith).toBeNull();
    expect(otherKey.verify).not.toHaveBeenCalled();
    expect(connections.size).toBe(1);
  });

  it('treats UNAUTHENTICATED as revoked, but keeps the connection when the check itself fails', async () => {
    const signedOut = await open(user([[ORGANIZATION, Role.MEMBER]]), () => {
      throw new UnauthenticatedError('This session was signed out: sign in again.');
    });
    await connections.revoked(sessionSubject('session-1'));
    expect(signedOut.socket.closedWith?.code).toBe(4403);

    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const databaseAway = await open(user([[ORGANIZATION, Role.MEMBER]]), () => {
      throw new Error('Connection terminated unexpectedly');
    });
    await connections.revoked(userSubject('user-1'));
    expect(databaseAway.socket.closedWith).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Connection terminated unexpectedly'));
    warn.mockRestore();
    expect(connections.size).toBe(1);
  });

  /** A subscription to the organization's events on the connection, as its resolver ties it (follow); `next` asked at once. */
  function following(request: AuthenticatedRequest, organizationId: string) {
    let ended = false;
    let waiting: ((result: IteratorResult<string>) => void) | null = null;
    const source: AsyncIterableIterator<string> = {
      // As RedisChannels' iterator: done once returned, also for a next() asked after.
      next: () => (ended ? Promise.resolve({ done: true, value: undefined }) : new Promise((resolve) => (waiting = resolve))),
      return: async () => {
        ended = true;
        waiting?.({ done: true, value: undefined });
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]: () => source,
    };
    const events = connections.follow(request, organizationId, source);
    const next = events.next();
    return { events, next, ended: () => ended, deliver: (id: string) => waiting?.({ done: false, value: id }) };
  }

  it('keeps a connection that lost a membership, ending only its subscriptions to that organization', async () => {
    const connection = await open(user([[ORGANIZATION, Role.MEMBER], [OTHER, Role.MEMBER]]), () => user([[OTHER, Role.MEMBER]]));
    const lost = following(connection.request, ORGANIZATION);
    const kept = following(connection.request, OTHER);
    await connections.revoked(userSubject('user-1'));
    expect(connection.socket.closedWith).toBeNull();
    await expect(lost.next).resolves.toEqual({ done: true, value: undefined });
    expect(kept.ended()).toBe(false);
    kept.deliver('match-1');
    await expect(kept.next).resolves.toEqual({ done: false, value: 'match-1' });
  });

  it('keeps every subscription of an admin made member (following needs membership only)', async () => {
    const connection = await open(user([[ORGANIZATION, Role.ADMIN]]), () => user([[ORGANIZATION, Role.MEMBER]]));
    const subscription = following(connection.request, ORGANIZATION);
    await connections.revoked(userSubject('user-1'));
    expect(connection.socket.closedWith).toBeNull();
    expect(subscription.ended()).toBe(false);
    expect(connection.request.principal?.roleIn(ORGANIZATION)).toBe(Role.MEMBER);
  });

  it('ends the subscriptions of a connection that is no longer the hub to organizations it is not a member of', async () => {
    const staff = new Principal('user', 'user-1', true, new Map(), { id: 'session-1', expiresAt: new Date(Date.now() + 60_000) });
    const connection = await open(staff, () => user([[ORGANIZATION, Role.ADMIN]]));
    const own = following(connection.request, ORGANIZATION);
    const another = following(connection.request, OTHER);
    await connections.revoked(userSubject('user-1'));
    expect(connection.socket.closedWith).toBeNull();
    expect([own.ended(), another.ended()]).toEqual([false, true]);
  });

  it("ends every subscription to an erased organization's events, the hub's too, and no other", async () => {
    const member = await open(user([[ORGANIZATION, Role.MEMBER], [OTHER, Role.MEMBER]]), () => user([[ORGANIZATION, Role.MEMBER], [OTHER, Role.MEMBER]]));
    const hub = await open(new Principal('api_key', 'key-9', true), () => null);
    const subscriptions = [following(member.request, ORGANIZATION), following(hub.request, ORGANIZATION), following(member.request, OTHER)];
    await connections.revoked(organizationSubject(ORGANIZATION));
    expect(subscriptions.map((subscription) => subscription.ended())).toEqual([true, true, false]);
    expect([member.socket.closedWith, hub.socket.closedWith]).toEqual([null, null]);
    // Nothing re-checked: no credential changed.
    expect([member.verify, hub.verify].map((verify) => verify.mock.calls.length)).toEqual([0, 0]);
  });

  it('ends at once a subscription the connection may no longer follow by the time it is tied, and forgets one the client ended', async () => {
    const connection = await open(user([[ORGANIZATION, Role.MEMBER]]), () => user([]));
    await connections.revoked(userSubject('user-1'));
    const late = following(connection.request, ORGANIZATION);
    await expect(late.next).resolves.toEqual({ done: true, value: undefined });

    const member = await open(user([[OTHER, Role.MEMBER]]), () => user([[OTHER, Role.MEMBER]]));
    const unsubscribed = following(member.request, OTHER);
    await unsubscribed.events.return?.();
    expect(unsubscribed.ended()).toBe(true);
    await connections.revoked(organizationSubject(OTHER)); // nothing left to end
  });

  it('keeps a connection whose rights grew, and its next operations act with them', async () => {
    const grown = user([[ORGANIZATION, Role.ADMIN], [OTHER, Role.MEMBER]]);
    const connection = await open(user([[ORGANIZATION, Role.MEMBER]]), () => grown);
    await connections.revoked(userSubject('user-1'));
    expect(connection.socket.closedWith).toBeNull();
    expect(connection.request.principal).toBe(grown);
    await expect(connection.request.principalPromise).resolves.toBe(grown);
  });

  it('checks a connection again when a revocation came while it was being authenticated', async () => {
    const mark = connections.mark();
    await connections.revoked(apiKeySubject('key-1')); // nothing tracked yet: only counted
    const late = await open(key(), () => null, mark);
    expect(late.verify).toHaveBeenCalledTimes(1);
    expect(late.accepted).toBe(false);
    expect(connections.size).toBe(0);

    const onTime = await open(key(), () => key());
    expect(onTime.verify).not.toHaveBeenCalled();
    expect(onTime.accepted).toBe(true);
  });

  it('forgets a connection when its socket closes, and does not track the bootstrap key', async () => {
    const connection = await open(key(), () => key());
    expect(connections.size).toBe(1);
    connection.socket.disconnect();
    expect(connections.size).toBe(0);

    const bootstrap = await open(new Principal('bootstrap_key', null, true), () => null);
    expect(bootstrap.accepted).toBe(true);
    expect(connections.size).toBe(0);
  });

  it("closes a session's connection when its JWT expires", async () => {
    jest.useFakeTimers({ now: new Date('2027-03-01T08:00:00Z') });
    try {
      let expired = false;
      const connection = await open(user([[ORGANIZATION, Role.MEMBER]], new Date('2027-03-01T20:00:00Z')), () => (expired ? null : user([[ORGANIZATION, Role.MEMBER]])));
      await jest.advanceTimersByTimeAsync(11 * 3600_000);
      expect(connection.verify).not.toHaveBeenCalled();
      expired = true;
      await jest.advanceTimersByTimeAsync(3600_000 + 1_000);
      expect(connection.verify).toHaveBeenCalledTimes(1);
      expect(connection.socket.closedWith?.code).toBe(4403);
    } finally {
      jest.useRealTimers();
    }
  });
});
