import { createHash, createHmac, randomBytes } from 'node:crypto';
import { countRows, createApiKey, createMemberOrganization, createNeed, createOffer, needInput, offerInput, invitationToken as invitationTokenOf } from './utils/fixtures';
import { graphql } from './graphql';
import type { Role } from './graphql/graphql';
import { expectError } from './utils/expect-errors';
import { postDocument } from './utils/http';
import { GraphqlResponse, startTestApp, TEST_ADMIN_KEY, TestApp, TypedDocument } from './utils/test-app';

// SPEC.md sections 2 and 6: who may do what. Members act only for their own organization,
// the hub (bootstrap key, hub API keys, hub staff) for any; every authenticated caller reads.

const CREATE_NEED = graphql(`
  mutation AuthorizationCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id } }
`);
const UPDATE_NEED = graphql(`
  mutation AuthorizationUpdateNeed($input: UpdateNeedInput!) { updateNeed(input: $input) { id title } }
`);
const CLOSE_NEED = graphql(`
  mutation AuthorizationCloseNeed($id: ID!) { closeNeed(id: $id) { id status } }
`);
const CREATE_OFFER = graphql(`
  mutation AuthorizationCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { id } }
`);
const UPDATE_OFFER = graphql(`
  mutation AuthorizationUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { id title } }
`);
const CLOSE_OFFER = graphql(`
  mutation AuthorizationCloseOffer($id: ID!) { closeOffer(id: $id) { id status } }
`);
const CREATE_ORGANIZATION = graphql(`
  mutation AuthorizationCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }
`);
const UPDATE_ORGANIZATION = graphql(`
  mutation AuthorizationUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id description } }
`);
const VERIFY_ORGANIZATION = graphql(`
  mutation AuthorizationVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { id verified } }
`);
const CREATE_API_KEY = graphql(`
  mutation AuthorizationCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) { token apiKey { id organizationId tokenPrefix revokedAt } }
  }
`);
const REVOKE_API_KEY = graphql(`
  mutation AuthorizationRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }
`);
const INVITE_MEMBER = graphql(`
  mutation AuthorizationInviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) { token invitation { id email role organizationId acceptedAt } }
  }
`);
const SIGN_UP = graphql(`
  mutation AuthorizationSignUp($input: SignUpInput!) {
    signUp(input: $input) { token user { id email hubAdmin memberships { role organization { id } } } }
  }
`);
const LOGIN = graphql(`
  mutation AuthorizationLogin($input: LoginInput!) { login(input: $input) { token user { id email } } }
`);
const ME = graphql(`
  query AuthorizationMe { me { id email name hubAdmin memberships { role organization { id } } } }
`);
const MATCHING_BACKLOG = graphql(`
  query AuthorizationBacklog { matchingBacklog }
`);
const NEED_COUNT = graphql(`
  query AuthorizationNeedCount { needs { totalCount } }
`);
const OFFER_COUNT = graphql(`
  query AuthorizationOfferCount { offers { totalCount } }
`);
const ORGANIZATION_COUNT = graphql(`
  query AuthorizationOrganizationCount { organizations { totalCount } }
`);
const NEED = graphql(`
  query AuthorizationNeed($id: ID!) { need(id: $id) { id } }
`);
const OFFER = graphql(`
  query AuthorizationOffer($id: ID!) { offer(id: $id) { id } }
`);
const ORGANIZATION = graphql(`
  query AuthorizationOrganization($id: ID!) { organization(id: $id) { id } }
`);
const THEMES = graphql(`
  query AuthorizationThemes { themes { code } }
`);
const PUBLIC_REFERENCE_DATA = graphql(`
  query AuthorizationPublicReferenceData { municipalities { code } themes { code } municipality(code: "052") { name } }
`);
const READ_ALL = graphql(`
  query AuthorizationReadAll($need: ID!, $offer: ID!, $organization: ID!) {
    need(id: $need) { id organization { id } }
    offer(id: $offer) { id organization { id } }
    organization(id: $organization) { id name }
    needs(first: 100) { edges { node { id } } }
    offers(first: 100) { edges { node { id } } }
    organizations(first: 100) { edges { node { id } } }
  }
`);

const NEED_SUGGESTIONS = graphql(`
  query AuthorizationNeedSuggestions($id: ID!) { need(id: $id) { id title suggestions { id offer { id } } } }
`);
const OFFER_SUGGESTIONS = graphql(`
  query AuthorizationOfferSuggestions($id: ID!) { offer(id: $id) { id title suggestions { id need { id } } } }
`);
const NEEDS_WITH_SUGGESTIONS = graphql(`
  query AuthorizationNeedsWithSuggestions { needs(first: 100) { edges { node { id organization { id } suggestions { id } } } } }
`);
const NESTED_SUGGESTIONS = graphql(`
  query AuthorizationNestedSuggestions($id: ID!) { need(id: $id) { id suggestions { id offer { id suggestions { id } } } } }
`);

