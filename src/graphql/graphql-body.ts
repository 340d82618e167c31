import { isUtf8 } from 'node:buffer';
import { json, type ErrorRequestHandler, type RequestHandler } from 'express';

/** The largest JSON body /graphql reads (Nest's default for every route, kept here; the message below says it). */
export const GRAPHQL_BODY_LIMIT = '100kb';

interface BodyParserError extends Error {
  status?: number;
  type?: string;
}

// What the body parser refuses, in the words and the error shape of the rest of the API.
const REFUSALS: Record<string, { status: number; reason: string; message: (error: BodyParserError) => string }> = {
  'entity.parse.failed': { status: 400, reason: 'BAD_REQUEST', message: (error) => `The request body is not valid JSON: ${error.message}` },
  'entity.too.large': { status: 413, reason: 'PAYLOAD_TOO_LARGE', message: () => 'The request body is over the limit of 100 kB: send less at once.' },
  'charset.unsupported': { status: 415, reason: 'UNSUPPORTED_MEDIA_TYPE', message: () => 'Send the body as JSON in UTF-8.' },
  'entity.verify.failed': { status: 415, reason: 'UNSUPPORTED_MEDIA_TYPE', message: () => 'Send the body as JSON in UTF-8: it has bytes that are not UTF-8.' },
  'encoding.unsupported': { status: 415, reason: 'UNSUPPORTED_MEDIA_TYPE', message: () => 'Send the body uncompressed, or gzip, deflate or br.' },
};

/**
 * The JSON body of /graphql, read here before Nest's parser for every route (which then
 * finds it read and leaves it), so that a body it refuses is answered as every other bad
 * request is: a GraphQL error with extensions.code BAD_USER_INPUT and a reason, with the
 * parser's status (400, 413, 415), instead of Express's own error shape.
 */
export function graphqlBody(): [RequestHandler, ErrorRequestHandler] {
  // A body in another encoding (Windows-1250 from an older partner system) would otherwise be
  // decoded with its č, š and ž turned into U+FFFD and stored so: refused instead, unread.
  const parse = json({
    limit: GRAPHQL_BODY_LIMIT,
    verify: (_request, _response, body) => {
      if (!isUtf8(body)) throw new Error('not UTF-8');
    },
  });
  // Not express.json() itself: Nest adds its own JSON parser for the other routes only when
  // no middleware named jsonParser is mounted yet, and would leave them without one.
  const graphqlJsonBody: RequestHandler = (request, response, next) => parse(request, response, next);
  const refused: ErrorRequestHandler = (error: BodyParserError, _request, response, next) => {
    const refusal = error.type ? REFUSALS[error.type] : undefined;
    const status = refusal?.status ?? error.status;
    if (!status || status < 400 || status >= 500) return next(error);
    response
      .status(status)
      .type('application/json')
      .json({ errors: [{ message: refusal?.message(error) ?? 'The request body could not be read.', extensions: { code: 'BAD_USER_INPUT', reason: refusal?.reason ?? 'BAD_REQUEST' } }] });
  };
  return [graphqlJsonBody, refused];
}
