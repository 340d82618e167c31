import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { graphql } from '../graphql';
import { createMemberOrganization, createNeed, createOffer, fittingOffer, KRANJ, needInput, offerInput, invitationToken } from '../utils/fixtures';
import { HttpResult, post } from '../utils/http';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from '../utils/test-app';

// Property-based fuzzing of what a hostile or careless client can send: every mutation (and
// every query that takes arguments) of schema.graphql with arbitrary variables, as the hub,
// an organization's signed-in admin and member, and nobody; malformed and oversize bodies;
// deep, wide and fragmented documents; random credentials; hostile paths to the link pages.
// For every case: never a 5xx, never INTERNAL_SERVER_ERROR, and nothing stored from an
// input that was refused (a row count of every table before and after). The seed is fixed
// and printed: FUZZ_SEED=<n> runs another one, FUZZ_SCALE=<k> k times as many cases
// (default 1: about 700 cases).
//
// The app runs in this process: a document that keeps the CPU busy for good (as 2^40
// fragment spreads did, before the depth rule measured each fragment once) blocks the
// test's own timer too, so such a bug shows as a run that does not end.

const SEED = Number(process.env.FUZZ_SEED ?? 20_251_110);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const runs = (base: number) => Math.max(1, Math.round(base * SCALE));
const TIMEOUT = 60_000 * Math.max(1, SCALE);

const PASSWORD = 'a long enough password';

const INVITE_MEMBER = graphql(`
  mutation FuzzInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }
`);
const SIGN_UP = graphql(`
  mutation FuzzSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }
`);
const LOGIN = graphql(`
  mutation FuzzLogin($input: LoginInput!) { login(input: $input) { token } }
`);
const CREATE_WEBHOOK = graphql(`
  mutation FuzzCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }
`);
const RESPOND_TO_NEED = graphql(`
  mutation FuzzRespondToNeed($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }
`);

// ---------------------------------------------------------------------------------------
// The mutations, from the contract: a new mutation is fuzzed without a change here.

const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));
const MUTATIONS = Object.values(schema.getMutationType()!.getFields());
// Queries store nothing, but their arguments reach filters, cursors and SQL as well.
const QUERIES_WITH_ARGUMENTS = Object.values(schema.getQueryType()!.getFields()).filter((field) => field.args.length > 0);

/**
 * `mutation Fuzz($input: CreateNeedInput!) { createNeed(input: $input) { __typename id … } }`:
 * the field with every argument a variable, and the leaf fields of what it returns.
 */
