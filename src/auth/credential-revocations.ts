import type { Principal } from './principal';

/**
 * pg_notify channel: a credential was revoked or a user's rights changed. Every API
 * process listens and re-checks the websocket connections that used it (OpenConnections);
 * sent inside the revoking transaction, so it is delivered exactly when that commits.
 */
export const CREDENTIALS_CHANNEL = 'grozd_credentials';

/** What a notification names: one API key, one signed-in session, or every session of a user. */
export type RevokedSubject = `api_key:${string}` | `session:${string}` | `user:${string}`;

export const apiKeySubject = (apiKeyId: string): RevokedSubject => `api_key:${apiKeyId}`;
export const sessionSubject = (sessionId: string): RevokedSubject => `session:${sessionId}`;
/** A user's password, memberships or account changed: their connections are re-checked. */
export const userSubject = (userId: string): RevokedSubject => `user:${userId}`;

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
