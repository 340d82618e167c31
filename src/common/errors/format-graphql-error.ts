import { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './domain-errors';

const KNOWN_CODES = new Set<ErrorCode>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
]);

// Apollo's own codes for a request that is malformed before any resolver runs: all of them
// are the client's input, so they are reported as BAD_USER_INPUT with Apollo's code kept.
const CLIENT_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Every error leaves with one of SPEC.md's codes and never with a stack trace. */
export function formatGraphqlError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { stacktrace: _stacktrace, exception: _exception, http: _http, ...extensions } = formatted.extensions ?? {};
  const code = String(extensions.code ?? 'INTERNAL_SERVER_ERROR');
  if (KNOWN_CODES.has(code as ErrorCode)) return { ...formatted, extensions: { ...extensions, code } };
  if (CLIENT_REQUEST_CODES.has(code)) {
    return { ...formatted, extensions: { ...extensions, code: 'BAD_USER_INPUT', reason: extensions.reason ?? code } };
  }
  return { message: 'Internal server error.', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