const FOREIGN_PARTNERSHIPS = graphql(`
  query AuthorizationForeignPartnerships($organizationId: ID!) { partnerships(organizationId: $organizationId) { totalCount } }
`);
const ALL_PARTNERSHIPS = graphql(`
  query AuthorizationAllPartnerships { partnerships { totalCount } }
`);
const FOREIGN_DELIVERIES = graphql(`
  query AuthorizationForeignDeliveries($organizationId: ID!) { deliveries(organizationId: $organizationId) { totalCount edges { node { recipient } } } }
`);
const FOREIGN_PREFERENCES = graphql(`
  query AuthorizationForeignPreferences($organizationId: ID!) { suggestionPreferences(organizationId: $organizationId) { frequency minScore } }
`);
const FOREIGN_WEBHOOKS = graphql(`
  query AuthorizationForeignWebhooks($organizationId: ID!) { webhooks(organizationId: $organizationId) { id url } }
`);
const FOREIGN_WEBHOOK = graphql(`
  query AuthorizationForeignWebhook($id: ID!) { webhook(id: $id) { id url deliveries { totalCount } } }
`);
const FOREIGN_API_KEYS = graphql(`
  query AuthorizationForeignApiKeys($organizationId: ID) { apiKeys(organizationId: $organizationId) { id tokenPrefix } }
`);
const FOREIGN_MEMBERS = graphql(`
  query AuthorizationForeignMembers($organizationId: ID!) { members(organizationId: $organizationId) { id } }
`);
const FOREIGN_INVITATIONS = graphql(`
  query AuthorizationForeignInvitations($organizationId: ID!) { invitations(organizationId: $organizationId) { id email } }
`);
const CREATE_WEBHOOK = graphql(`
  mutation AuthorizationCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }
`);

/** Every table a refused request must leave alone. */
const TABLES = ['need', 'offer', 'organization', 'outbox_event', 'audit_log_entry', 'api_key', 'invitation', 'user', 'membership'] as const;

const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/;
const PASSWORD = 'dolgo-geslo-za-test-1';
const uniqueEmail = (label: string) => `${label}-${randomBytes(5).toString('hex')}@example.org`;

interface SignedUpUser {
  id: string;
  email: string;
  password: string;
  token: string;
}
/** A request with the given bearer token. */
type Call = (token: string) => Promise<GraphqlResponse<unknown>>;

/** A refusal is a normal GraphQL answer: HTTP 200 with one error, never a 500. */
const ANSWERED = { status: 200 };

const base64url = (value: object) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