function operationDocument(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const definitions = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const returned = getNamedType(field.type);
  const leaves = isObjectType(returned)
    ? Object.values(returned.getFields())
        .filter((child) => isLeafType(getNamedType(child.type)) && child.args.every((arg) => !isNonNullType(arg.type)))
        .map((child) => child.name)
    : [];
  const selection = isCompositeType(returned) ? ` { __typename ${leaves.join(' ')} }` : '';
  return `${operation} Fuzz${definitions ? `(${definitions})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

const camelToSnake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`).replace(/^_/, '');

// ---------------------------------------------------------------------------------------
// Values

/** What the service holds when the fuzzing starts: ids of every table, codes, e-mails, tokens. */
interface Pools {
  idsByTable: Map<string, string[]>;
  allIds: string[];
  themeCodes: string[];
  municipalityCodes: string[];
  emails: string[];
  invitationTokens: string[];
  userIds: string[];
}

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const repeated = (min: number, max: number) =>
  fc.tuple(fc.integer({ min, max }), fc.constantFrom('x', 'é', '🙂', '\ud800', ' ', '\u0000')).map(([count, text]) => text.repeat(count));

const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.tuple(fc.string({ maxLength: 8 }), loneSurrogate, fc.string({ maxLength: 8 })).map(([before, surrogate, after]) => before + surrogate + after),
  fc.constantFrom(
    '',
    ' ',
    '\t\n',
    '\u0000',
    'a\u0000b',
    '\u200b',
    '\u202eevil',
    'e\u0301',
    "'; DROP TABLE need; --",
    '<script>alert(1)</script>',
    '../../etc/passwd',
    '%00',
    '%E0%A4%A',
    '${jndi:ldap://example.org/x}',
    '\\',
    'null',
    'NaN',
    '-1',
    '1e309',
    '{}',
    '__proto__',
  ),
  repeated(1_000, 20_000),
);

/** A value of any JSON type, including the shapes that have broken parsers and validators. */
const deepObject = fc.integer({ min: 10, max: 2_000 }).map((depth) => {
  let value: unknown = 'x';
  for (let level = 0; level < depth; level++) value = { a: value };
  return value;
});
const deepList = fc.integer({ min: 10, max: 2_000 }).map((depth) => {
  let value: unknown = 'x';
  for (let level = 0; level < depth; level++) value = [value];
  return value;
});
const longInvalidList = fc.integer({ min: 45, max: 300 }).chain((length) =>
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.constant(null), fc.constant({})), { minLength: length, maxLength: length }),
);
const PROTOTYPE_POLLUTION = [JSON.parse('{"__proto__": {"hubAdmin": true, "role": "ADMIN"}}'), { constructor: { prototype: { hubAdmin: true } } }];
const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  hostileString,
  fc.constant(null),
  fc.boolean(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1e308, -0, 0.5, ...PROTOTYPE_POLLUTION),
  deepObject,
  deepList,
  longInvalidList,
);

const emailLike = (pools: Pools) =>
  fc.oneof(
    fc.constantFrom(...pools.emails),
    fc.emailAddress(),
    fc.tuple(hostileString, fc.constantFrom('@example.org', '', '@', '@@example.org')).map(([local, domain]) => local + domain),
    loneSurrogate,
  );

/** Strings shaped by the field's name, so that many cases get past the first check. */
function stringFor(name: string, pools: Pools): fc.Arbitrary<string> {
  const realistic: fc.Arbitrary<string> = /email/i.test(name)
    ? emailLike(pools)
    : /municipalit|serviceArea/i.test(name)
      ? fc.constantFrom(...pools.municipalityCodes.slice(0, 20), '999', '05', '0520', ' 052')
      : /theme/i.test(name)
        ? fc.constantFrom(...pools.themeCodes, 'NOT_A_THEME', 'social_elderly')
        : /url|website/i.test(name)
          ? fc.oneof(
              fc.webUrl(),
              fc.constantFrom('http://127.0.0.1:1/hook', 'https://example.org/hook', 'ftp://example.org', 'javascript:alert(1)', 'http://[::1]/', 'http://169.254.169.254/', 'https://'),
            )
          : /token/i.test(name)
            ? fc.oneof(fc.constantFrom(...pools.invitationTokens), fc.string({ maxLength: 60 }).map((rest) => `gzi_${rest}`))
            : /taxNumber/i.test(name)
              ? fc.stringMatching(/^\d{8}$/)
              : /registrationNumber/i.test(name)
                ? fc.stringMatching(/^\d{7}(\d{3})?$/)
                : /phone/i.test(name)
                  ? fc.stringMatching(/^\+?[0-9 ]{3,20}$/)
                  : fc.lorem({ maxCount: 12 });
  return fc.oneof({ weight: 3, arbitrary: realistic }, { weight: 2, arbitrary: hostileString });
}

function idFor(name: string, context: string, pools: Pools): fc.Arbitrary<string> {
  // organizationId → organization, needId → need; a bare id names the mutation's subject
  // (closeNeed → need, revokeApiKey → api_key).
  const subject = name.endsWith('Id') && name !== 'id' ? camelToSnake(name.slice(0, -2)) : undefined;
  const table = subject ?? [...pools.idsByTable.keys()].filter((candidate) => camelToSnake(context).includes(candidate)).sort((a, b) => b.length - a.length)[0];
  const known = (table && pools.idsByTable.get(table)) || [];
  return fc.oneof(
    { weight: 4, arbitrary: known.length ? fc.constantFrom(...known) : fc.uuid() },
    { weight: 1, arbitrary: fc.constantFrom(...pools.allIds) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: hostileString },
  );
}

const isoDay = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const dayLike = fc.oneof(
  { weight: 3, arbitrary: isoDay },
  { weight: 1, arbitrary: fc.constantFrom('2027-02-30', '0000-01-01', '9999-12-31', '2027-13-01', '275760-09-13', '2027-3-1', '01.03.2027', '2027-03-01T00:00:00Z') },
  { weight: 1, arbitrary: hostileString },
);

/**
 * A value for a GraphQL input type: mostly of the right shape (so that it reaches the
 * resolvers and their validation), with `wrong` the weight of a value of any other type at
 * each position, missing required fields and unknown extra fields.
 */
function valueFor(type: GraphQLInputType, name: string, context: string, pools: Pools, wrong: number, depth = 0): fc.Arbitrary<unknown> {
  const fitting = fittingValueFor(type, name, context, pools, wrong, depth);
  return wrong > 0 ? fc.oneof({ weight: 20, arbitrary: fitting }, { weight: wrong, arbitrary: hostileJson }) : fitting;
}

function fittingValueFor(type: GraphQLInputType, name: string, context: string, pools: Pools, wrong: number, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueFor(type.ofType, name, context, pools, wrong, depth);
  if (isListType(type)) {
    const item = valueFor(type.ofType, name, context, pools, wrong, depth + 1);
    return fc.oneof(
      { weight: 6, arbitrary: fc.array(item, { maxLength: 6 }) },
      { weight: 1, arbitrary: fc.array(item, { minLength: 40, maxLength: 300 }) },
      // More invalid items than graphql reports one by one (it stops after 50).
      { weight: 1, arbitrary: longInvalidList },
      { weight: 1, arbitrary: item },
    );
  }
  if (isEnumType(type)) {
    return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...type.getValues().map((value) => value.name)) }, { weight: 1, arbitrary: hostileString });
  }
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant({});
    const fields = Object.values(type.getFields());
    const model = Object.fromEntries(fields.map((field) => [field.name, valueFor(field.type, field.name, context, pools, wrong, depth + 1)]));
    const required = fields.filter((field) => isNonNullType(field.type) && field.defaultValue === undefined).map((field) => field.name);
    const record = fc.record(model, { requiredKeys: wrong > 0 ? [] : required });
    if (wrong === 0) return record;
    return fc.tuple(record, fc.option(fc.tuple(fc.string({ maxLength: 12 }), hostileJson))).map(([value, extra]) => (extra ? { ...value, [extra[0]]: extra[1] } : value));
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return idFor(name, context, pools);
      case 'Int':
        return fc.oneof(fc.integer({ min: -1_000, max: 100_000 }), fc.constantFrom(0, -1, 1, 2_147_483_647, -2_147_483_648));
      case 'Float':
        return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, 1, 0.5, -0.5, 1e308, 5e-324));
      case 'Boolean':
        return fc.boolean();
      case 'Date':
        return dayLike;
      case 'DateTime':
        return fc.oneof(fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), dayLike);
      case 'String':
        return stringFor(name, pools);
    }
  }
  return hostileJson;
}

/** Variables for a mutation: of the right shape, a little wrong, very wrong, or anything at all. */
function variablesFor(field: GraphQLField<unknown, unknown>, pools: Pools): fc.Arbitrary<Record<string, unknown>> {
  const shaped = (wrong: number) =>
    fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, valueFor(arg.type, arg.name, field.name, pools, wrong)])), {
      requiredKeys: wrong > 0 ? [] : field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => arg.name),
    }) as fc.Arbitrary<Record<string, unknown>>;
  return fc.oneof(
    { weight: 5, arbitrary: shaped(0) },
    { weight: 3, arbitrary: shaped(1) },
    { weight: 1, arbitrary: shaped(20) },
    { weight: 1, arbitrary: fc.dictionary(fc.oneof(fc.constantFrom(...field.args.map((arg) => arg.name), 'input'), fc.string()), hostileJson, { maxKeys: 3 }) },
  );
}

// ---------------------------------------------------------------------------------------
// Bodies, documents and credentials

/** A mutation the hub may run: sent in bodies that must be refused, it must store nothing. */
const CREATE_ORGANIZATION_MUTATION = `mutation FuzzBody($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
const organizationVariables = { input: { name: 'Fuzzed body', sector: 'NGO', municipalityCode: KRANJ } };
const createOrganizationBody = JSON.stringify({ query: CREATE_ORGANIZATION_MUTATION, variables: organizationVariables });

interface RawRequest {
  method: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** The URL's query string (GraphQL over GET). */
  search: string;
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/graphql-response+json',
  'application/graphql',
  'text/plain',
  'text/plain; charset=utf-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=fuzz',
  'application/xml',
  'application/json; boundary=',
  '*/*',
];
const ACCEPTS = ['application/json', 'application/graphql-response+json', '*/*', 'text/html', 'image/png', 'application/json;q=0', 'multipart/mixed', ''];

const bodyText: fc.Arbitrary<Buffer> = fc.oneof(
  // Invalid JSON: a valid body cut short, or any text.
  fc.nat({ max: createOrganizationBody.length - 1 }).map((length) => utf8(createOrganizationBody.slice(0, length))),
  fc.string({ maxLength: 200 }).map(utf8),
  // JSON of any type, and objects whose members have the wrong types.
  fc.jsonValue({ maxDepth: 3 }).map((value) => utf8(JSON.stringify(value))),
  fc
    .record(
      {
        query: fc.oneof(fc.constant(CREATE_ORGANIZATION_MUTATION), hostileJson),
        variables: fc.oneof(fc.constant(organizationVariables), hostileJson),
        operationName: fc.oneof(fc.constantFrom('FuzzBody', 'Other'), hostileJson),
        extensions: hostileJson,
      },
      { requiredKeys: [] },
    )
    .map((value) => utf8(JSON.stringify(value))),
  // Batches, refused as a whole.
  fc.array(fc.constant({ query: CREATE_ORGANIZATION_MUTATION, variables: organizationVariables }), { maxLength: 20 }).map((batch) => utf8(JSON.stringify(batch))),
  // Over the body limit (100 kB), up to 1 MB.
  fc.integer({ min: 100 * 1024 + 1, max: 1024 * 1024 }).map((size) =>
    utf8(JSON.stringify({ query: CREATE_ORGANIZATION_MUTATION, variables: { input: { ...organizationVariables.input, description: 'x'.repeat(size) } } })),
  ),
  // JSON nested deeper than any parser should have to follow.
  fc.integer({ min: 1_000, max: 20_000 }).map((depth) => utf8(`{"query": "{ __typename }", "variables": ${'['.repeat(depth)}${']'.repeat(depth)}}`)),
  // Bytes that are no UTF-8, a byte order mark, UTF-16.
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
  fc.constant(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(createOrganizationBody)])),
  fc.constant(Buffer.from(createOrganizationBody, 'utf16le')),
);

