import { ApiKeyUsage } from '../src/auth/api-key-usage';
import { graphql } from './graphql';
import { createOrganization, invitationToken } from './utils/fixtures';
import { expectError } from './utils/expect-errors';
import { post, postDocument } from './utils/http';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';
import { countQueries } from './utils/count-queries';

// `viewer` tells any caller who it is and for which organizations it acts: an organization's
// API key has no other way to learn the organizationId that createNeed, createOffer,
// createWebhook and the rest take (`me` is null for a key).

const VIEWER = graphql(`
  query Viewer {
    viewer { kind hub organizations { id name } user { id email } apiKey { id name tokenPrefix organizationId } }
  }
`);
const VIEWER_WITHOUT_ORGANIZATIONS = graphql(`
  query ViewerWithoutOrganizations { viewer { kind hub user { id name email } apiKey { id name tokenPrefix } } }
`);
const MUNICIPALITY = graphql(`
  query ViewerMunicipality { municipality(code: "052") { name } }
`);
const CREATE_API_KEY = graphql(`
  mutation ViewerCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id name tokenPrefix } } }
`);
const REVOKE_API_KEY = graphql(`
  mutation ViewerRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id } }
`);
const INVITE_MEMBER = graphql(`
  mutation ViewerInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }
`);
const SIGN_UP = graphql(`
  mutation ViewerSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }
`);
const ACCEPT_INVITATION = graphql(`
  mutation ViewerAcceptInvitation($invitationToken: String!) { acceptInvitation(invitationToken: $invitationToken) { id } }
`);
const LOGIN = graphql(`
  mutation ViewerLogin($input: LoginInput!) { login(input: $input) { token } }
`);

const PASSWORD = 'a long enough password';

