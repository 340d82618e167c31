import { CannotExecuteNotConnectedError, ConnectionIsNotSetError, QueryFailedError } from 'typeorm';

// PostgreSQL codes that say the connection went away, not that the statement was wrong:
// class 08 (connection exception), and 57P01-57P03 (the server or an administrator ended
// the backend: a restart, a failover, pg_terminate_backend, still starting up).
const CONNECTION_EXCEPTION_CLASS = '08';
const ENDED_BACKEND = new Set(['57P01', '57P02', '57P03']);

// Node's socket errors on the way to the server (connect refused, reset, no route, DNS).
const SOCKET_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

// pg and pg-pool throw these without a code when a socket closes or a connect times out.
const CONNECTION_MESSAGES = [/^Connection terminated/, /^timeout exceeded when trying to connect/, /is not queryable$/];

/**
 * True when an error means "the database could not be reached or dropped the connection":
 * retrying later may work, unlike a constraint violation or a bug. Looks through TypeORM's
 * QueryFailedError, `cause` and AggregateError (both IPv4 and IPv6 refused) to the driver's error.
 */
export function isDatabaseConnectionError(error: unknown, depth = 0): boolean {
  // Duck-typed, not `instanceof Error`: Node's socket errors come from another realm under jest.
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  // TypeORM's own: its data source has no pool (not yet, or no longer).
  if (error instanceof CannotExecuteNotConnectedError || error instanceof ConnectionIsNotSetError) return true;
  const { code, message, cause, errors } = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && (code.startsWith(CONNECTION_EXCEPTION_CLASS) || ENDED_BACKEND.has(code) || SOCKET_ERRORS.has(code))) {
    return true;
  }
  if (typeof message === 'string' && CONNECTION_MESSAGES.some((pattern) => pattern.test(message))) return true;
  const inner = [error instanceof QueryFailedError ? error.driverError : undefined, cause, ...(Array.isArray(errors) ? errors : [])];
  return inner.some((candidate) => candidate !== error && isDatabaseConnectionError(candidate, depth + 1));
}