const rawRequest: fc.Arbitrary<RawRequest> = fc
  .record({
    method: fc.oneof({ weight: 6, arbitrary: fc.constant('POST') }, { weight: 1, arbitrary: fc.constantFrom('GET', 'PUT', 'PATCH', 'DELETE', 'OPTIONS') }),
    contentType: fc.option(fc.constantFrom(...CONTENT_TYPES), { freq: 6 }),
    accept: fc.option(fc.constantFrom(...ACCEPTS)),
    encoding: fc.option(fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'x-fuzz'), { freq: 4 }),
    preflight: fc.boolean(),
    body: bodyText,
    bomb: fc.option(fc.integer({ min: 1, max: 8 }), { freq: 8 }),
    parameters: fc.option(
      fc.record(
        {
          query: fc.oneof(fc.constantFrom('{ __typename }', CREATE_ORGANIZATION_MUTATION, '{ themes { code } }'), hostileString),
          variables: fc.oneof(fc.jsonValue().map((value) => JSON.stringify(value)), hostileString),
          operationName: hostileString,
          extensions: fc.oneof(fc.jsonValue().map((value) => JSON.stringify(value)), hostileString),
        },
        { requiredKeys: [] },
      ),
    ),
  })
  .map(({ method, contentType, accept, encoding, preflight, body, bomb, parameters }) => {
    const headers: Record<string, string> = {};
    if (contentType !== null) headers['content-type'] = contentType;
    if (accept !== null) headers.accept = accept;
    if (preflight) headers['apollo-require-preflight'] = 'true';
    let payload = body;
    if (bomb !== null) {
      // A few kilobytes that inflate to `bomb` megabytes of spaces.
      payload = gzipSync(Buffer.alloc(bomb * 1024 * 1024, ' '));
      headers['content-encoding'] = 'gzip';
    } else if (encoding !== null) {
      headers['content-encoding'] = encoding;
      if (encoding === 'gzip') payload = gzipSync(body);
    }
    // URLSearchParams cannot carry a lone surrogate: it would be sent as U+FFFD.
    const search = parameters ? `?${new URLSearchParams(parameters as Record<string, string>).toString()}` : '';
    return { method, headers, body: method === 'GET' || method === 'OPTIONS' ? undefined : payload, search };
  });

