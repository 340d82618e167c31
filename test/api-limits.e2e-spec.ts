import { Logger } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  IntrospectionOptions,
  IntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';
import { countRows, createApiKey, createMemberOrganization, KRANJ } from './utils/fixtures';
import { graphql } from './graphql';
import { expectError, expectNoStacktrace } from './utils/expect-errors';
import { get, GraphqlResponse, post, postDocument, postGraphql } from './utils/http';
import { startTestApp, TEST_ADMIN_KEY, TestApp, TypedDocument } from './utils/test-app';
import { STRICT_TRANSPORT_SECURITY } from '../src/web-app/serve-web-app';

// SPEC.md section 6, "Limits": query depth, cost, aliases and batch size; rate limits per key
// and per IP (hub keys exempt); CSRF prevention; introspection and the explorer off in
// production; errors never carry a stack trace and bad input is never a 500.

interface CallOptions<TVariables> {
  token?: string;
  /** Extra headers, e.g. X-Forwarded-For. */
  headers?: Record<string, string>;
  variables?: TVariables;
}

const headersOf = (options: CallOptions<unknown>) => ({
  ...(options.headers ?? {}),
  ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
});

/** A typed operation as an anonymous or authenticated caller, with extra headers. */
const graphqlAs = <TResult, TVariables>(t: TestApp, document: TypedDocument<TResult, TVariables>, options: CallOptions<TVariables> = {}) =>
  postDocument(t.url, document, options.variables, headersOf(options));

/**
 * Raw query text, for what this file is about and no typed document can express: queries
 * built to a depth, alias count or cost, invalid GraphQL, introspection.
 */
const rawGraphqlAs = (t: TestApp, query: string, options: CallOptions<Record<string, unknown>> = {}) =>
  postGraphql<Record<string, unknown>>(t.url, { query, variables: options.variables }, headersOf(options));

// A need whose input misspells a field (titel) and an enum value (FUNDNG): graphql-js refuses
// the variables, and outside production guesses the names meant.
const MISSPELT_NEED_INPUT = 'mutation ($input: CreateNeedInput!) { createNeed(input: $input) { id } }';
const MISSPELT_NEED_VARIABLES = {
  input: { organizationId: '00000000-0000-4000-8000-000000000000', titel: 'Prevozi', description: 'Prevozi starejših', resourceTypes: ['FUNDNG'], municipalityCode: '052' },
};

/**
 * The whole operation was refused before anything ran: one BAD_USER_INPUT error with this
 * message, no data, a 4xx status.
 */
function expectRefused(response: GraphqlResponse<unknown>, message: RegExp) {
  expectError(response, 'BAD_USER_INPUT', { message });
  expect(response.data ?? null).toBeNull();
  expect(response.status).toBeGreaterThanOrEqual(400);
}

/** Refused for its estimated cost: one BAD_USER_INPUT error naming the cost, no data. */
function expectTooCostly(response: GraphqlResponse<unknown>, maxCost: number) {
  expectError(response, 'BAD_USER_INPUT', { message: new RegExp(`cost is \\d+; the limit is ${maxCost}\\.`) });
  expect(response.data ?? null).toBeNull();
}

function expectOk(response: GraphqlResponse<unknown>) {
  expect(response.errors).toBeUndefined();
  expect(response.status).toBe(200);
  expect(response.data).toBeTruthy();
}

const CLOSE_NEED = graphql(`
  mutation LimitsCloseNeed($id: ID!) { closeNeed(id: $id) { id } }
`);
const NEED_COUNT = graphql(`
  query LimitsNeedCount { needs { totalCount } }
`);
const NEEDS_FIRST_0 = graphql(`
  query LimitsNeedsFirst0 { needs(first: 0) { totalCount } }
`);
const CHEAP_PAGE = graphql(`
  query LimitsCheapPage { needs(first: 5) { totalCount edges { node { id } } } }
`);
const COSTLY = graphql(`
  query LimitsCostly {
    needs(first: 100) { totalCount edges { node { id title organization { id name municipality { name } } themes { code } } } }
  }
`);
const PAGE_OF = graphql(`
  query LimitsPageOf($first: Int) { needs(first: $first) { edges { node { id title organization { name } } } } }
`);
const TWENTY = graphql(`
  query LimitsTwenty { needs(first: 20) { edges { node { id title organization { name municipality { name } } } } } }
`);
const DEFAULT_PAGE = graphql(`
  query LimitsDefaultPage { needs { edges { node { id title organization { name municipality { name } } } } } }
`);
const ONE_NEED = graphql(`
  query LimitsOneNeed { needs(first: 1) { totalCount } }
`);
const SIX_ORGANIZATIONS = graphql(`
  query LimitsSixOrganizations($id: ID!) {
    o0: organization(id: $id) { id }
    o1: organization(id: $id) { id }
    o2: organization(id: $id) { id }
    o3: organization(id: $id) { id }
    o4: organization(id: $id) { id }
    o5: organization(id: $id) { id }
  }
`);
const ONE_OFFER = graphql(`
  query LimitsOneOffer { offers(first: 1) { totalCount } }
`);
const ONE_ORGANIZATION_PAGE = graphql(`
  query LimitsOneOrganizationPage { organizations(first: 1) { totalCount } }
`);
const ORGANIZATION = graphql(`
  query LimitsOrganization($id: ID!) { organization(id: $id) { id } }
`);
const ME = graphql(`
  query LimitsMe { me { id } }
`);
const THEMES = graphql(`
  query LimitsThemes { themes { code } }
`);
const TYPENAME_AND_THEMES = graphql(`
  query LimitsTypenameAndThemes { __typename themes { code } }
`);

