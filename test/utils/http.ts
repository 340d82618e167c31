import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

// Raw HTTP to /graphql, for what the typed client cannot send: any body (batches, invalid
// JSON), any headers (content types, X-Forwarded-For, malformed Authorization).

/** A document generated from schema.graphql by `npm run codegen:test` (see test/graphql/). */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

export interface GraphqlError {
  message: string;
  path?: (string | number)[];
  extensions: { code: string; reason?: string; fields?: { field: string; message: string; constraint?: string; limit?: number; reason?: string }[]; [key: string]: unknown };
}

export interface GraphqlResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphqlError[];
}

export interface HttpResult {
  status: number;
  headers: Headers;
  text: string;
  /** The body as JSON, or null when it is not JSON. */
  body: { data?: Record<string, unknown> | null; errors?: GraphqlError[] } | null;
}

async function toResult(response: Response): Promise<HttpResult> {
  const text = await response.text();
  let body: HttpResult['body'] = null;
  try {
    body = JSON.parse(text) as HttpResult['body'];
  } catch {
    body = null;
  }
  return { status: response.status, headers: response.headers, text, body };
}

/**
 * The Accept header of Apollo Client 4, i.e. of the web app: the tests speak as it does.
 * With application/graphql-response+json a request error (parse, validation, variables,
 * query limits) is HTTP 400; a client that takes only application/json gets 200 (GraphQL
 * over HTTP), which test/api-limits.e2e-spec.ts and the graphql-http audits prove.
 */
export const WEB_APP_ACCEPT = 'application/graphql-response+json,application/json;q=0.9';

/** A raw POST to <baseUrl>/graphql: any body, any headers (content-type application/json and the web app's Accept unless given). */
export async function post(baseUrl: string, body: unknown, headers: Record<string, string> = {}): Promise<HttpResult> {
  return toResult(
    await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: WEB_APP_ACCEPT, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

/** A raw GET to <baseUrl>/graphql with the query in the URL; no headers unless given. */
export async function get(baseUrl: string, params: Record<string, string>, headers: Record<string, string> = {}): Promise<HttpResult> {
  return toResult(await fetch(`${baseUrl}/graphql?${new URLSearchParams(params).toString()}`, { headers }));
}

/** POSTs one operation with exactly these headers and answers it as a GraphQL response. */
export async function postGraphql<T>(
  baseUrl: string,
  operation: { query: string; variables?: Record<string, unknown> },
  headers: Record<string, string> = {},
): Promise<GraphqlResponse<T>> {
  const result = await post(baseUrl, operation, headers);
  if (result.body === null) throw new Error(`/graphql answered HTTP ${result.status} with no JSON: ${result.text.slice(0, 200)}`);
  return { status: result.status, data: result.body.data as T | null | undefined, errors: result.body.errors };
}

/** A typed operation with exactly these headers (e.g. a malformed Authorization, X-Forwarded-For). */
export function postDocument<TResult, TVariables>(
  baseUrl: string,
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables | undefined,
  headers: Record<string, string> = {},
): Promise<GraphqlResponse<TResult>> {
  return postGraphql<TResult>(baseUrl, { query: document.toString(), variables: variables as Record<string, unknown> | undefined }, headers);
}