/** An HS256 JWT, built by hand, to forge and tamper with tokens. */
function signJwt(payload: object, secret: string, header: object = { alg: 'HS256', typ: 'JWT' }): string {
  const unsigned = `${base64url(header)}.${base64url(payload)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

describe('authorization', () => {
  let t: TestApp;
  /** Two organizations, each with a member API key; B owns a need and an offer. */
  let a: { id: string; name: string; token: string };
  let b: { id: string; name: string; token: string };
  let needOfB: { id: string };
  let offerOfB: { id: string };
  let hubKey: string;

  beforeAll(async () => {
    t = await startTestApp();
    a = await createMemberOrganization(t);
    b = await createMemberOrganization(t, { sector: 'COMPANY' });
    needOfB = await createNeed(t, b.token, needInput(b.id));
    offerOfB = await createOffer(t, b.token, offerInput(b.id));
    hubKey = await createApiKey(t, null);
  });
  afterAll(() => t.close());

  /** A typed operation with exactly the given Authorization header (or none). */
  const postWith = <TResult, TVariables>(authorization: string | undefined, document: TypedDocument<TResult, TVariables>, variables?: TVariables) =>
    postDocument(t.url, document, variables, authorization === undefined ? {} : { authorization });

  async function storedState() {
    const counts = Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, await countRows(t, table)])));
    const [needRow] = await t.dataSource.query(`SELECT * FROM need WHERE id = $1`, [needOfB.id]);
    const [offerRow] = await t.dataSource.query(`SELECT * FROM offer WHERE id = $1`, [offerOfB.id]);
    const [organizationRow] = await t.dataSource.query(`SELECT * FROM organization WHERE id = $1`, [b.id]);
    return { counts, needRow, offerRow, organizationRow };
  }

  /** Runs the request and proves that it changed nothing. */
  async function withNothingStored<T>(request: () => Promise<GraphqlResponse<T>>): Promise<GraphqlResponse<T>> {
    const before = await storedState();
    const response = await request();
    expect(await storedState()).toEqual(before);
    return response;
  }

  async function issueApiKey(organizationId: string | null, token = TEST_ADMIN_KEY): Promise<{ id: string; token: string }> {
    const data = await t.graphqlOk(CREATE_API_KEY, { input: { organizationId, name: 'Portal' } }, token);
    return { id: data.createApiKey.apiKey.id, token: data.createApiKey.token };
  }

  async function invite(organizationId: string | null, role: Role, inviterToken = TEST_ADMIN_KEY) {
    const email = uniqueEmail(role.toLowerCase());
    const data = await t.graphqlOk(
      INVITE_MEMBER,
      { input: { organizationId, email, role } },
      inviterToken,
    );
    return { email, invitationToken: invitationTokenOf(data.inviteMember), invitation: data.inviteMember.invitation };
  }

  /** Invited by the hub (or inviterToken), signed up with PASSWORD. */
  async function newUser(organizationId: string | null, role: Role, inviterToken = TEST_ADMIN_KEY): Promise<SignedUpUser> {
    const { email, invitationToken } = await invite(organizationId, role, inviterToken);
    const data = await t.graphqlOk(
      SIGN_UP,
      { input: { invitationToken, name: 'Ana Novak', password: PASSWORD } },
    );
    return { id: data.signUp.user.id, email, password: PASSWORD, token: data.signUp.token };
  }

  describe('callers without valid credentials', () => {
    const BAD_CREDENTIALS: [string, string | undefined][] = [
      ['no Authorization header', undefined],
      ['an unknown API key (Bearer gzk_nonsense)', 'Bearer gzk_nonsense'],
      ['a random string that is no key', 'Bearer 2f6c1d0e-no-such-token-9a7b'],
      ['a Basic header', 'Basic xyz'],
      ['the bootstrap key without "Bearer"', TEST_ADMIN_KEY],
      ['"Bearer" without a token', 'Bearer'],
    ];

    it.each(BAD_CREDENTIALS)('may not list needs with %s', async (_label, authorization) => {
      const response = await postWith(authorization, NEED_COUNT);
      expectError(response, 'UNAUTHENTICATED', ANSWERED);
      expect(response.data).toBeNull();
    });

    it.each(BAD_CREDENTIALS)('may not post a need with %s, and nothing is stored', async (_label, authorization) => {
      const response = await withNothingStored(() => postWith(authorization, CREATE_NEED, { input: needInput(b.id) }));
      expectError(response, 'UNAUTHENTICATED', ANSWERED);
    });

    it.each(BAD_CREDENTIALS.filter(([, authorization]) => authorization !== undefined))(
      'may not read even the public reference data with %s (a token that is sent must be valid)',
      async (_label, authorization) => {
        expectError(await postWith(authorization, THEMES), 'UNAUTHENTICATED', ANSWERED);
      },
    );

    it('anonymous callers read municipalities and themes', async () => {
      const response = await postWith(undefined, PUBLIC_REFERENCE_DATA);
      expect(response.errors).toBeUndefined();
      expect(response.data?.municipalities).toHaveLength(212);
      expect(response.data?.themes).toContainEqual({ code: 'SOCIAL_ELDERLY' });
      expect(response.data?.municipality).toEqual({ name: 'Kranj' });
    });

    it.each<[string, () => Promise<GraphqlResponse<unknown>>]>([
      ['needs', () => postWith(undefined, NEED_COUNT)],
      ['offers', () => postWith(undefined, OFFER_COUNT)],
      ['organizations', () => postWith(undefined, ORGANIZATION_COUNT)],
      ['need(id:)', () => postWith(undefined, NEED, { id: needOfB.id })],
      ['offer(id:)', () => postWith(undefined, OFFER, { id: offerOfB.id })],
      ['organization(id:)', () => postWith(undefined, ORGANIZATION, { id: b.id })],
      ['me', () => postWith(undefined, ME)],
      ['matchingBacklog', () => postWith(undefined, MATCHING_BACKLOG)],
    ])('anonymous callers may not read %s', async (_label, request) => {
      const response = await request();
      expectError(response, 'UNAUTHENTICATED', ANSWERED);
      expect(JSON.stringify(response.data ?? null)).not.toContain(needOfB.id);
    });

    it('a revoked organization key stops working at once', async () => {
      const key = await issueApiKey(a.id);
      await t.graphqlOk(NEED_COUNT, {}, key.token);

      const revoked = await t.graphqlOk(REVOKE_API_KEY, { id: key.id }, TEST_ADMIN_KEY);
      expect(revoked.revokeApiKey).toEqual({ id: key.id, revokedAt: expect.any(String) });

      expectError(await t.graphql(NEED_COUNT, {}, key.token), 'UNAUTHENTICATED', ANSWERED);
      const write = await withNothingStored(() => t.graphql(CREATE_NEED, { input: needInput(a.id) }, key.token));
      expectError(write, 'UNAUTHENTICATED', ANSWERED);
    });

    it('a revoked hub key loses the hub rights', async () => {
      const key = await issueApiKey(null);
      expect(typeof (await t.graphqlOk(MATCHING_BACKLOG, {}, key.token)).matchingBacklog).toBe('number');
      await t.graphqlOk(REVOKE_API_KEY, { id: key.id }, TEST_ADMIN_KEY);
      expectError(await t.graphql(MATCHING_BACKLOG, {}, key.token), 'UNAUTHENTICATED', ANSWERED);
    });
  });

  describe('members act only for their own organization', () => {
    it.each<[string, Call]>([
      ['createNeed for B', (token) => t.graphql(CREATE_NEED, { input: needInput(b.id) }, token)],
      ['updateNeed of B', (token) => t.graphql(UPDATE_NEED, { input: { id: needOfB.id, title: 'Prevzeta potreba' } }, token)],
      ['closeNeed of B', (token) => t.graphql(CLOSE_NEED, { id: needOfB.id }, token)],
      ['createOffer for B', (token) => t.graphql(CREATE_OFFER, { input: offerInput(b.id) }, token)],
      ['updateOffer of B', (token) => t.graphql(UPDATE_OFFER, { input: { id: offerOfB.id, title: 'Prevzeta ponudba' } }, token)],
      ['closeOffer of B', (token) => t.graphql(CLOSE_OFFER, { id: offerOfB.id }, token)],
      ['updateOrganization of B', (token) => t.graphql(UPDATE_ORGANIZATION, { input: { id: b.id, description: 'Prevzeto' } }, token)],
      ['createApiKey for B', (token) => t.graphql(CREATE_API_KEY, { input: { organizationId: b.id, name: 'Ukraden' } }, token)],
      ['inviteMember to B', (token) => t.graphql(INVITE_MEMBER, { input: { organizationId: b.id, email: uniqueEmail('intruder'), role: 'ADMIN' } }, token)],
    ])("A's key may not %s: FORBIDDEN, and nothing is stored", async (_label, request) => {
      const response = await withNothingStored(() => request(a.token));
      expectError(response, 'FORBIDDEN', ANSWERED);
      expect(response.data).toBeNull();
    });

    it.each<[string, (token: string, webhookId: string) => Promise<GraphqlResponse<unknown>>]>([
      ["B's partnerships", (token) => t.graphql(FOREIGN_PARTNERSHIPS, { organizationId: b.id }, token)],
      ["B's deliveries", (token) => t.graphql(FOREIGN_DELIVERIES, { organizationId: b.id }, token)],
      ["B's suggestion preferences", (token) => t.graphql(FOREIGN_PREFERENCES, { organizationId: b.id }, token)],
      ["B's webhooks", (token) => t.graphql(FOREIGN_WEBHOOKS, { organizationId: b.id }, token)],
      ["one of B's webhooks by id", (token, webhookId) => t.graphql(FOREIGN_WEBHOOK, { id: webhookId }, token)],
      ["B's API keys", (token) => t.graphql(FOREIGN_API_KEYS, { organizationId: b.id }, token)],
      ["B's members", (token) => t.graphql(FOREIGN_MEMBERS, { organizationId: b.id }, token)],
      ["B's invitations", (token) => t.graphql(FOREIGN_INVITATIONS, { organizationId: b.id }, token)],
    ])("A's key may not read %s: FORBIDDEN and no data, not an empty answer", async (_label, request) => {
      const webhook = await t.graphqlOk(CREATE_WEBHOOK, { input: { organizationId: b.id, url: 'http://127.0.0.1:9/hook', events: ['SUGGESTION_CREATED'] } }, b.token);
      const response = await request(a.token, webhook.createWebhook.webhook.id);
      expectError(response, 'FORBIDDEN', ANSWERED);
      // No data at all, or the refused (nullable) root field null.
      expect(Object.values(response.data ?? {}).filter((value) => value !== null)).toEqual([]);
    });

    it("tells A's key that lists every partnership to name its organization", async () => {
      expectError(await t.graphql(ALL_PARTNERSHIPS, {}, a.token), 'FORBIDDEN', {
        message: "Only the hub staff may list every partnership: pass organizationId to list your own organization's.",
      });
      expect((await t.graphqlOk(ALL_PARTNERSHIPS, {}, TEST_ADMIN_KEY)).partnerships.totalCount).toEqual(expect.any(Number));
    });

    it("A's key posts, changes and closes A's own need and offer", async () => {
      const need = await createNeed(t, a.token, needInput(a.id));
      expect((await t.graphqlOk(UPDATE_NEED, { input: { id: need.id, title: 'Nov naslov' } }, a.token)).updateNeed).toEqual({ id: need.id, title: 'Nov naslov' });
      expect((await t.graphqlOk(CLOSE_NEED, { id: need.id }, a.token)).closeNeed).toEqual({ id: need.id, status: 'CLOSED' });

      const offer = await createOffer(t, a.token, offerInput(a.id));
      expect((await t.graphqlOk(UPDATE_OFFER, { input: { id: offer.id, title: 'Nova ponudba' } }, a.token)).updateOffer).toEqual({ id: offer.id, title: 'Nova ponudba' });
      expect((await t.graphqlOk(CLOSE_OFFER, { id: offer.id }, a.token)).closeOffer).toEqual({ id: offer.id, status: 'CLOSED' });

      const actors = await t.dataSource.query(`SELECT DISTINCT actor_type FROM audit_log_entry WHERE entity_id = ANY($1)`, [[need.id, offer.id]]);
      expect(actors).toEqual([{ actor_type: 'api_key' }]);
    });

    it.each<[string, Call]>([
      ['createOrganization', (token) => t.graphql(CREATE_ORGANIZATION, { input: { name: 'Lažna občina', sector: 'MUNICIPALITY', municipalityCode: '052' } }, token)],
      ['verifyOrganization of its own organization', (token) => t.graphql(VERIFY_ORGANIZATION, { id: a.id }, token)],
      ['matchingBacklog', (token) => t.graphql(MATCHING_BACKLOG, {}, token)],
      ['createApiKey without organizationId (a hub key)', (token) => t.graphql(CREATE_API_KEY, { input: { name: 'Hub' } }, token)],
      ['createApiKey with organizationId null (a hub key)', (token) => t.graphql(CREATE_API_KEY, { input: { organizationId: null, name: 'Hub' } }, token)],
      ['createApiKey for its own organization (a key acts as MEMBER, not ADMIN)', (token) => t.graphql(CREATE_API_KEY, { input: { organizationId: a.id, name: 'Še en' } }, token)],
      ['inviteMember to its own organization', (token) => t.graphql(INVITE_MEMBER, { input: { organizationId: a.id, email: uniqueEmail('member'), role: 'MEMBER' } }, token)],
      ['inviteMember as hub staff', (token) => t.graphql(INVITE_MEMBER, { input: { email: uniqueEmail('staff'), role: 'ADMIN' } }, token)],
    ])("a member key may not call %s: FORBIDDEN, and nothing is stored", async (_label, request) => {
      const response = await withNothingStored(() => request(a.token));
      expectError(response, 'FORBIDDEN', ANSWERED);
      const [{ verified }] = await t.dataSource.query(`SELECT verified FROM organization WHERE id = $1`, [a.id]);
      expect(verified).toBe(false);
    });
  });

  describe.each([
    ['the bootstrap key (ADMIN_API_KEY)', () => TEST_ADMIN_KEY],
    ['a hub API key', () => hubKey],
  ])('the hub, with %s', (_label, hubToken: () => string) => {
    it('creates and verifies organizations', async () => {
      const created = await t.graphqlOk(
        CREATE_ORGANIZATION,
        { input: { name: 'Občina Naklo', sector: 'MUNICIPALITY', municipalityCode: '082' } },
        hubToken(),
      );
      expect(created.createOrganization).toEqual({ id: expect.any(String), name: 'Občina Naklo' });
      const verified = await t.graphqlOk(VERIFY_ORGANIZATION, { id: created.createOrganization.id }, hubToken());
      expect(verified.verifyOrganization).toEqual({ id: created.createOrganization.id, verified: true });
    });

    it('reads the matching backlog as an Int', async () => {
      const response = await t.graphql(MATCHING_BACKLOG, {}, hubToken());
      expect(response.errors).toBeUndefined();
      expect(Number.isInteger(response.data?.matchingBacklog)).toBe(true);
      expect(response.data!.matchingBacklog).toBeGreaterThanOrEqual(0);
    });

    it('creates a hub key (no organizationId) that acts as the hub', async () => {
      const data = await t.graphqlOk(
        CREATE_API_KEY,
        { input: { name: 'Regionalna razvojna agencija' } },
        hubToken(),
      );
      expect(data.createApiKey.apiKey).toEqual({ id: expect.any(String), organizationId: null, tokenPrefix: data.createApiKey.token.slice(0, 10), revokedAt: null });
      expect(data.createApiKey.token).toMatch(/^gzk_[\w-]{43}$/);
      expect(typeof (await t.graphqlOk(MATCHING_BACKLOG, {}, data.createApiKey.token)).matchingBacklog).toBe('number');
    });

    it("writes for any organization: posts and closes B's need", async () => {
      const need = await createNeed(t, hubToken(), needInput(b.id));
      expect((await t.graphqlOk(CLOSE_NEED, { id: need.id }, hubToken())).closeNeed).toEqual({ id: need.id, status: 'CLOSED' });
    });
  });

  describe('every authenticated caller reads needs, offers and organizations', () => {
    let adminOfA: SignedUpUser;
    beforeAll(async () => {
      adminOfA = await newUser(a.id, 'ADMIN');
    });

    it.each([
      ["A's member key", () => a.token],
      ['a hub key', () => hubKey],
      ['the bootstrap key', () => TEST_ADMIN_KEY],
      ["a user of A (JWT)", () => adminOfA.token],
    ])("%s reads B's need, offer and organization", async (_label, token: () => string) => {
      const data = await t.graphqlOk(
        READ_ALL,
        { need: needOfB.id, offer: offerOfB.id, organization: b.id },
        token(),
      );
      expect(data.need).toEqual({ id: needOfB.id, organization: { id: b.id } });
      expect(data.offer).toEqual({ id: offerOfB.id, organization: { id: b.id } });
      expect(data.organization).toEqual({ id: b.id, name: b.name });
      expect(data.needs.edges).toContainEqual({ node: { id: needOfB.id } });
      expect(data.offers.edges).toContainEqual({ node: { id: offerOfB.id } });
      expect(data.organizations.edges).toContainEqual({ node: { id: b.id } });
    });
  });

  describe("suggestions are for the item's organization and the hub (SPEC.md section 6)", () => {
    /** C offers what B's need asks for: one match between them. */
    let c: { id: string; name: string; token: string };
    let offerOfC: { id: string };
    let matchId: string;
    let userOfA: SignedUpUser;
    beforeAll(async () => {
      c = await createMemberOrganization(t, { sector: 'COMPANY' });
      offerOfC = await createOffer(t, c.token, offerInput(c.id));
      [{ id: matchId }] = await t.dataSource.query(
        `INSERT INTO match (need_id, offer_id, score, components, scored_at) VALUES ($1, $2, 0.8, '[]', now()) RETURNING id`,
        [needOfB.id, offerOfC.id],
      );
      userOfA = await newUser(a.id, 'MEMBER');
    });

    it.each([
      ["A's member key", () => a.token],
      ['a user of A (JWT)', () => userOfA.token],
    ])("%s reads B's need and C's offer, but their suggestions are FORBIDDEN at that field, not an empty list", async (_label, token: () => string) => {
      const need = await t.graphql(NEED_SUGGESTIONS, { id: needOfB.id }, token());
      expect(need.data).toEqual({ need: { id: needOfB.id, title: expect.any(String), suggestions: null } });
      expect(expectError(need, 'FORBIDDEN', ANSWERED).path).toEqual(['need', 'suggestions']);

      const offer = await t.graphql(OFFER_SUGGESTIONS, { id: offerOfC.id }, token());
      expect(offer.data).toEqual({ offer: { id: offerOfC.id, title: expect.any(String), suggestions: null } });
      expect(expectError(offer, 'FORBIDDEN', ANSWERED).path).toEqual(['offer', 'suggestions']);
    });

    it("a page of needs stays readable: each foreign need's suggestions are null with a FORBIDDEN error at its path, the own ones listed", async () => {
      const ownNeed = await createNeed(t, a.token, needInput(a.id));
      const response = await t.graphql(NEEDS_WITH_SUGGESTIONS, {}, a.token);
      const edges = response.data!.needs.edges;
      const foreign = edges.flatMap((edge, index) => (edge.node.organization.id === a.id ? [] : [index]));
      expect(foreign.length).toBeGreaterThan(0);
      expect(edges.find((edge) => edge.node.id === ownNeed.id)?.node.suggestions).toEqual([]);
      for (const index of foreign) expect(edges[index].node.suggestions).toBeNull();
      expect(response.errors?.map((error) => ({ code: error.extensions.code, path: error.path }))).toEqual(
        foreign.map((index) => ({ code: 'FORBIDDEN', path: ['needs', 'edges', index, 'node', 'suggestions'] })),
      );
    });

    it("B's member sees its need's suggestion, but not the suggestions of the other side's offer", async () => {
      const response = await t.graphql(NESTED_SUGGESTIONS, { id: needOfB.id }, b.token);
      expect(response.data).toEqual({ need: { id: needOfB.id, suggestions: [{ id: matchId, offer: { id: offerOfC.id, suggestions: null } }] } });
      expect(expectError(response, 'FORBIDDEN', ANSWERED).path).toEqual(['need', 'suggestions', 0, 'offer', 'suggestions']);
    });

    it.each([
      ["B's member key", 'need', () => b.token],
      ['a user of B (JWT)', 'need', () => newUser(b.id, 'MEMBER').then((user) => user.token)],
      ["C's member key", 'offer', () => c.token],
      ['a hub API key', 'need', () => hubKey],
      ['the bootstrap key', 'offer', () => TEST_ADMIN_KEY],
      ['hub staff (JWT)', 'need', () => newUser(null, 'ADMIN').then((user) => user.token)],
    ])("%s reads the %s's suggestions", async (_label, side, token: () => string | Promise<string>) => {
      if (side === 'need') {
        const data = await t.graphqlOk(NEED_SUGGESTIONS, { id: needOfB.id }, await token());
        expect(data.need?.suggestions).toEqual([{ id: matchId, offer: { id: offerOfC.id } }]);
      } else {
        const data = await t.graphqlOk(OFFER_SUGGESTIONS, { id: offerOfC.id }, await token());
        expect(data.offer?.suggestions).toEqual([{ id: matchId, need: { id: needOfB.id } }]);
      }
    });
  });

  describe('users', () => {
    it('the hub invites an organization admin, who signs up, logs in and sees the membership in me', async () => {
      const organization = await createMemberOrganization(t);
      const { email, invitationToken, invitation } = await invite(organization.id, 'ADMIN');
      expect(invitationToken).toMatch(/^gzi_/);
      expect(invitation).toEqual({ id: expect.any(String), email, role: 'ADMIN', organizationId: organization.id, acceptedAt: null });

      const signedUp = await t.graphqlOk(SIGN_UP, { input: { invitationToken, name: 'Ana Novak', password: PASSWORD } });
      expect(signedUp.signUp.token).toMatch(JWT_SHAPE);
      expect(signedUp.signUp.user).toEqual({ id: expect.any(String), email, hubAdmin: false, memberships: [{ role: 'ADMIN', organization: { id: organization.id } }] });

      const loggedIn = await t.graphqlOk(LOGIN, { input: { email, password: PASSWORD } });
      expect(loggedIn.login.token).toMatch(JWT_SHAPE);
      expect(loggedIn.login.user).toEqual({ id: signedUp.signUp.user.id, email });

      for (const token of [signedUp.signUp.token, loggedIn.login.token]) {
        const me = await t.graphqlOk(ME, {}, token);
        expect(me.me).toEqual({
          id: signedUp.signUp.user.id,
          email,
          name: 'Ana Novak',
          hubAdmin: false,
          memberships: [{ role: 'ADMIN', organization: { id: organization.id } }],
        });
      }
      const [accepted] = await t.dataSource.query(`SELECT accepted_at FROM invitation WHERE id = $1`, [invitation.id]);
      expect(accepted.accepted_at).toBeInstanceOf(Date);
    });

    it('me is null for an API key', async () => {
      expect(await t.graphqlOk(ME, {}, a.token)).toEqual({ me: null });
    });

    it("an organization admin invites a member and creates API keys for their own organization only", async () => {
      const own = await createMemberOrganization(t);
      const admin = await newUser(own.id, 'ADMIN');

      const member = await newUser(own.id, 'MEMBER', admin.token);
      const me = await t.graphqlOk(ME, {}, member.token);
      expect(me.me?.memberships).toEqual([{ role: 'MEMBER', organization: { id: own.id } }]);

      const key = await issueApiKey(own.id, admin.token);
      expect(key.token).toMatch(/^gzk_/);
      await createNeed(t, key.token, needInput(own.id));

      const updated = await t.graphqlOk(UPDATE_ORGANIZATION, { input: { id: own.id, description: 'Posodobljeno' } }, admin.token);
      expect(updated.updateOrganization).toEqual({ id: own.id, description: 'Posodobljeno' });

      const forbidden: Call[] = [
        (token) => t.graphql(CREATE_API_KEY, { input: { organizationId: b.id, name: 'Tuji ključ' } }, token),
        (token) => t.graphql(CREATE_API_KEY, { input: { name: 'Hub ključ' } }, token),
        (token) => t.graphql(INVITE_MEMBER, { input: { organizationId: b.id, email: uniqueEmail('foreign'), role: 'MEMBER' } }, token),
        (token) => t.graphql(INVITE_MEMBER, { input: { email: uniqueEmail('staff'), role: 'ADMIN' } }, token),
        (token) => t.graphql(UPDATE_ORGANIZATION, { input: { id: b.id, description: 'Prevzeto' } }, token),
        (token) => t.graphql(VERIFY_ORGANIZATION, { id: own.id }, token),
        (token) => t.graphql(CREATE_ORGANIZATION, { input: { name: 'Nova', sector: 'NGO', municipalityCode: '052' } }, token),
        (token) => t.graphql(MATCHING_BACKLOG, {}, token),
      ];
      for (const request of forbidden) {
        const response = await withNothingStored(() => request(admin.token));
        expectError(response, 'FORBIDDEN', ANSWERED);
      }
    });

    it('an organization member cannot invite or create keys, but posts needs for their own organization', async () => {
      const own = await createMemberOrganization(t);
      const member = await newUser(own.id, 'MEMBER');

      const forbidden: Call[] = [
        (token) => t.graphql(INVITE_MEMBER, { input: { organizationId: own.id, email: uniqueEmail('friend'), role: 'MEMBER' } }, token),
        (token) => t.graphql(CREATE_API_KEY, { input: { organizationId: own.id, name: 'Moj ključ' } }, token),
        (token) => t.graphql(UPDATE_ORGANIZATION, { input: { id: own.id, description: 'Spremenjeno' } }, token),
        (token) => t.graphql(CREATE_NEED, { input: needInput(b.id) }, token),
      ];
      for (const request of forbidden) {
        const response = await withNothingStored(() => request(member.token));
        expectError(response, 'FORBIDDEN', ANSWERED);
      }

      const need = await createNeed(t, member.token, needInput(own.id));
      const [audit] = await t.dataSource.query(`SELECT action, actor_type, actor_id FROM audit_log_entry WHERE entity_id = $1`, [need.id]);
      expect(audit).toEqual({ action: 'need.create', actor_type: 'user', actor_id: member.id });
    });

    it('the hub invites hub staff, who act as the hub', async () => {
      const staff = await newUser(null, 'ADMIN');
      expect((await t.graphqlOk(ME, {}, staff.token)).me).toEqual({ id: staff.id, email: staff.email, name: 'Ana Novak', hubAdmin: true, memberships: [] });
      const created = await t.graphqlOk(CREATE_ORGANIZATION, { input: { name: 'Zavod', sector: 'PUBLIC_INSTITUTION', municipalityCode: '003' } }, staff.token);
      expect(created.createOrganization).toEqual({ id: expect.any(String), name: 'Zavod' });
      expect(Number.isInteger((await t.graphqlOk(MATCHING_BACKLOG, {}, staff.token)).matchingBacklog)).toBe(true);
      // Its first person too, later than the registration (an organization with no member yet).
      const email = uniqueEmail('first');
      const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: created.createOrganization.id, email, role: 'ADMIN' } }, staff.token);
      expect(invited.inviteMember.invitation).toEqual({ id: expect.any(String), email, role: 'ADMIN', organizationId: created.createOrganization.id, acceptedAt: null });
    });

    it('an invitation token works once', async () => {
      const organization = await createMemberOrganization(t);
      const { invitationToken } = await invite(organization.id, 'MEMBER');
      await t.graphqlOk(SIGN_UP, { input: { invitationToken, name: 'Prvi', password: PASSWORD } });

      const again = await withNothingStored(() => t.graphql(SIGN_UP, { input: { invitationToken, name: 'Drugi', password: 'drugo-dolgo-geslo-2' } }));
      expectError(again, 'BAD_USER_INPUT', { ...ANSWERED, fields: ['invitationToken'], constraint: 'isValidToken' });
      expect(again.data).toBeNull();
    });

    it('an unknown invitation token is refused', async () => {
      const response = await withNothingStored(() =>
        t.graphql(SIGN_UP, { input: { invitationToken: `gzi_${randomBytes(32).toString('base64url')}`, name: 'Nihče', password: PASSWORD } }),
      );
      expectError(response, 'BAD_USER_INPUT', { ...ANSWERED, fields: ['invitationToken'], constraint: 'isValidToken' });
    });

    it('a wrong password or an unknown e-mail is UNAUTHENTICATED, with the same message', async () => {
      const organization = await createMemberOrganization(t);
      const user = await newUser(organization.id, 'MEMBER');
      const wrongPassword = await t.graphql(LOGIN, { input: { email: user.email, password: `${PASSWORD}x` } });
      const refused = expectError(wrongPassword, 'UNAUTHENTICATED', ANSWERED);
      expect(wrongPassword.data).toBeNull();
      const unknownEmail = await t.graphql(LOGIN, { input: { email: uniqueEmail('nobody'), password: PASSWORD } });
      expectError(unknownEmail, 'UNAUTHENTICATED', { ...ANSWERED, message: refused.message });
    });

    describe('JWTs', () => {
      let user: SignedUpUser;
      let other: SignedUpUser;
      const now = () => Math.floor(Date.now() / 1000);
      beforeAll(async () => {
        const organization = await createMemberOrganization(t);
        user = await newUser(organization.id, 'MEMBER');
        other = await newUser(null, 'ADMIN');
      });

      it('a token signed the way the service signs is accepted (the forging helper is sound)', async () => {
        const token = signJwt({ sub: user.id, iss: 'grozd-match', iat: now(), exp: now() + 600 }, t.config.jwtSecret);
        expect((await t.graphqlOk(ME, {}, token)).me?.id).toBe(user.id);
      });

      it.each([
        ['a changed character in the signature', () => {
          const [header, payload, signature] = user.token.split('.');
          const middle = Math.floor(signature.length / 2);
          return `${header}.${payload}.${signature.slice(0, middle)}${signature[middle] === 'A' ? 'B' : 'A'}${signature.slice(middle + 1)}`;
        }],
        ["another user's id in the payload, with the original signature", () => {
          const [header, payload, signature] = user.token.split('.');
          const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
          return `${header}.${base64url({ ...claims, sub: other.id })}.${signature}`;
        }],
        ['a token signed with another secret', () => signJwt({ sub: other.id, iss: 'grozd-match', iat: now(), exp: now() + 600 }, 'not-the-secret-0123456789abcdef-0123456789')],
        ['an unsigned token (alg none)', () => `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ sub: other.id, iss: 'grozd-match', iat: now(), exp: now() + 600 })}.`],
        ['an expired token', () => signJwt({ sub: user.id, iss: 'grozd-match', iat: now() - 7200, exp: now() - 3600 }, t.config.jwtSecret)],
        ['a token of another issuer', () => signJwt({ sub: user.id, iss: 'someone-else', iat: now(), exp: now() + 600 }, t.config.jwtSecret)],
        ['a token of an account that does not exist', () => signJwt({ sub: '00000000-0000-4000-8000-000000000000', iss: 'grozd-match', iat: now(), exp: now() + 600 }, t.config.jwtSecret)],
      ])('%s is UNAUTHENTICATED', async (_label, forge: () => string) => {
        const token = forge();
        expect(token).not.toBe(user.token);
        expectError(await t.graphql(ME, {}, token), 'UNAUTHENTICATED', ANSWERED);
        expectError(await t.graphql(MATCHING_BACKLOG, {}, token), 'UNAUTHENTICATED', ANSWERED);
      });
    });
  });

  describe('secrets at rest', () => {
    it('stores API keys as SHA-256 hashes, never the token', async () => {
      const key = await issueApiKey(a.id);
      const [row] = await t.dataSource.query(`SELECT * FROM api_key WHERE id = $1`, [key.id]);
      expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.token_hash).not.toBe(key.token);
      expect(row.token_hash).toBe(createHash('sha256').update(key.token, 'utf8').digest('hex'));
      expect(key.token.startsWith(row.token_prefix)).toBe(true);
      expect(row.token_prefix.length).toBeLessThan(key.token.length / 2);
      expect(JSON.stringify(row)).not.toContain(key.token);
    });

    it('stores passwords as argon2 hashes and invitation tokens as hashes', async () => {
      const organization = await createMemberOrganization(t);
      const { email, invitationToken, invitation } = await invite(organization.id, 'MEMBER');
      await t.graphqlOk(SIGN_UP, { input: { invitationToken, name: 'Ana Novak', password: PASSWORD } });

      const [user] = await t.dataSource.query(`SELECT * FROM "user" WHERE email = $1`, [email]);
      expect(user.password_hash).toMatch(/^\$argon2/);
      expect(JSON.stringify(user)).not.toContain(PASSWORD);

      const [stored] = await t.dataSource.query(`SELECT * FROM invitation WHERE id = $1`, [invitation.id]);
      expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(stored)).not.toContain(invitationToken);
    });
  });
});