/** A document built to be deep, wide, aliased or fragmented beyond reason. */
const hostileDocument: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 1, max: 3_000 }).map((depth) => `{ themes { ${'parent { '.repeat(depth)}code${' }'.repeat(depth)} } }`),
  fc.integer({ min: 1, max: 5_000 }).map((depth) => `{${'a{'.repeat(depth)}b${'}'.repeat(depth + 1)}`),
  fc.integer({ min: 1, max: 5_000 }).map((width) => `{ themes { ${'code '.repeat(width)}} }`),
  fc.integer({ min: 1, max: 1_000 }).map((count) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: themes { code }`).join(' ')} }`),
  fc.integer({ min: 1, max: 1_000 }).map((count) => `{ ${Array.from({ length: count }, (_, index) => `f${index}`).join(' ')} }`),
  fc.integer({ min: 1, max: 64 }).map(
    (chain) =>
      `{ municipalities { ...F0 } } ${Array.from({ length: chain }, (_, index) => `fragment F${index} on Municipality { ...F${index + 1} ...F${index + 1} }`).join(' ')} fragment F${chain} on Municipality { code neighbours { code } }`,
  ),
  fc.integer({ min: 1, max: 1_000 }).map(
    (count) => `{ ...F0 } ${Array.from({ length: count }, (_, index) => `fragment F${index} on Query { themes { code } ...F${index + 1} }`).join(' ')} fragment F${count} on Query { __typename }`,
  ),
  fc.integer({ min: 2, max: 500 }).map((count) => `{ ...F0 } ${Array.from({ length: count }, (_, index) => `fragment F${index} on Query { ...F${(index + 1) % count} }`).join(' ')}`),
  fc.integer({ min: 1, max: 1_000 }).map((count) => Array.from({ length: count }, (_, index) => `query Q${index} { __typename }`).join(' ')),
  fc.integer({ min: 1, max: 1_000 }).map((count) => `query Q(${Array.from({ length: count }, (_, index) => `$v${index}: Int`).join(' ')}) { __typename }`),
  fc.integer({ min: 1, max: 1_000 }).map((count) => `{ __typename ${'@include(if: true) '.repeat(count)}}`),
  fc.integer({ min: 1, max: 5_000 }).map((depth) => `{ needs(filter: { themeCodes: ${'['.repeat(depth)}"x"${']'.repeat(depth)} }) { totalCount } }`),
  fc.integer({ min: 1, max: 3_000 }).map((depth) => `{ needs(filter: ${'{ text: '.repeat(depth)}"x"${' }'.repeat(depth)}) { totalCount } }`),
  fc.integer({ min: 1, max: 20_000 }).map((length) => `{ ${'f'.repeat(length)} }`),
  fc.integer({ min: 1, max: 1_000 }).map((count) => `{ needs(${Array.from({ length: count }, (_, index) => `a${index}: ${index}`).join(' ')}) { totalCount } }`),
  fc.integer({ min: 1, max: 40 }).map((count) => `{ ${Array.from({ length: count }, (_, index) => `s${index}: __schema { types { fields { type { ofType { ofType { name } } } } } }`).join(' ')} }`),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
);

