import { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './domain-errors';

const KNOWN_CODES = new Set<ErrorCode>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
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

// graphql-js stops coercing variables after 50 errors with this error, which carries no
// code: the client's input all the same.
const TOO_MANY_VARIABLE_ERRORS = 'Too many errors processing variables';

/**
 * The field a variable coercion error is about, in the same form as the input rules use:
 * `Variable "$input" got invalid value "X" at "input.resourceTypes[0]"; ...` → resourceTypes.0,
 * `...; Field "title" of required type "String!" was not provided.` → title.
 */
export function fieldOfVariableError(message: string): string | null {
  if (!message.startsWith('Variable "$')) return null;
  const at = /got invalid value .*? at "([^"]+)"/.exec(message)?.[1];
  const path = at ? at.replace(/\[(\d+)\]/g, '.$1').split('.').slice(1) : [];
  const named = /Field "([^"]+)" (?:is not defined|of required type)/.exec(message)?.[1];
  if (named) path.push(named);
  return path.length ? path.join('.') : null;
}

/**
 * The rule a variable coercion error broke, named like the input rules' constraints: a required
 * field left out (isDefined), a field the input type does not have (whitelistValidation, as
 * for an unknown field of an argument), or a value of the wrong GraphQL type (graphqlType).
 */
export function variableErrorRule(message: string): string {
  if (/ of required type "[^"]+" was not provided/.test(message) || /; Expected non-nullable type "[^"]+" not to be null/.test(message)) return 'isDefined';
  if (/Field "[^"]+" is not defined by type/.test(message)) return 'whitelistValidation';
  return 'graphqlType';
}

// graphql-js's guess at a name the client may have meant: `Did you mean "title"?`,
// `Did you mean the enum value "FUNDING"?`, `Did you mean "a", "b", or "c"?`.
const GUESS = / ?Did you mean [^?]*\?/g;

export interface ErrorFormatOptions {
  /**
   * Where introspection is off (production), no error spells out the schema: Apollo's
   * hideSchemaDetailsFromClientErrors drops the guesses of the query's own validation, but
   * not those graphql-js writes while coercing variables (a misspelt input field or enum
   * value), which are taken out here.
   */
  hideSchemaDetails?: boolean;
}

// graphql-scalars' refusal of a date says what it could not read, not what it wants.
const BAD_DATE = /\bDate cannot represent an invalid date-string [^;]*?\.$/;
const DATE_FORMAT = ' Write a date as YYYY-MM-DD, e.g. 2027-03-01.';

// Apollo's answer to a POST whose body it did not take for a GraphQL request (no or another
// Content-Type, such as application/graphql, or an empty JSON object) names three causes and
// no remedy: say what the request should be.
const APOLLO_NO_BODY = 'POST body missing, invalid Content-Type, or JSON object has no keys.';
const NO_BODY =
  'The request is not a GraphQL request over HTTP: POST it with Content-Type: application/json and a JSON object body with a "query" string, e.g. {"query":"{ viewer { kind } }"}.';

/** Every error leaves with one of SPEC.md's codes and never with a stack trace. */
export function formatGraphqlError(formatted: GraphQLFormattedError, options: ErrorFormatOptions = {}): GraphQLFormattedError {
  if (options.hideSchemaDetails) formatted = { ...formatted, message: formatted.message.replace(GUESS, '') };
  if (formatted.message === APOLLO_NO_BODY) formatted = { ...formatted, message: NO_BODY };
  if (BAD_DATE.test(formatted.message)) formatted = { ...formatted, message: formatted.message + DATE_FORMAT };
  const { stacktrace: _stacktrace, exception: _exception, http: _http, ...extensions } = formatted.extensions ?? {};
  const code = formatted.message.startsWith(TOO_MANY_VARIABLE_ERRORS) ? 'BAD_USER_INPUT' : String(extensions.code ?? 'INTERNAL_SERVER_ERROR');
  if (code === 'BAD_USER_INPUT' && !extensions.fields) {
    const field = fieldOfVariableError(formatted.message);
    if (field) return { ...formatted, extensions: { ...extensions, code, fields: [{ field, message: formatted.message, constraint: variableErrorRule(formatted.message) }] } };
  }
  if (code !== 'INTERNAL_SERVER_ERROR' && KNOWN_CODES.has(code as ErrorCode)) return { ...formatted, extensions: { ...extensions, code } };
  if (CLIENT_REQUEST_CODES.has(code)) {
    return { ...formatted, extensions: { ...extensions, code: 'BAD_USER_INPUT', reason: extensions.reason ?? code } };
  }
  return { message: 'Internal server error.', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