describe('viewer', () => {
  let t: TestApp;
  let counter = 0;
  const uniqueEmail = (label: string) => `viewer-${label}-${++counter}-${Date.now()}@example.org`;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  async function issueApiKey(organizationId: string | null, name: string) {
    const created = await t.graphqlOk(CREATE_API_KEY, { input: { organizationId, name } }, TEST_ADMIN_KEY);
    return { token: created.createApiKey.token, ...created.createApiKey.apiKey };
  }

  /** A new person invited to the organization (null: hub staff), signed up; their JWT. */
  async function signUp(organizationId: string | null, email: string) {
    const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId, email } }, TEST_ADMIN_KEY);
    const signedUp = await t.graphqlOk(SIGN_UP, { input: { invitationToken: invitationToken(invited.inviteMember), name: 'Ana Novak', password: PASSWORD } });
    return { id: signedUp.signUp.user.id, token: signedUp.signUp.token };
  }

  it('an organization key: ORGANIZATION_KEY, its one organization, and the key by name and prefix, never its token', async () => {
    const organization = await createOrganization(t, { name: 'Društvo upokojencev Naklo' });
    await createOrganization(t, { name: 'Druga organizacija' });
    const key = await issueApiKey(organization.id, 'Spletna stran društva');

    const answer = await t.graphqlOk(VIEWER, {}, key.token);

    expect(answer.viewer).toEqual({
      kind: 'ORGANIZATION_KEY',
      hub: false,
      organizations: [{ id: organization.id, name: 'Društvo upokojencev Naklo' }],
      user: null,
      apiKey: { id: key.id, name: 'Spletna stran društva', tokenPrefix: key.tokenPrefix, organizationId: organization.id },
    });
    expect(key.token.startsWith(key.tokenPrefix)).toBe(true);
    expect(JSON.stringify(answer)).not.toContain(key.token);
  });

  it('a hub key: HUB_KEY with the hub rights and no organization of its own', async () => {
    const key = await issueApiKey(null, 'Regionalna razvojna agencija');
    expect((await t.graphqlOk(VIEWER, {}, key.token)).viewer).toEqual({
      kind: 'HUB_KEY',
      hub: true,
      organizations: [],
      user: null,
      apiKey: { id: key.id, name: 'Regionalna razvojna agencija', tokenPrefix: key.tokenPrefix, organizationId: null },
    });
  });

  it('the bootstrap key (ADMIN_API_KEY): BOOTSTRAP_KEY with the hub rights, no stored key', async () => {
    expect((await t.graphqlOk(VIEWER, {}, TEST_ADMIN_KEY)).viewer).toEqual({
      kind: 'BOOTSTRAP_KEY',
      hub: true,
      organizations: [],
      user: null,
      apiKey: null,
    });
  });

  it('no credential: ANONYMOUS, no error, so a client can probe what it sends', async () => {
    const answer = await t.graphql(VIEWER);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.viewer).toEqual({ kind: 'ANONYMOUS', hub: false, organizations: [], user: null, apiKey: null });
  });

  it('a revoked key is refused with UNAUTHENTICATED, as on every other query', async () => {
    const organization = await createOrganization(t);
    const key = await issueApiKey(organization.id, 'Stari ključ');
    await t.graphqlOk(VIEWER, {}, key.token);
    await t.graphqlOk(REVOKE_API_KEY, { id: key.id }, TEST_ADMIN_KEY);

    const refused = await t.graphql(VIEWER, {}, key.token);
    expectError(refused, 'UNAUTHENTICATED', { message: 'Unknown or revoked API key.' });
    expect(refused.data ?? null).toBeNull();
    expectError(await t.graphql(MUNICIPALITY, {}, key.token), 'UNAUTHENTICATED', { message: 'Unknown or revoked API key.' });
  });

  it('an unknown token is refused too, not taken for an anonymous caller', async () => {
    expectError(await t.graphql(VIEWER, {}, 'gzk_not-a-key-of-this-service'), 'UNAUTHENTICATED');
    expectError(await t.graphql(VIEWER, {}, 'not-a-jwt'), 'UNAUTHENTICATED');
  });

  it('a user in two organizations: USER, both of them by name, and the user', async () => {
    const first = await createOrganization(t, { name: 'Zavod Zeleni' });
    const second = await createOrganization(t, { name: 'Društvo Ajda' });
    const email = uniqueEmail('two');
    const user = await signUp(first.id, email);
    const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: second.id, email } }, TEST_ADMIN_KEY);
    await t.graphqlOk(ACCEPT_INVITATION, { invitationToken: invitationToken(invited.inviteMember) }, user.token);

    expect((await t.graphqlOk(VIEWER, {}, user.token)).viewer).toEqual({
      kind: 'USER',
      hub: false,
      organizations: [
        { id: second.id, name: 'Društvo Ajda' },
        { id: first.id, name: 'Zavod Zeleni' },
      ],
      user: { id: user.id, email },
      apiKey: null,
    });
  });

  it("the web app's session cookie: USER; an expired one: ANONYMOUS", async () => {
    const organization = await createOrganization(t, { name: 'Občina Bled' });
    const email = uniqueEmail('cookie');
    const user = await signUp(organization.id, email);
    const login = await post(t.url, { query: LOGIN.toString(), variables: { input: { email, password: PASSWORD } } });
    const cookie = login.headers.getSetCookie().find((setCookie) => setCookie.startsWith('grozd_session='))!.split(';')[0];

    const signedIn = await postDocument(t.url, VIEWER, undefined, { cookie });
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data?.viewer).toMatchObject({ kind: 'USER', organizations: [{ id: organization.id, name: 'Občina Bled' }], user: { id: user.id } });

    const forged = await postDocument(t.url, VIEWER, undefined, { cookie: 'grozd_session=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bm90IGEgc2lnbmF0dXJl' });
    expect(forged.errors).toBeUndefined();
    expect(forged.data?.viewer.kind).toBe('ANONYMOUS');
  });

  it('hub staff: USER with the hub rights', async () => {
    const email = uniqueEmail('staff');
    const staff = await signUp(null, email);
    expect((await t.graphqlOk(VIEWER, {}, staff.token)).viewer).toEqual({
      kind: 'USER',
      hub: true,
      organizations: [],
      user: { id: staff.id, email },
      apiKey: null,
    });
  });

  it('reads nothing more than authenticating did, but the organizations (one query for all of them)', async () => {
    const first = await createOrganization(t);
    const second = await createOrganization(t);
    const email = uniqueEmail('queries');
    const user = await signUp(first.id, email);
    const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: second.id, email } }, TEST_ADMIN_KEY);
    await t.graphqlOk(ACCEPT_INVITATION, { invitationToken: invitationToken(invited.inviteMember) }, user.token);
    const key = await issueApiKey(first.id, 'Štetje poizvedb');
    // A key's first use in a minute also notes it (lastUsedAt), in the background: done
    // here, so that what is counted below is what every further request costs.
    await t.graphqlOk(MUNICIPALITY, {}, key.token);
    await t.app.get(ApiKeyUsage).settled();

    for (const token of [key.token, user.token]) {
      // Municipalities come from memory: what it costs is authentication alone.
      const authentication = (await countQueries(t, () => t.graphqlOk(MUNICIPALITY, {}, token))).queries.length;
      expect((await countQueries(t, () => t.graphqlOk(VIEWER_WITHOUT_ORGANIZATIONS, {}, token))).queries).toHaveLength(authentication);
      expect((await countQueries(t, () => t.graphqlOk(VIEWER, {}, token))).queries).toHaveLength(authentication + 1);
    }
  });
});