const latin1Text = (maxLength: number) =>
  fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).filter((code) => code !== 0x7f).map((code) => String.fromCharCode(code)), maxLength });

const base64url = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value) ?? 'null').toString('base64url');

/** A JWT of any header and payload, signed with the service's secret, another one, or not at all. */
const jwt = (userIds: string[], serviceSecret: string) =>
  fc
    .record({
      header: fc.oneof({ weight: 4, arbitrary: fc.constant({ alg: 'HS256', typ: 'JWT' }) }, { weight: 1, arbitrary: fc.constant({ alg: 'none' }) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) }),
      payload: fc.oneof(
        fc.record(
          {
            sub: fc.oneof(fc.constantFrom(...userIds), fc.uuid(), hostileJson),
            iss: fc.oneof(fc.constant('grozd-match'), hostileJson),
            exp: fc.oneof(fc.constant(Math.floor(Date.now() / 1000) + 3600), fc.integer(), hostileJson),
            jti: fc.oneof(fc.uuid(), hostileJson),
            pwd: fc.oneof(fc.string({ maxLength: 20 }), hostileJson),
          },
          { requiredKeys: [] },
        ),
        hostileJson,
      ),
      secret: fc.constantFrom(serviceSecret, 'another secret', ''),
      signature: fc.constantFrom('signed', 'empty', 'garbage'),
    })
    .map(({ header, payload, secret, signature }) => {
      const unsigned = `${base64url(header)}.${base64url(payload)}`;
      const mac = signature === 'signed' ? createHmac('sha256', secret).update(unsigned).digest('base64url') : signature === 'empty' ? '' : 'AAAA';
      return { token: `${unsigned}.${mac}`, signedBySecret: signature === 'signed' && secret === serviceSecret, payload };
    });

