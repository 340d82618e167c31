import type { Principal } from './principal';

/**
 * pg_notify channel: a credential was revoked, a user's rights changed or an organization was
 * erased. Every API process listens and re-checks the websocket connections that used it, or
 * ends the subscriptions to the erased organization's events (OpenConnections);
 * sent inside the revoking transaction, so it is delivered exactly when that commits.
 */
export const CREDENTIALS_CHANNEL = 'grozd_credentials';

/** What a notification names: one API key, one signed-in session, every session of a user, or an erased organization. */
export type RevokedSubject = `api_key:${string}` | `session:${string}` | `user:${string}` | `organization:${string}`;

export const apiKeySubject = (apiKeyId: string): RevokedSubject => `api_key:${apiKeyId}`;
export const sessionSubject = (sessionId: string): RevokedSubject => `session:${sessionId}`;
/** A user's password, memberships or account changed: their connections are re-checked. */
export const userSubject = (userId: string): RevokedSubject => `user:${userId}`;
/** An organization was erased: every subscription to its events ends, whoever follows it (the hub's too). */
export const organizationSubject = (organizationId: string): RevokedSubject => `organization:${organizationId}`;
const ORGANIZATION_PREFIX = 'organization:';

/** The organization an organizationSubject names; null for any other subject. */
export const erasedOrganizationOf = (subject: string): string | null => (subject.startsWith(ORGANIZATION_PREFIX) ? subject.slice(ORGANIZATION_PREFIX.length) : null);

/** The subjects whose notification concerns a connection of this principal (the bootstrap key has none). */
export function subjectsOf(principal: Principal): RevokedSubject[] {
  if (!principal.actorId) return [];
  if (principal.actorType === 'api_key') return [apiKeySubject(principal.actorId)];
  const sessionId = principal.session?.id;
  return sessionId ? [userSubject(principal.actorId), sessionSubject(sessionId)] : [userSubject(principal.actorId)];
}

/** Announces a revocation inside the caller's transaction (an EntityManager or a DataSource). */
export async function announceRevocation(database: { query(sql: string, parameters?: unknown[]): Promise<unknown> }, subject: RevokedSubject): Promise<void> {
  await database.query('SELECT pg_notify($1, $2)', [CREDENTIALS_CHANNEL, subject]);
}