/** `{ themes { parent { parent { … code } } } }`: exactly `depth` levels of objects. */
const themeParentsQuery = (depth: number) => `{ themes { ${'parent { '.repeat(depth - 1)}code${' }'.repeat(depth - 1)} } }`;

/** `{ a1: __typename a2: __typename … }` with `count` aliases. */
const aliasesQuery = (count: number) => `{ ${Array.from({ length: count }, (_, index) => `a${index + 1}: __typename`).join(' ')} }`;

// The introspection query GraphiQL 3 and code generators send, and graphql's default one.
const GRAPHIQL_INTROSPECTION: IntrospectionOptions = { descriptions: true, inputValueDeprecation: true, specifiedByUrl: true, directiveIsRepeatable: true };
const INTROSPECTION_QUERIES: [string, string][] = [
  ['getIntrospectionQuery()', getIntrospectionQuery()],
  ["GraphiQL 3's getIntrospectionQuery(...)", getIntrospectionQuery(GRAPHIQL_INTROSPECTION)],
];

/** The full introspection query with its `__schema` under another response key. */
const introspectionAs = (alias: string) => getIntrospectionQuery().replace(/\b__schema\b/, `${alias}: __schema`);
/** Only the fragments of the full introspection query, to spread in a query of one's own. */
const INTROSPECTION_FRAGMENTS = getIntrospectionQuery().slice(getIntrospectionQuery().indexOf('fragment FullType'));