/** A path segment: text percent-encoded byte by byte (any bytes, so also invalid UTF-8), or a classic. */
const pathSegment = fc.oneof(
  fc.string({ maxLength: 40 }).map((text) => [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('')),
  fc.uint8Array({ maxLength: 20 }).map((bytes) => [...bytes].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('')),
  fc.base64String({ maxLength: 200 }).map((text) => text.replace(/\+/g, '-').replace(/\//g, '_')),
  fc.constantFrom('', '.', '..', '%2e%2e', '%2f', '..%2f..%2fpackage.json', '%00', '%E0%A4%A', '%ED%A0%80', '%', 'accept', 'decline', 'graphiql.min.js'),
  fc.integer({ min: 1_000, max: 12_000 }).map((length) => 'a'.repeat(length)),
);

/** A request to a page or route beside /graphql: the e-mail link pages, unsubscribe, the explorer's assets, probes. */
const pageRequest = fc.record({
  method: fc.constantFrom('GET', 'GET', 'POST', 'POST', 'PUT', 'DELETE', 'HEAD'),
  path: fc
    .tuple(fc.constantFrom('/suggestions/', '/unsubscribe/', '/graphiql/assets/', '/graphiql/', '/health/', '/metrics/', '/assets/', '/'), pathSegment, fc.option(fc.tuple(fc.constantFrom('/accept', '/decline', '/'), pathSegment)))
    .map(([prefix, segment, rest]) => `${prefix}${segment}${rest ? rest[0] + rest[1] : ''}`),
  body: fc.oneof(
    fc.jsonValue({ maxDepth: 3 }).map((value) => ({ type: 'application/json', text: JSON.stringify(value) })),
    fc.record({ declineReason: hostileJson, reason: hostileJson }, { requiredKeys: [] }).map((value) => ({ type: 'application/json', text: JSON.stringify(value) })),
    fc.string({ maxLength: 200 }).map((text) => ({ type: 'application/x-www-form-urlencoded', text })),
    fc.string({ maxLength: 200 }).map((text) => ({ type: 'application/json', text })),
  ),
});

// ---------------------------------------------------------------------------------------
// Checks

/** Never a 5xx, never INTERNAL_SERVER_ERROR, never a stack trace. */
function expectNoServerError(result: HttpResult) {
  expect({ status: result.status, internal: result.status >= 500 }).toEqual({ status: result.status, internal: false });
  const codes = (result.body?.errors ?? []).map((error) => error.extensions?.code);
  expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
  for (const error of result.body?.errors ?? []) expect(error.extensions?.stacktrace).toBeUndefined();
}

describe('fuzzing hostile input (fast-check)', () => {
  let t: TestApp;
  let pools: Pools;
  let countRowsOfEveryTable: () => Promise<Record<string, number>>;
  const tried = { mutations: 0, queries: 0, bodies: 0, documents: 0, credentials: 0, pages: 0 };
  const stored = { accepted: 0, unchanged: 0 };

  // The callers: the hub's key, an organization's signed-in admin and member, and nobody.
  type Caller = 'hub' | 'admin' | 'member' | 'anonymous';
  const users: Record<'admin' | 'member', { email: string; token: string; id: string }> = {
    admin: { email: 'fuzz-admin@example.org', token: '', id: '' },
    member: { email: 'fuzz-member@example.org', token: '', id: '' },
  };
  const tokenOf = (caller: Caller) => (caller === 'hub' ? TEST_ADMIN_KEY : caller === 'anonymous' ? undefined : users[caller].token);

  const send = (body: unknown, caller: Caller, headers: Record<string, string> = {}) => {
    const token = tokenOf(caller);
    return post(t.url, body, { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers });
  };

  /** A fuzzed logout or the like ends a user's session: sign in again for the next case. */
  async function keepSignedIn(caller: Caller, result: HttpResult) {
    if (caller !== 'admin' && caller !== 'member') return;
    if (!(result.body?.errors ?? []).some((error) => error.extensions.code === 'UNAUTHENTICATED')) return;
    users[caller].token = (await t.graphqlOk(LOGIN, { input: { email: users[caller].email, password: PASSWORD } })).login.token;
  }

  /** Sends one case and checks it: no server error, and nothing stored unless it was accepted. */
  async function check(request: () => Promise<HttpResult>, accepted: (result: HttpResult) => boolean): Promise<HttpResult> {
    const before = await countRowsOfEveryTable();
    const result = await request();
    expectNoServerError(result);
    if (accepted(result)) {
      stored.accepted++;
    } else {
      stored.unchanged++;
      expect(await countRowsOfEveryTable()).toEqual(before);
    }
    return result;
  }

  beforeAll(async () => {
    // Rate limits would answer most cases RATE_LIMITED: what is fuzzed is what lies behind them.
    t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '1000000' });
    process.stdout.write(`fuzz: seed ${SEED}, scale ${SCALE} (repeat with FUZZ_SEED=${SEED} npx jest test/hostile/fuzz.e2e-spec.ts)\n`);

    const tables: string[] = (
      await t.dataSource.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations' ORDER BY 1`)
    ).map((row: { table_name: string }) => row.table_name);
    const countQuery = `SELECT json_build_object(${tables.map((table) => `'${table}', (SELECT count(*) FROM "${table}")`).join(', ')}) AS counts`;
    countRowsOfEveryTable = async () => (await t.dataSource.query(countQuery))[0].counts;

    // Something of everything the mutations touch, in two organizations.
    const own = await createMemberOrganization(t, { email: 'info@fuzz.example.org' });
    const other = await createMemberOrganization(t);
    for (const role of ['admin', 'member'] as const) {
      const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: own.id, email: users[role].email, role: role === 'admin' ? 'ADMIN' : 'MEMBER' } }, TEST_ADMIN_KEY);
      const signedUp = await t.graphqlOk(SIGN_UP, { input: { invitationToken: invitationToken(invited.inviteMember), name: `Fuzz ${role}`, password: PASSWORD } });
      users[role].token = signedUp.signUp.token;
      users[role].id = signedUp.signUp.user.id;
    }
    const need = await createNeed(t, own.token, needInput(own.id));
    await createOffer(t, own.token, offerInput(own.id));
    await createNeed(t, other.token, needInput(other.id));
    const offer = await createOffer(t, other.token, fittingOffer(other.id));
    await t.graphqlOk(RESPOND_TO_NEED, { input: { needId: need.id, offerId: offer.id, message: 'Radi pomagamo.' } }, other.token);
    await t.graphqlOk(CREATE_WEBHOOK, { input: { organizationId: own.id, url: 'https://example.org/hook', events: ['SUGGESTION_CREATED'] } }, own.token);
    const pending = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: own.id, email: 'fuzz-invited@example.org' } }, TEST_ADMIN_KEY);

    const idsByTable = new Map<string, string[]>();
    const withIds: string[] = (
      await t.dataSource.query(`SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'uuid'`)
    ).map((row: { table_name: string }) => row.table_name);
    for (const table of withIds) {
      idsByTable.set(table, (await t.dataSource.query(`SELECT id::text AS id FROM "${table}" LIMIT 20`)).map((row: { id: string }) => row.id));
    }
    pools = {
      idsByTable,
      allIds: [...idsByTable.values()].flat(),
      themeCodes: (await t.dataSource.query(`SELECT code FROM theme`)).map((row: { code: string }) => row.code),
      municipalityCodes: [KRANJ, ...(await t.dataSource.query(`SELECT code FROM municipality`)).map((row: { code: string }) => row.code)],
      emails: [users.admin.email, users.member.email, 'info@fuzz.example.org', 'fuzz-invited@example.org'],
      invitationTokens: [invitationToken(pending.inviteMember)],
      userIds: [users.admin.id, users.member.id],
    };
  });

  afterAll(async () => {
    const total = Object.values(tried).reduce((sum, count) => sum + count, 0);
    process.stdout.write(
      `fuzz: seed ${SEED}: ${total} cases tried (mutations ${tried.mutations}, queries ${tried.queries}, bodies ${tried.bodies}, documents ${tried.documents}, ` +
        `credentials ${tried.credentials}, pages ${tried.pages}); ${stored.unchanged} refused or read-only ones stored nothing, ${stored.accepted} accepted ones stored\n`,
    );
    await t?.close();
  });

  describe('every mutation of schema.graphql, with arbitrary variables', () => {
    const callers = fc.constantFrom<Caller>('hub', 'admin', 'member', 'anonymous');

    it.each(MUTATIONS.map((field, index) => [field.name, field, index] as const))('%s', async (name, field, index) => {
      const query = operationDocument('mutation', field);
      await fc.assert(
        fc.asyncProperty(callers, variablesFor(field, pools), async (caller, variables) => {
          tried.mutations++;
          const result = await check(
            () => send({ query, variables }, caller),
            (answer) => (answer.body?.data as Record<string, unknown> | null | undefined)?.[name] != null,
          );
          await keepSignedIn(caller, result);
        }),
        { seed: SEED + index, numRuns: runs(12) },
      );
    }, TIMEOUT);
  });

  describe('every query of schema.graphql that takes arguments, with arbitrary variables', () => {
    const callers = fc.constantFrom<Caller>('hub', 'admin', 'member', 'anonymous');

    it.each(QUERIES_WITH_ARGUMENTS.map((field, index) => [field.name, field, index] as const))('%s', async (_name, field, index) => {
      const query = operationDocument('query', field);
      await fc.assert(
        fc.asyncProperty(callers, variablesFor(field, pools), async (caller, variables) => {
          tried.queries++;
          await check(() => send({ query, variables }, caller), () => false);
        }),
        { seed: SEED + 500 + index, numRuns: runs(6) },
      );
    }, TIMEOUT);
  });
  describe('malformed and oversize bodies, wrong methods, content types and encodings', () => {
    it('answers every one without a 5xx and stores nothing from a refused one', async () => {
      await fc.assert(
        fc.asyncProperty(rawRequest, async (request) => {
          tried.bodies++;
          await check(
            async () => {
              const response = await fetch(`${t.url}/graphql${request.search}`, {
                method: request.method,
                headers: { authorization: `Bearer ${TEST_ADMIN_KEY}`, ...request.headers },
                body: request.body,
              });
              const text = await response.text();
              let body: HttpResult['body'] = null;
              try {
                body = JSON.parse(text) as HttpResult['body'];
              } catch {
                body = null;
              }
              return { status: response.status, headers: response.headers, text, body };
            },
            (answer) => (answer.body?.data as { createOrganization?: unknown } | null | undefined)?.createOrganization != null,
          );
        }),
        { seed: SEED + 1_000, numRuns: runs(60) },
      );
    }, TIMEOUT);
  });

  describe('deep, wide and aliased documents, huge fragments', () => {
    it('answers every one without a 5xx', async () => {
      await fc.assert(
        fc.asyncProperty(hostileDocument, fc.constantFrom<Caller>('hub', 'anonymous'), async (query, caller) => {
          tried.documents++;
          await check(() => send({ query }, caller), () => false);
        }),
        { seed: SEED + 2_000, numRuns: runs(60) },
      );
    }, TIMEOUT);
  });

  describe('link pages and other routes with hostile paths and bodies', () => {
    it('answers every one without a 5xx and stores nothing', async () => {
      await fc.assert(
        fc.asyncProperty(pageRequest, async ({ method, path, body }) => {
          tried.pages++;
          await check(async () => {
            const response = await fetch(`${t.url}${path}`, {
              method,
              headers: method === 'GET' || method === 'HEAD' ? {} : { 'content-type': body.type },
              body: method === 'GET' || method === 'HEAD' ? undefined : body.text,
            });
            return { status: response.status, headers: response.headers, text: await response.text(), body: null };
          }, () => false);
        }),
        { seed: SEED + 4_000, numRuns: runs(40) },
      );
    }, TIMEOUT);
  });

  describe('random Authorization headers and cookies', () => {
    it('answers every one without a 5xx, and nobody is signed in by them', async () => {
      const tokens = jwt(pools.userIds, t.config.jwtSecret);
      const authorization = fc.oneof(
        latin1Text(200),
        latin1Text(200).map((text) => `Bearer ${text}`),
        tokens.map((forged) => ({ header: `Bearer ${forged.token}`, forged })),
        fc.constantFrom('Bearer', 'Bearer ', 'bearer  x', 'Basic dXNlcjpwYXNz', 'Bearer gzk_', 'Bearer gzi_x', `Bearer ${TEST_ADMIN_KEY}x`, `Bearer ${TEST_ADMIN_KEY.slice(0, -1)}`, 'Bearer a b'),
        latin1Text(60).map((text) => `Bearer gzk_${text}`),
        fc.integer({ min: 4_000, max: 20_000 }).map((length) => `Bearer ${'a'.repeat(length)}`),
      );
      const cookie = fc.oneof(
        latin1Text(200),
        latin1Text(200).map((text) => `grozd_session=${text}`),
        tokens.map((forged) => ({ header: `grozd_session=${forged.token}`, forged })),
        fc.constantFrom('grozd_session=%E0%A4%A', 'grozd_session=', 'grozd_session', '=;=;', 'grozd_session=a; grozd_session=b', 'a=b; grozd_session=%00'),
      );
      type Credential = string | { header: string; forged: { token: string; signedBySecret: boolean; payload: unknown } };
      const headerOf = (credential: Credential) => (typeof credential === 'string' ? credential : credential.header);
      const forgedOf = (credential: Credential | null) => (credential && typeof credential !== 'string' && credential.forged.signedBySecret ? credential.forged : null);

      await fc.assert(
        fc.asyncProperty(fc.option(authorization as fc.Arbitrary<Credential>), fc.option(cookie as fc.Arbitrary<Credential>), async (bearer, session) => {
          tried.credentials++;
          const headers: Record<string, string> = {};
          if (bearer !== null) headers.authorization = headerOf(bearer);
          if (session !== null) headers.cookie = headerOf(session);
          const result = await check(() => send({ query: '{ me { id } }' }, 'anonymous', headers), () => false);
          // Only a token signed with the service's own secret can name a user, and then only
          // the user it names.
          const me = (result.body?.data as { me?: { id: string } | null } | null | undefined)?.me;
          if (me) {
            const names = [forgedOf(bearer), forgedOf(session)].filter((forged) => forged !== null).map((forged) => (forged.payload as { sub?: unknown }).sub);
            expect(names).toContain(me.id);
          }
        }),
        { seed: SEED + 3_000, numRuns: runs(100) },
      );
    }, TIMEOUT);
  });
});
