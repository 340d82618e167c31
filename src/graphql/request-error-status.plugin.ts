import type { ApolloServerPlugin } from '@apollo/server';

export const APPLICATION_JSON = 'application/json';
export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
type ResponseMediaType = typeof APPLICATION_JSON | typeof GRAPHQL_RESPONSE_JSON;

interface MediaRange {
  type: string;
  subtype: string;
  quality: number;
  order: number;
}

function parseAccept(accept: string): MediaRange[] {
  return accept.split(',').flatMap((part, order) => {
    const [range, ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const [type, subtype] = range.split('/');
    if (!type || !subtype) return [];
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    return Number.isFinite(quality) ? [{ type, subtype, quality, order }] : [];
  });
}

/** How well Accept takes a media type: the most specific range that matches it decides. */
function acceptance(ranges: MediaRange[], mediaType: ResponseMediaType) {
  const [type, subtype] = mediaType.split('/');
  let best: { quality: number; specificity: number; order: number } | null = null;
  for (const range of ranges) {
    const specificity = range.type === type && range.subtype === subtype ? 2 : range.type === type && range.subtype === '*' ? 1 : range.type === '*' && range.subtype === '*' ? 0 : -1;
    if (specificity < 0 || (best && specificity < best.specificity)) continue;
    if (!best || specificity > best.specificity || range.quality > best.quality) best = { quality: range.quality, specificity, order: range.order };
  }
  return best && best.quality > 0 ? best : null;
}

/**
 * The JSON media type a GraphQL answer goes out in for this Accept header, as Apollo
 * chooses it: application/json when Accept is missing, higher quality first, then the more
 * specific range, then the one named first, application/json on a tie. Null when the
 * client takes neither (Apollo answers 406).
 */
export function responseMediaType(accept: string | undefined): ResponseMediaType | null {
  if (!accept?.trim()) return APPLICATION_JSON;
  const ranges = parseAccept(accept);
  const json = acceptance(ranges, APPLICATION_JSON);
  const graphqlResponse = acceptance(ranges, GRAPHQL_RESPONSE_JSON);
  if (!json || !graphqlResponse) return json ? APPLICATION_JSON : graphqlResponse ? GRAPHQL_RESPONSE_JSON : null;
  if (graphqlResponse.quality !== json.quality) return graphqlResponse.quality > json.quality ? GRAPHQL_RESPONSE_JSON : APPLICATION_JSON;
  if (graphqlResponse.specificity !== json.specificity) return graphqlResponse.specificity > json.specificity ? GRAPHQL_RESPONSE_JSON : APPLICATION_JSON;
  return graphqlResponse.order < json.order ? GRAPHQL_RESPONSE_JSON : APPLICATION_JSON;
}

// The request errors of a well-formed request: the document does not parse, is not valid
// (graphql's rules and the depth, alias and cost limits, BAD_USER_INPUT), its variables do
// not fit, or the operation named does not exist. A malformed HTTP request (no query, a
// body that is no JSON object, a mutation over GET: BAD_REQUEST) keeps its 4xx.
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * GraphQL over HTTP: a request error answered as application/json goes out with status 200
 * (the client reads the errors from the body; a legacy client treats any 4xx as a transport
 * failure), as application/graphql-response+json with 400 as Apollo sets it. The media type
 * is set here too, so the status and the content-type always agree.
 */
export function requestErrorStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, errors }) {
          if (response.http.status !== 400 || response.body.kind !== 'single') return;
          if (response.body.singleResult.data !== undefined || !errors?.length) return;
          if (!errors.every((error) => REQUEST_ERROR_CODES.has(String(error.extensions.code)))) return;
          if (responseMediaType(request.http?.headers.get('accept')) !== APPLICATION_JSON) return;
          response.http.status = 200;
          response.http.headers.set('content-type', `${APPLICATION_JSON}; charset=utf-8`);
        },
      };
    },
  };
}