/** The contract as the explorer sees it: schema.graphql, printed the way a built client schema prints. */
const contract = () => printSchema(lexicographicSortSchema(buildSchema(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'))));

/** The answer to the full introspection query: no errors, and a schema the explorer can build that is the contract. */
function expectWholeSchema(response: GraphqlResponse<unknown>) {
  expectOk(response);
  const schema = buildClientSchema(response.data as IntrospectionQuery);
  expect(schema.getQueryType()?.getFields().needs).toBeDefined();
  expect(schema.getMutationType()?.getFields().createNeed).toBeDefined();
  expect(printSchema(lexicographicSortSchema(schema))).toBe(contract());
}

/**
 * `count` fragments on Municipality, each spreading the next one twice, the last selecting
 * `code`: 2^count fields once expanded, in a document of a few kilobytes.
 */
const doublingFragments = (count: number) =>
  Array.from({ length: count }, (_, index) => `fragment F${index} on Municipality { ...F${index + 1} ...F${index + 1} }`).join('\n') +
  `\nfragment F${count} on Municipality { code }`;

const CREATE_ORGANIZATION = (name: string) =>
  `mutation { createOrganization(input: { name: "${name}", sector: NGO, municipalityCode: "${KRANJ}" }) { id } }`;

describe('API limits', () => {
  describe('with the default limits (test mode)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.close());

    describe('query depth (GRAPHQL_MAX_DEPTH=10)', () => {
      it('runs a query exactly 10 levels deep', async () => {
        const response = await rawGraphqlAs(t, themeParentsQuery(10));
        expectOk(response);
        const themes = (response.data as { themes: { code: string; parent: unknown }[] }).themes;
        expect(themes.length).toBeGreaterThan(0);
      });

      it('refuses a query 11 levels deep with BAD_USER_INPUT', async () => {
        const response = await rawGraphqlAs(t, themeParentsQuery(11));
        expectRefused(response, /nested 11 levels deep; the limit is 10/);
      });

      it('refuses the same depth when it hides in fragments', async () => {
        // themes(1) > F: parent(2) > G: 8 more parents (10) > one more parent (11).
        const query = `
          query { themes { ...F } }
          fragment F on Theme { parent { ...G } }
          fragment G on Theme { ${'parent { '.repeat(8)}...H${' }'.repeat(8)} }
          fragment H on Theme { parent { code } }`;
        expectRefused(await rawGraphqlAs(t, query), /nested 11 levels deep/);
      });
    });

    describe('aliases (GRAPHQL_MAX_ALIASES=30)', () => {
      it('runs 30 aliases', async () => {
        const response = await rawGraphqlAs(t, aliasesQuery(30));
        expectOk(response);
        expect(Object.keys(response.data as object)).toHaveLength(30);
      });

      it('refuses 31 aliases with BAD_USER_INPUT', async () => {
        expectRefused(await rawGraphqlAs(t, aliasesQuery(31)), /31 aliases; the limit is 30/);
      });
    });

    describe('cost (GRAPHQL_MAX_COST=5000)', () => {
      it('counts lists that take no page size, e.g. municipalities and their neighbours', async () => {
        // 212 municipalities, each with about 5 neighbours, three levels down: about 48,000
        // objects for one anonymous request, far beyond a cost of 5000, though it is only 5
        // levels deep and uses no alias.
        const query = '{ municipalities { neighbours { neighbours { neighbours { code } } } } }';
        expectTooCostly(await rawGraphqlAs(t, query), 5000);
      });
    });

    describe('fragments spread many times', () => {
      it('refuses a document whose fragments expand to more than 10,000 fields instead of running it unestimated', async () => {
        // 2^14 fields below 212 × 5 × 5 × 5 municipalities: the estimate gave up on it, and
        // the operation used to run with no cost limit at all.
        const query = `{ municipalities { neighbours { neighbours { neighbours { ...F0 } } } } } ${doublingFragments(14)}`;
        expectRefused(await rawGraphqlAs(t, query), /more than 10000 fields once its fragments are expanded/);
      });

      it('measures the depth of fragments spread 2^40 times without walking every spread', async () => {
        // The depth rule walked each spread: this document kept a CPU busy for hours.
        const query = `{ municipalities { ...F0 } } ${doublingFragments(40)}`;
        expectRefused(await rawGraphqlAs(t, query), /more than 10000 fields/);
      });
    });

    describe('CSRF prevention', () => {
      it('refuses a GET query without a preflight header with status 400', async () => {
        const result = await get(t.url, { query: '{ __typename }' });
        expect(result.status).toBe(400);
        expect(result.text).toMatch(/Cross-Site Request Forgery/);
        expect(result.body?.data ?? null).toBeNull();
        expect(result.body?.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
        expectNoStacktrace(result.body?.errors);
      });

      it('refuses a GET query whose content-type is one a form can send', async () => {
        const result = await get(t.url, { query: '{ __typename }' }, { 'content-type': 'text/plain' });
        expect(result.status).toBe(400);
        expect(result.text).toMatch(/Cross-Site Request Forgery/);
      });

      it('refuses a POST with a content-type a form can send (text/plain)', async () => {
        const before = await countRows(t, 'organization');
        const result = await post(
          t.url,
          { query: CREATE_ORGANIZATION('CSRF text/plain') },
          { 'content-type': 'text/plain', authorization: `Bearer ${TEST_ADMIN_KEY}` },
        );
        expect(result.status).toBe(400);
        expect(result.text).toMatch(/Cross-Site Request Forgery/);
        expect(await countRows(t, 'organization')).toBe(before);
      });

      it('runs a GET query with apollo-require-preflight: true', async () => {
        const result = await get(t.url, { query: '{ __typename }' }, { 'apollo-require-preflight': 'true' });
        expect(result.status).toBe(200);
        expect(result.body).toEqual({ data: { __typename: 'Query' } });
      });

      it('runs a GET query with x-apollo-operation-name or content-type: application/json', async () => {
        const named = await get(t.url, { query: 'query Ping { __typename }' }, { 'x-apollo-operation-name': 'Ping' });
        expect(named.status).toBe(200);
        expect(named.body).toEqual({ data: { __typename: 'Query' } });
        const json = await get(t.url, { query: '{ __typename }' }, { 'content-type': 'application/json' });
        expect(json.status).toBe(200);
        expect(json.body).toEqual({ data: { __typename: 'Query' } });
      });

      it('never runs a mutation sent over GET, with or without a preflight header', async () => {
        const before = await countRows(t, 'organization');
        const auth = { authorization: `Bearer ${TEST_ADMIN_KEY}` };

        const plain = await get(t.url, { query: CREATE_ORGANIZATION('CSRF GET plain') }, auth);
        expect(plain.status).toBe(400);
        expect(plain.body?.data ?? null).toBeNull();

        const preflighted = await get(t.url, { query: CREATE_ORGANIZATION('CSRF GET preflight') }, { ...auth, 'apollo-require-preflight': 'true' });
        expect([400, 405]).toContain(preflighted.status);
        expect(preflighted.body?.data ?? null).toBeNull();
        expect(preflighted.text).toMatch(/mutation/i);
        expectNoStacktrace(preflighted.body?.errors);

        expect(await countRows(t, 'organization')).toBe(before);
        const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM organization WHERE name LIKE 'CSRF%'`);
        expect(count).toBe(0);
      });
    });

    describe('batching', () => {
      it('refuses a batched request (a JSON array body)', async () => {
        const result = await post(t.url, [{ query: '{ __typename }' }, { query: '{ themes { code } }' }]);
        expect(result.status).toBe(400);
        expect(result.text).toMatch(/batching/i);
        expect(Array.isArray(result.body)).toBe(false);
        expect(result.body?.data ?? null).toBeNull();
        expectNoStacktrace(result.body?.errors);
      });

      it('refuses a batch even of one operation, and stores nothing from a batched mutation', async () => {
        const before = await countRows(t, 'organization');
        const result = await post(t.url, [{ query: CREATE_ORGANIZATION('Batched') }], { authorization: `Bearer ${TEST_ADMIN_KEY}` });
        expect(result.status).toBe(400);
        expect(result.text).toMatch(/batching/i);
        expect(await countRows(t, 'organization')).toBe(before);
      });
    });

    describe('errors', () => {
      it('reports an unknown field as BAD_USER_INPUT (GRAPHQL_VALIDATION_FAILED), status 400, no stack trace', async () => {
        const response = await rawGraphqlAs(t, '{ themes { code doesNotExist } }');
        expect(response.status).toBe(400);
        expect(response.data ?? null).toBeNull();
        expect(response.errors).toHaveLength(1);
        expect(response.errors?.[0].message).toMatch(/doesNotExist/);
        expect(response.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
        expectNoStacktrace(response.errors);
      });

      it('guesses what a misspelt variable field or enum value meant, outside production', async () => {
        const response = await rawGraphqlAs(t, MISSPELT_NEED_INPUT, { variables: MISSPELT_NEED_VARIABLES });
        expect(response.errors?.map((error) => error.message)).toEqual(
          expect.arrayContaining([
            expect.stringMatching(/Field "titel" is not defined by type "CreateNeedInput"\. Did you mean "title"\?$/),
            expect.stringMatching(/Did you mean the enum value "FUNDING"\?$/),
          ]),
        );
      });

      it('reports a syntax error as BAD_USER_INPUT (GRAPHQL_PARSE_FAILED), status 400, no stack trace', async () => {
        const response = await rawGraphqlAs(t, '{ themes { code ');
        expect(response.status).toBe(400);
        expect(response.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED' });
        expectNoStacktrace(response.errors);
      });

      it('carries no stack trace on errors from resolvers either', async () => {
        // expectError also proves that no error carries a stack trace.
        expectError(await graphqlAs(t, CLOSE_NEED, { token: TEST_ADMIN_KEY, variables: { id: '00000000-0000-4000-8000-000000000000' } }), 'NOT_FOUND');
        expectError(await graphqlAs(t, NEED_COUNT), 'UNAUTHENTICATED');
        expectError(await graphqlAs(t, NEEDS_FIRST_0, { token: TEST_ADMIN_KEY }), 'BAD_USER_INPUT');
      });
    });

    describe('GraphQL over HTTP: the status of a request error follows the media type', () => {
      // Request errors of a well-formed request, each with the code it has always had.
      const requestErrors: [string, Record<string, unknown>, Record<string, unknown>][] = [
        ['a syntax error', { query: '{ themes { code ' }, { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED' }],
        ['an unknown field', { query: '{ themes { nope } }' }, { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' }],
        ['a variable that does not fit', { query: 'query Q($first: Int) { needs(first: $first) { totalCount } }', variables: { first: 'many' } }, { code: 'BAD_USER_INPUT' }],
        ['a query too deep', { query: themeParentsQuery(11) }, { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_LARGE' }],
        ['a query too costly', { query: '{ municipalities { neighbours { neighbours { neighbours { code } } } } }' }, { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_LARGE' }],
        ['an unknown operation name', { query: 'query A { __typename }', operationName: 'B' }, { code: 'BAD_USER_INPUT' }],
      ];

      it.each(requestErrors)('answers %s with 200 and application/json to a client that takes only application/json', async (_label, body, extensions) => {
        for (const accept of ['application/json', '*/*', 'application/json, application/graphql-response+json;q=0.5']) {
          const result = await post(t.url, body, { accept });
          expect({ accept, status: result.status }).toEqual({ accept, status: 200 });
          expect(result.headers.get('content-type')).toMatch(/^application\/json/);
          expect(result.body?.data).toBeUndefined();
          expect(result.body?.errors?.[0].extensions).toMatchObject(extensions);
          expectNoStacktrace(result.body?.errors);
        }
      });

      it.each(requestErrors)('answers %s with 400 and application/graphql-response+json to a client that prefers it', async (_label, body, extensions) => {
        for (const accept of ['application/graphql-response+json', 'application/graphql-response+json,application/json;q=0.9']) {
          const result = await post(t.url, body, { accept });
          expect({ accept, status: result.status }).toEqual({ accept, status: 400 });
          expect(result.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
          expect(result.body?.data).toBeUndefined();
          expect(result.body?.errors?.[0].extensions).toMatchObject(extensions);
        }
      });

      it('stores nothing from a mutation whose variables do not fit, though the status is 200', async () => {
        const before = await countRows(t, 'organization');
        const result = await post(
          t.url,
          { query: 'mutation M($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', variables: { input: { name: 'Status 200', sector: 'NOT_A_SECTOR', municipalityCode: KRANJ } } },
          { accept: 'application/json', authorization: `Bearer ${TEST_ADMIN_KEY}` },
        );
        expect(result.status).toBe(200);
        expect(result.body?.data).toBeUndefined();
        expect(result.body?.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
        expect(await countRows(t, 'organization')).toBe(before);
      });

      it('keeps 400 for a malformed request (no query, a body that is not JSON) whatever the client takes', async () => {
        for (const accept of ['application/json', 'application/graphql-response+json']) {
          expect((await post(t.url, { variables: {} }, { accept })).status).toBe(400);
          expect((await post(t.url, '{"query": ', { accept })).status).toBe(400);
        }
      });

      it('answers a body it cannot read as a GraphQL error with a code and a reason, with the status of the refusal', async () => {
        const unread = [
          await post(t.url, '{"query": '),
          await post(t.url, '"a string"'),
          await post(t.url, JSON.stringify({ query: '{ themes { code } }', padding: 'x'.repeat(200_000) })),
          await post(t.url, '{}', { 'content-type': 'application/json; charset=latin9' }),
        ];
        expect(unread.map((answer) => [answer.status, answer.body?.errors?.[0].extensions])).toEqual([
          [400, { code: 'BAD_USER_INPUT', reason: 'BAD_REQUEST' }],
          [400, { code: 'BAD_USER_INPUT', reason: 'BAD_REQUEST' }],
          [413, { code: 'BAD_USER_INPUT', reason: 'PAYLOAD_TOO_LARGE' }],
          [415, { code: 'BAD_USER_INPUT', reason: 'UNSUPPORTED_MEDIA_TYPE' }],
        ]);
        expect(unread[0].body?.errors?.[0].message).toMatch(/^The request body is not valid JSON/);
        expect(unread[2].body?.errors?.[0].message).toMatch(/100 kB/);
      });

      it('says what a GraphQL request is when the body is not one (a GraphQL document as application/graphql, an empty JSON object)', async () => {
        for (const answer of [await post(t.url, '{ themes { code } }', { 'content-type': 'application/graphql' }), await post(t.url, '{}')]) {
          expect(answer.status).toBe(400);
          expect(answer.body?.errors?.[0]).toEqual({
            message: expect.stringMatching(/^The request is not a GraphQL request over HTTP: POST it with Content-Type: application\/json and a JSON object body with a "query" string/),
            extensions: { code: 'BAD_USER_INPUT', reason: 'BAD_REQUEST' },
          });
        }
      });

      it('refuses a body that says it is UTF-8 and is not (Windows-1250 from an older system), instead of storing its letters as U+FFFD', async () => {
        const before = await countRows(t, 'need');
        const query = 'mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }';
        const json = JSON.stringify({ query, variables: { input: { title: 'Prevozi za starejše' } } });
        // "š" as Windows-1250 writes it: one byte, 0x9a, which is no UTF-8.
        const [head, tail] = json.split('š');
        const body = Buffer.concat([Buffer.from(head), Buffer.from([0x9a]), Buffer.from(tail)]);
        const answer = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        expect(answer.status).toBe(415);
        expect(((await answer.json()) as GraphqlResponse<unknown>).errors?.[0]).toEqual({
          message: 'Send the body as JSON in UTF-8: it has bytes that are not UTF-8.',
          extensions: { code: 'BAD_USER_INPUT', reason: 'UNSUPPORTED_MEDIA_TYPE' },
        });
        expect(await countRows(t, 'need')).toBe(before);
        // The same in UTF-8 is read (and refused only for what it lacks, as any request).
        const readable = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.from(json, 'utf8') });
        expect(readable.status).toBe(200);
      });

      it('answers errors of a resolver with 200 either way, as before', async () => {
        for (const accept of ['application/json', 'application/graphql-response+json']) {
          const result = await post(t.url, { query: '{ needs { totalCount } }' }, { accept });
          expect(result.status).toBe(200);
          expect(result.body?.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
        }
      });
    });

    describe('introspection and the explorer outside production', () => {
      it.each(INTROSPECTION_QUERIES)('answers the full introspection query, %s (14 levels deep), with the whole schema', async (_name, query) => {
        expectWholeSchema(await rawGraphqlAs(t, query));
      });

      it('still limits the depth of the real fields of an operation that also introspects', async () => {
        const query = themeParentsQuery(11).replace(/^\{/, `{ __schema { types { ...FullType } } `) + INTROSPECTION_FRAGMENTS;
        expectRefused(await rawGraphqlAs(t, query), /nested 11 levels deep; the limit is 10/);
      });

      it('still limits the cost of the real fields of an operation that also introspects', async () => {
        const query = `{ __schema { types { ...FullType } } municipalities { neighbours { neighbours { neighbours { code } } } } } ${INTROSPECTION_FRAGMENTS}`;
        expectTooCostly(await rawGraphqlAs(t, query), 5000);
      });

      it('costs a second aliased copy of the introspection like any other field', async () => {
        const fragment = 'fragment S on __Schema { queryType { name } types { ...FullType } directives { name args { ...InputValue } } }';
        const twice = `{ a: __schema { ...S } b: __schema { ...S } } ${fragment} ${INTROSPECTION_FRAGMENTS}`;
        expectTooCostly(await rawGraphqlAs(t, twice), 5000);
        // One copy under an alias of its own is still the one free copy.
        expectWholeSchema(await rawGraphqlAs(t, introspectionAs('schema')).then((response) => ({
          ...response,
          data: { __schema: (response.data as { schema: unknown } | null)?.schema },
        })));
      });

      it('keeps the alias limit for introspection', async () => {
        const aliases = Array.from({ length: 31 }, (_, index) => `s${index}: __schema { queryType { name } }`).join(' ');
        expectRefused(await rawGraphqlAs(t, `{ ${aliases} }`), /31 aliases; the limit is 30/);
      });

      it('refuses introspection that nests types through their fields (graphql\'s MaxIntrospectionDepthRule)', async () => {
        const response = await rawGraphqlAs(t, '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }');
        expectError(response, 'BAD_USER_INPUT', { message: /introspection depth/i });
        expect(response.data ?? null).toBeNull();
      });

      it('answers introspection', async () => {
        const response = await rawGraphqlAs(t, '{ __schema { types { name } } }');
        expectOk(response);
        const names = (response.data as { __schema: { types: { name: string }[] } }).__schema.types.map((type) => type.name);
        expect(names).toEqual(expect.arrayContaining(['Query', 'Mutation', 'Need', 'NeedConnection']));
      });

      it('serves GraphiQL at /graphiql as HTML, its assets from this service (no CDN)', async () => {
        const response = await fetch(`${t.url}/graphiql`);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/^text\/html/);
        const html = await response.text();
        expect(html).toMatch(/<html/i);
        const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
        expect(sources.length).toBeGreaterThan(0);
        for (const source of sources) expect(source).toMatch(/^\/graphiql\/assets\//);
        const script = await fetch(`${t.url}${sources.find((source) => source.includes('graphiql.min.js'))}`);
        expect(script.status).toBe(200);
      });
    });
  });

  describe('with small depth and alias limits (depth 3, 2 aliases)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ GRAPHQL_MAX_DEPTH: '3', GRAPHQL_MAX_ALIASES: '2' });
    });
    afterAll(() => t.close());

    it('runs a query at the depth limit', async () => {
      const response = await rawGraphqlAs(t, `{ municipality(code: "${KRANJ}") { neighbours { neighbours { code } } } }`);
      expectOk(response);
      const municipality = (response.data as { municipality: { neighbours: { neighbours: { code: string }[] }[] } }).municipality;
      expect(municipality.neighbours.length).toBeGreaterThan(0);
      expect(municipality.neighbours[0].neighbours.length).toBeGreaterThan(0);
    });

    it('refuses one level more with BAD_USER_INPUT', async () => {
      const response = await rawGraphqlAs(t, `{ municipality(code: "${KRANJ}") { neighbours { neighbours { neighbours { code } } } } }`);
      expectRefused(response, /nested 4 levels deep; the limit is 3/);
    });

    it('counts depth through named fragments: at the limit passes, one more is refused', async () => {
      const at = `
        query { ...Q }
        fragment Q on Query { municipality(code: "${KRANJ}") { ...M } }
        fragment M on Municipality { neighbours { ...N } }
        fragment N on Municipality { neighbours { code } }`;
      expectOk(await rawGraphqlAs(t, at));

      const over = `
        query { ...Q }
        fragment Q on Query { municipality(code: "${KRANJ}") { ...M } }
        fragment M on Municipality { neighbours { ...N } }
        fragment N on Municipality { neighbours { neighbours { code } } }`;
      expectRefused(await rawGraphqlAs(t, over), /nested 4 levels deep/);
    });

    it('counts depth through inline fragments', async () => {
      const over = `{ municipality(code: "${KRANJ}") { ... on Municipality { neighbours { ... { neighbours { neighbours { code } } } } } } }`;
      expectRefused(await rawGraphqlAs(t, over), /nested 4 levels deep/);
    });

    it('answers a fragment cycle with BAD_USER_INPUT, not a crash', async () => {
      const cycle = `
        query { municipality(code: "${KRANJ}") { ...A } }
        fragment A on Municipality { neighbours { ...B } }
        fragment B on Municipality { neighbours { ...A } }`;
      const response = await rawGraphqlAs(t, cycle);
      expect(response.status).toBe(400);
      expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expectNoStacktrace(response.errors);
    });

    it('answers the full introspection query, far deeper than 3', async () => {
      expectWholeSchema(await rawGraphqlAs(t, getIntrospectionQuery(GRAPHIQL_INTROSPECTION)));
    });

    it('runs 2 aliases and refuses 3, also when they hide in a fragment', async () => {
      expectOk(await rawGraphqlAs(t, '{ a: themes { code } b: themes { code } }'));
      expectRefused(await rawGraphqlAs(t, '{ a: themes { code } b: themes { code } c: themes { code } }'), /3 aliases; the limit is 2/);
      expectRefused(
        await rawGraphqlAs(t, 'query { ...F } fragment F on Query { a: __typename b: __typename c: __typename }'),
        /3 aliases/,
      );
    });

  });

  describe('with a small cost limit (GRAPHQL_MAX_COST=50)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ GRAPHQL_MAX_COST: '50' });
    });
    afterAll(() => t.close());

    it('runs a cheap page: needs(first: 5)', async () => {
      const response = await graphqlAs(t, CHEAP_PAGE, { token: TEST_ADMIN_KEY });
      expectOk(response);
    });

    it('refuses needs(first: 100) with nested fields as too costly, with BAD_USER_INPUT', async () => {
      expectTooCostly(await graphqlAs(t, COSTLY, { token: TEST_ADMIN_KEY }), 50);
    });

    it('answers a too costly query with a 4xx status, never a 500', async () => {
      const response = await graphqlAs(t, COSTLY, { token: TEST_ADMIN_KEY });
      expectError(response, 'BAD_USER_INPUT');
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    });

    it('takes the page size from variables too', async () => {
      expectOk(await graphqlAs(t, PAGE_OF, { token: TEST_ADMIN_KEY, variables: { first: 2 } }));
      expectTooCostly(await graphqlAs(t, PAGE_OF, { token: TEST_ADMIN_KEY, variables: { first: 100 } }), 50);
      // Again, now that both estimates are kept for this document: the same answers.
      expectTooCostly(await graphqlAs(t, PAGE_OF, { token: TEST_ADMIN_KEY, variables: { first: 100 } }), 50);
      expectOk(await graphqlAs(t, PAGE_OF, { token: TEST_ADMIN_KEY, variables: { first: 2 } }));
    });

    it('answers the full introspection query, estimated at over 100,000 when costed', async () => {
      expectWholeSchema(await rawGraphqlAs(t, getIntrospectionQuery(GRAPHIQL_INTROSPECTION)));
    });

    it('costs a list without first at its default page size (20)', async () => {
      // 20 needs with these fields cost well over 50: with first: 20 the query is refused,
      // and leaving first out returns the same 20 needs.
      expectTooCostly(await graphqlAs(t, TWENTY, { token: TEST_ADMIN_KEY }), 50);
      expectTooCostly(await graphqlAs(t, DEFAULT_PAGE, { token: TEST_ADMIN_KEY }), 50);
    });
  });

  describe('rate limits (RATE_LIMIT_PER_MINUTE=5)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '5' });
    });
    afterAll(() => t.close());

    const NEEDS = ONE_NEED;

    it("limits an organization's key to 5 calls a minute: the 6th is RATE_LIMITED", async () => {
      const organization = await createMemberOrganization(t);
      for (let call = 1; call <= 5; call++) {
        expectOk(await graphqlAs(t, NEEDS, { token: organization.token }));
      }
      const sixth = await graphqlAs(t, NEEDS, { token: organization.token });
      expect(sixth.status).toBeLessThan(500);
      expect(sixth.data ?? null).toBeNull();
      const refusal = expectError(sixth, 'RATE_LIMITED');
      // It says when the minute's window ends, as the per-IP limits do.
      const retryAfter = refusal.extensions.retryAfterSeconds as number;
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(refusal.message).toBe(`Too many requests; try again in ${retryAfter} s.`);

      // Another key has a budget of its own.
      const other = await createMemberOrganization(t);
      expectOk(await graphqlAs(t, NEEDS, { token: other.token }));
    });

    it('counts every root field call against the limit, also within one request', async () => {
      const organization = await createMemberOrganization(t);
      const response = await graphqlAs(t, SIX_ORGANIZATIONS, { token: organization.token, variables: { id: organization.id } });
      expect(response.status).toBeLessThan(500);
      const values = Object.values(response.data ?? {});
      expect(values).toHaveLength(6);
      expect(values.filter((value) => value !== null)).toHaveLength(5);
      expectError(response, 'RATE_LIMITED');
    });

    it('refuses the rest of a request of many root fields without an internal error after its answer went out', async () => {
      // A refused non-null root field nulls the whole answer, which is sent at once while the
      // other fields' limit checks still run: those must not fail on the sent response (each
      // such failure was logged as an internal server error).
      const errors = jest.spyOn(Logger.prototype, 'error');
      try {
        const organization = await createMemberOrganization(t);
        const thirty = `{ ${Array.from({ length: 30 }, (_, index) => `t${index}: themes { code }`).join(' ')} }`;
        for (let call = 1; call <= 5; call++) {
          const response = await rawGraphqlAs(t, thirty, { token: organization.token });
          expect(response.data ?? null).toBeNull();
          expect(response.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
        }
        // Let every field's check finish.
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(errors.mock.calls.map(([first]) => (first as { err?: Error }).err?.message ?? String(first))).toEqual([]);
      } finally {
        errors.mockRestore();
      }
    });

    it('limits a key as a whole, not each query field apart', async () => {
      const organization = await createMemberOrganization(t);
      const token = organization.token;
      const calls = [
        () => graphqlAs(t, NEEDS, { token }),
        () => graphqlAs(t, ONE_OFFER, { token }),
        () => graphqlAs(t, ONE_ORGANIZATION_PAGE, { token }),
        () => graphqlAs(t, ORGANIZATION, { token, variables: { id: organization.id } }),
        () => graphqlAs(t, ME, { token }),
      ];
      for (const call of calls) expectOk(await call());
      expectError(await graphqlAs(t, THEMES, { token }), 'RATE_LIMITED');
    });

    it('limits anonymous callers per IP address (public themes query)', async () => {
      const first = { 'x-forwarded-for': '203.0.113.10' };
      for (let call = 1; call <= 5; call++) {
        expectOk(await graphqlAs(t, THEMES, { headers: first }));
      }
      const sixth = await graphqlAs(t, THEMES, { headers: first });
      expect(sixth.data ?? null).toBeNull();
      expectError(sixth, 'RATE_LIMITED');

      // Another address is not affected.
      expectOk(await graphqlAs(t, THEMES, { headers: { 'x-forwarded-for': '203.0.113.11' } }));

      // Plain HTTP routes are not GraphQL calls: probes from a limited address still answer.
      for (const path of ['/health/live', '/health/ready', '/metrics', '/graphiql', '/unsubscribe/not-a-token']) {
        for (let call = 1; call <= 6; call++) {
          const response = await fetch(`${t.url}${path}`, { headers: first });
          expect({ path, status: response.status }).toEqual({ path, status: path.startsWith('/unsubscribe') ? 404 : 200 });
        }
      }
    });

    it('exempts the hub bootstrap key and hub API keys', async () => {
      for (let call = 1; call <= 10; call++) {
        expectOk(await graphqlAs(t, NEEDS, { token: TEST_ADMIN_KEY }));
      }
      const hubKey = await createApiKey(t, null);
      for (let call = 1; call <= 10; call++) {
        expectOk(await graphqlAs(t, NEEDS, { token: hubKey }));
      }
    });
  });

  describe('production mode', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ NODE_ENV: 'production', PUBLIC_URL: 'https://grozd-match.example' });
    });
    afterAll(() => t.close());

    it('tells browsers to come back over https only (HSTS), on the API, the web app and the link pages alike', async () => {
      for (const path of ['/graphql?query=%7B__typename%7D', '/health/live', '/login', '/unsubscribe/not-a-token']) {
        const response = await fetch(`${t.url}${path}`, { headers: { 'apollo-require-preflight': 'true' } });
        expect([path, response.headers.get('strict-transport-security')]).toEqual([path, STRICT_TRANSPORT_SECURITY]);
      }
      expect(STRICT_TRANSPORT_SECURITY).toBe('max-age=31536000');
    });

    it('refuses introspection with BAD_USER_INPUT', async () => {
      for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Need") { name fields { name } } }']) {
        const response = await rawGraphqlAs(t, query);
        expect(response.status).toBe(400);
        expect(response.data ?? null).toBeNull();
        expect(response.errors?.[0].message).toMatch(/introspection/i);
        expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
        expectNoStacktrace(response.errors);
      }
    });

    it('refuses the full introspection query too', async () => {
      const response = await rawGraphqlAs(t, getIntrospectionQuery(GRAPHIQL_INTROSPECTION));
      expect(response.status).toBe(400);
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.length).toBeGreaterThan(0);
      for (const error of response.errors ?? []) expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.map((error) => error.message).join(' ')).toMatch(/introspection/i);
    });

    it('still answers ordinary queries and __typename', async () => {
      const response = await graphqlAs(t, TYPENAME_AND_THEMES);
      expectOk(response);
      expect(response.data?.__typename).toBe('Query');
    });

    it('does not serve the explorer: /graphiql and its assets are 404', async () => {
      const page = await fetch(`${t.url}/graphiql`);
      expect(page.status).toBe(404);
      expect(await page.text()).not.toMatch(/graphiql\.min\.js/);
      const asset = await fetch(`${t.url}/graphiql/assets/graphiql.min.js`);
      expect(asset.status).toBe(404);
    });

    it('guesses no field names in errors ("Did you mean"), as introspection is off', async () => {
      const response = await rawGraphqlAs(t, '{ organizatio(id: "x") { id } }');
      expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].message).toMatch(/organizatio/);
      expect(response.errors?.map((error) => error.message).join(' ')).not.toMatch(/Did you mean/);
    });

    it('guesses no names in errors about variables either (a misspelt input field or enum value)', async () => {
      const response = await rawGraphqlAs(t, MISSPELT_NEED_INPUT, { variables: MISSPELT_NEED_VARIABLES });
      const messages = response.errors?.map((error) => error.message) ?? [];
      expect(messages).toEqual(
        expect.arrayContaining([expect.stringMatching(/Field "titel" is not defined by type "CreateNeedInput"\.$/), expect.stringMatching(/Value "FUNDNG" does not exist in "ResourceType" enum\.$/)]),
      );
      for (const error of response.errors ?? []) {
        expect(error.extensions.code).toBe('BAD_USER_INPUT');
        expect(JSON.stringify(error)).not.toMatch(/Did you mean|FUNDING/);
      }
    });

    it('carries no stack trace on errors', async () => {
      const response = await rawGraphqlAs(t, '{ themes { nope } }');
      expect(response.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
      expectNoStacktrace(response.errors);
    });
  });
});
