import { countRows, createMemberOrganization, needInput, offerInput, invitationToken } from './utils/fixtures';
import { graphql } from './graphql';
import type { UpdateOrganizationInput } from './graphql/graphql';
import { expectError } from './utils/expect-errors';
import { postDocument } from './utils/http';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

const CREATE_NEED = graphql(`
  mutation RegressionsCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id } }
`);
const CREATE_OFFERS = graphql(`
  mutation RegressionsCreateOffers($input: [CreateOfferInput!]!) { createOffers(input: $input) { id } }
`);
const CREATE_WEBHOOK = graphql(`
  mutation RegressionsCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret } }
`);
const NEEDS_BY_TEXT = graphql(`
  query RegressionsNeedsByText($text: String) { needs(filter: { text: $text }) { totalCount } }
`);
const NEGATIVE_FIRST = graphql(`
  query RegressionsNegativeFirst {
    big: needs(first: 100) { edges { node { id title organization { name } } } }
    small: needs(first: -1000000) { totalCount }
  }
`);
const NEED_COUNT = graphql(`
  query RegressionsNeedCount { needs { totalCount } }
`);
const MUNICIPALITY_NAME = graphql(`
  query RegressionsMunicipalityName { municipality(code: "052") { name } }
`);
const LOGIN = graphql(`
  mutation RegressionsLogin($input: LoginInput!) { login(input: $input) { token } }
`);
const INVITE_MEMBER = graphql(`
  mutation RegressionsInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }
`);
const SIGN_UP = graphql(`
  mutation RegressionsSignUp($input: SignUpInput!) { signUp(input: $input) { token } }
`);
const VERIFY_ORGANIZATION = graphql(`
  mutation RegressionsVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { verified } }
`);
const UPDATE_ORGANIZATION = graphql(`
  mutation RegressionsUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { verified } }
`);

// Inputs that once got past validation to PostgreSQL, and a cost-limit bypass.
describe('input PostgreSQL cannot take, and negative page sizes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ GRAPHQL_MAX_COST: '500' });
  });
  afterAll(() => t.close());

  it.each([
    ['a NUL character in the title', { title: 'Prevozi\u0000starejših' }],
    ['the year 0', { startsOn: '0000-01-01' }],
  ])('answers %s with BAD_USER_INPUT and stores nothing', async (_label, changes) => {
    const organization = await createMemberOrganization(t);
    const before = await countRows(t, 'need');
    const response = await t.graphql(CREATE_NEED, { input: needInput(organization.id, changes) }, organization.token);
    expectError(response, 'BAD_USER_INPUT');
    expect(await countRows(t, 'need')).toBe(before);
  });

  // A partner's import with a NUL in a description was refused by PostgreSQL, naming no field.
  it('names the field with a NUL character where no rule of its own refuses it, and stores nothing', async () => {
    const organization = await createMemberOrganization(t);
    const offers = await countRows(t, 'offer');
    const items = [offerInput(organization.id), offerInput(organization.id, { description: 'Opis\u0000z ničlo', externalId: 'nul-1' })];
    expectError(await t.graphql(CREATE_OFFERS, { input: items }, organization.token), 'BAD_USER_INPUT', { fields: ['1.description'], constraint: 'isWellFormed' });
    const withId = [offerInput(organization.id, { externalId: 'nul\u0000id' })];
    expectError(await t.graphql(CREATE_OFFERS, { input: withId }, organization.token), 'BAD_USER_INPUT', { fields: ['0.externalId'], constraint: 'isWellFormed' });
    expect(await countRows(t, 'offer')).toBe(offers);
    const webhooks = await countRows(t, 'webhook');
    const webhook = { organizationId: organization.id, url: 'http://127.0.0.1:9/hook\u0000', events: ['SUGGESTION_CREATED' as const] };
    expectError(await t.graphql(CREATE_WEBHOOK, { input: webhook }, organization.token), 'BAD_USER_INPUT', { fields: ['url'], constraint: 'isWellFormed' });
    expect(await countRows(t, 'webhook')).toBe(webhooks);
  });

  // A NUL was named only once every other field passed: a second answer for the same input.
  it('names a field with a NUL character in the same answer as the other fields that break their rules', async () => {
    const organization = await createMemberOrganization(t);
    const needs = await countRows(t, 'need');
    const input = needInput(organization.id, { description: 'Opis\u0000z ničlo', budgetEur: -1 });
    const error = expectError(await t.graphql(CREATE_NEED, { input }, organization.token), 'BAD_USER_INPUT', { fields: ['description', 'budgetEur'] });
    expect(Object.fromEntries((error.extensions.fields ?? []).map((failure) => [failure.field, failure.constraint]))).toEqual({ description: 'isWellFormed', budgetEur: 'min' });
    const offers = await countRows(t, 'offer');
    const items = [offerInput(organization.id, { description: 'Opis\u0000z ničlo', externalId: 'nul-2', capacity: -1 })];
    expectError(await t.graphql(CREATE_OFFERS, { input: items }, organization.token), 'BAD_USER_INPUT', { fields: ['0.description', '0.capacity'] });
    expect(await countRows(t, 'need')).toBe(needs);
    expect(await countRows(t, 'offer')).toBe(offers);
  });

  it('answers a NUL character in a text filter with BAD_USER_INPUT', async () => {
    const response = await t.graphql(NEEDS_BY_TEXT, { text: 'a\u0000b' }, TEST_ADMIN_KEY);
    expectError(response, 'BAD_USER_INPUT');
  });

  it('does not let a negative first cancel the cost of its siblings', async () => {
    const response = await t.graphql(NEGATIVE_FIRST, {}, TEST_ADMIN_KEY);
    expect(expectError(response, 'BAD_USER_INPUT').extensions.reason).toBe('QUERY_TOO_LARGE');
    expect(response.data ?? null).toBeNull();
  });
});

describe('guessing tokens and passwords', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ AUTH_FAILURES_PER_MINUTE: '20' });
  });
  afterAll(() => t.close());

  const fromIp = async (ip: string, token: string) => {
    const response = await postDocument(t.url, NEED_COUNT, {}, { authorization: `Bearer ${token}`, 'x-forwarded-for': ip });
    return response.errors?.[0]?.extensions.code ?? 'OK';
  };

  it('answers RATE_LIMITED after 20 failed authentications from one IP in a minute, and only to that IP', async () => {
    const codes: string[] = [];
    for (let attempt = 0; attempt < 21; attempt++) codes.push(await fromIp('203.0.113.7', `gzk_guess${attempt}`));
    expect(codes.slice(0, 20)).toEqual(Array(20).fill('UNAUTHENTICATED'));
    expect(codes[20]).toBe('RATE_LIMITED');
    expect(await fromIp('203.0.113.7', TEST_ADMIN_KEY)).toBe('RATE_LIMITED');
    expect(await fromIp('203.0.113.8', TEST_ADMIN_KEY)).toBe('OK');
  });

  it('tells a refused valid key why: the failed authentications from its address', async () => {
    for (let attempt = 0; attempt < 20; attempt++) await fromIp('203.0.113.10', 'gzk_revoked-by-another-job');
    const refused = await postDocument(t.url, NEED_COUNT, {}, { authorization: `Bearer ${TEST_ADMIN_KEY}`, 'x-forwarded-for': '203.0.113.10' });
    const error = expectError(refused, 'RATE_LIMITED', {
      message: /^Too many failed sign-ins or unknown or revoked API keys from this address; try again in \d+ s\.$/,
    });
    expect(error.extensions).toEqual({ code: 'RATE_LIMITED', reason: 'AUTH_FAILURES_PER_ADDRESS', limit: 20, retryAfterSeconds: expect.any(Number) });
    // A sign-in from there is refused the same way; a read without a credential guesses nothing and is answered.
    const login = await postDocument(t.url, LOGIN, { input: { email: 'ana@example.org', password: 'the-right-password' } }, { 'x-forwarded-for': '203.0.113.10' });
    expect(expectError(login, 'RATE_LIMITED').extensions.reason).toBe('AUTH_FAILURES_PER_ADDRESS');
    const anonymous = await postDocument(t.url, MUNICIPALITY_NAME, {}, { 'x-forwarded-for': '203.0.113.10' });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data?.municipality?.name).toEqual(expect.any(String));
  });

  it('counts wrong passwords the same way', async () => {
    const login = async () => {
      const response = await postDocument(
        t.url,
        LOGIN,
        { input: { email: 'nobody@example.org', password: 'wrong-password' } },
        { 'x-forwarded-for': '203.0.113.9' },
      );
      return response.errors?.[0]?.extensions.code ?? 'OK';
    };
    const codes: string[] = [];
    for (let attempt = 0; attempt < 21; attempt++) codes.push(await login());
    expect(codes.slice(0, 20)).toEqual(Array(20).fill('UNAUTHENTICATED'));
    expect(codes[20]).toBe('RATE_LIMITED');
  });
});

describe('verified organizations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lose the verified mark when their admins change the name or a registry number, not when the hub does', async () => {
    const organization = await createMemberOrganization(t);
    const adminUser = await t.graphqlOk(
      INVITE_MEMBER,
      { input: { organizationId: organization.id, email: `admin-${organization.id}@example.org`, role: 'ADMIN' } },
      TEST_ADMIN_KEY,
    );
    const signedUp = await t.graphqlOk(
      SIGN_UP,
      { input: { invitationToken: invitationToken(adminUser.inviteMember), name: 'Ana Admin', password: 'a-long-enough-password' } },
    );
    const verify = () => t.graphqlOk(VERIFY_ORGANIZATION, { id: organization.id }, TEST_ADMIN_KEY);
    const update = (token: string, input: Omit<UpdateOrganizationInput, 'id'>) =>
      t.graphqlOk(
        UPDATE_ORGANIZATION,
        { input: { id: organization.id, ...input } },
        token,
      );

    await verify();
    expect((await update(signedUp.signUp.token, { description: 'Novi opis' })).updateOrganization.verified).toBe(true);
    expect((await update(signedUp.signUp.token, { name: 'Drugo ime društva' })).updateOrganization.verified).toBe(false);
    await verify();
    expect((await update(TEST_ADMIN_KEY, { name: 'Ime, ki ga popravi hub' })).updateOrganization.verified).toBe(true);
  });
});
