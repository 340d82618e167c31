import { Client } from 'graphql-ws';
import { graphql } from './graphql';
import { createOrganization, invitationToken } from './utils/fixtures';
import { expectError } from './utils/expect-errors';
import { get, post, postDocument } from './utils/http';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';
import { wsClient } from './utils/ws-client';

// The web app's session (SPEC.md section 8): login and signUp set an httpOnly cookie that
// the API accepts beside bearer tokens, over HTTP and graphql-ws; logout clears it; CSRF
// prevention stays on.

const INVITE_MEMBER = graphql(`
  mutation SessionsInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }
`);
const SIGN_UP = graphql(`
  mutation SessionsSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }
`);
const LOGIN = graphql(`
  mutation SessionsLogin($input: LoginInput!) { login(input: $input) { token user { id email } } }
`);
const LOGOUT = graphql(`
  mutation SessionsLogout { logout }
`);
const ME = graphql(`
  query SessionsMe { me { id email name hubAdmin memberships { id role notifySuggestions organization { id name sector } } } }
`);

const PASSWORD = 'a long enough password';

/** The grozd_session cookie's Set-Cookie header of a response, or null. */
function sessionSetCookie(headers: Headers): string | null {
  return headers.getSetCookie().find((cookie) => cookie.startsWith('grozd_session=')) ?? null;
}

/** "grozd_session=<value>", as a browser would send it back. */
const cookiePair = (setCookie: string) => setCookie.split(';')[0];

describe('session cookie', () => {
  let t: TestApp;
  let organizationId: string;
  let email: string;
  let userId: string;
  const clients: Client[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    organizationId = (await createOrganization(t)).id;
    email = `session-${Date.now()}@example.org`;
    const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId, email, role: 'ADMIN' } }, TEST_ADMIN_KEY);
    const signedUp = await t.graphqlOk(SIGN_UP, { input: { invitationToken: invitationToken(invited.inviteMember), name: 'Ana Novak', password: PASSWORD } });
    userId = signedUp.signUp.user.id;
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });

  afterAll(async () => {
    await t?.close();
  });

  async function login(): Promise<{ setCookie: string; token: string }> {
    const response = await post(t.url, { query: LOGIN.toString(), variables: { input: { email, password: PASSWORD } } });
    const setCookie = sessionSetCookie(response.headers);
    if (!setCookie) throw new Error(`login set no session cookie: ${response.text}`);
    return { setCookie, token: (response.body?.data as { login: { token: string } }).login.token };
  }

  it('is set by login: httpOnly, SameSite=Lax, the whole site, as long as the token, not Secure outside production', async () => {
    const { setCookie, token } = await login();
    expect(cookiePair(setCookie)).toBe(`grozd_session=${token}`);
    expect(setCookie).toMatch(/; HttpOnly/i);
    expect(setCookie).toMatch(/; SameSite=Lax/i);
    expect(setCookie).toMatch(/; Path=\/(;|$)/);
    expect(setCookie).toMatch(/; Max-Age=43200(;|$)/);
    expect(setCookie).not.toMatch(/Secure/i);
  });

  it('is set by signUp too', async () => {
    const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId, email: `second-${Date.now()}@example.org` } }, TEST_ADMIN_KEY);
    const response = await post(t.url, {
      query: SIGN_UP.toString(),
      variables: { input: { invitationToken: invitationToken(invited.inviteMember), name: 'Bojan Kranjc', password: PASSWORD } },
    });
    expect(response.body?.errors).toBeUndefined();
    expect(sessionSetCookie(response.headers)).toMatch(/^grozd_session=ey/);
  });

  it('signs the web app in: me tells who, with memberships and their organizations', async () => {
    const { setCookie } = await login();
    const answer = await postDocument(t.url, ME, undefined, { cookie: cookiePair(setCookie) });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me).toEqual({
      id: userId,
      email,
      name: 'Ana Novak',
      hubAdmin: false,
      memberships: [{ id: expect.any(String), role: 'ADMIN', notifySuggestions: true, organization: { id: organizationId, name: expect.any(String), sector: 'NGO' } }],
    });
  });

  it('is not needed beside a bearer token, which wins when both come', async () => {
    const { setCookie } = await login();
    const answer = await postDocument(t.url, ME, undefined, { cookie: cookiePair(setCookie), authorization: `Bearer ${TEST_ADMIN_KEY}` });
    expect(answer.data?.me).toBeNull(); // the bootstrap key is no user
  });

  it('without a session or token, me is UNAUTHENTICATED', async () => {
    expectError(await t.graphql(ME), 'UNAUTHENTICATED');
  });

  it('keeps CSRF prevention: a GET query with only the cookie and no preflight header is refused', async () => {
    const { setCookie } = await login();
    const refused = await get(t.url, { query: ME.toString() }, { cookie: cookiePair(setCookie) });
    expect(refused.status).toBe(400);
    expect(refused.text).not.toContain(email);
    const plainForm = await post(t.url, JSON.stringify({ query: ME.toString() }), { 'content-type': 'text/plain', cookie: cookiePair(setCookie) });
    expect(plainForm.status).toBe(400);
    expect(plainForm.text).not.toContain(email);
  });

  it('is cleared by logout, and ends on the server: a kept copy of the cookie signs nobody in', async () => {
    const { setCookie, token } = await login();
    const other = await login();
    const response = await post(t.url, { query: LOGOUT.toString() }, { cookie: cookiePair(setCookie) });
    expect(response.body?.data).toEqual({ logout: true });
    const cleared = sessionSetCookie(response.headers);
    expect(cleared).toMatch(/^grozd_session=;/);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(cleared).toMatch(/; HttpOnly/i);

    expectError(await postDocument(t.url, ME, undefined, { cookie: cookiePair(setCookie) }), 'UNAUTHENTICATED');
    expectError(await t.graphql(ME, {}, token), 'UNAUTHENTICATED');
    // Another sign-in (another browser) goes on.
    expect((await postDocument(t.url, ME, undefined, { cookie: cookiePair(other.setCookie) })).data?.me?.id).toBe(userId);
  });

  it("logout ends a bearer token's session too, and is harmless without one", async () => {
    const { token } = await login();
    expect(await t.graphqlOk(LOGOUT, {}, token)).toEqual({ logout: true });
    expectError(await t.graphql(ME, {}, token), 'UNAUTHENTICATED');
    expect(await t.graphqlOk(LOGOUT)).toEqual({ logout: true });
  });

  it('an expired or forged cookie says the session has expired, is cleared, and does not stop signing in again', async () => {
    const forged = 'grozd_session=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bm90IGEgc2lnbmF0dXJl';
    const refused = await post(t.url, { query: ME.toString() }, { cookie: forged });
    expect(refused.body?.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/session has expired/) });
    expect(sessionSetCookie(refused.headers)).toMatch(/^grozd_session=;/);

    const again = await post(t.url, { query: LOGIN.toString(), variables: { input: { email, password: PASSWORD } } }, { cookie: forged });
    expect(again.body?.errors).toBeUndefined();
    expect(sessionSetCookie(again.headers)).toMatch(/^grozd_session=ey/);
  });

  describe('over graphql-ws', () => {
    function connect(headers: Record<string, string>): Client {
      const client = wsClient(t.url, null, { headers, lazy: false, onNonLazyError: () => undefined });
      clients.push(client);
      return client;
    }

    /** Resolves when the connection is acknowledged; rejects with the close code when it is refused. */
    function connected(client: Client): Promise<void> {
      return new Promise((resolve, reject) => {
        client.on('connected', () => resolve());
        client.on('closed', (event) => reject(new Error(`closed ${(event as { code: number }).code}`)));
      });
    }

    it('accepts the session cookie from a page of this service', async () => {
      const { setCookie } = await login();
      const client = connect({ cookie: cookiePair(setCookie), origin: t.url });
      await connected(client); // onConnect accepts only a caller: the cookie's user
    });

    it('refuses the cookie from another site (cross-site websocket hijacking), and a stale one', async () => {
      const { setCookie } = await login();
      await expect(connected(connect({ cookie: cookiePair(setCookie), origin: 'https://evil.example' }))).rejects.toThrow('closed 4403');
      await expect(connected(connect({ cookie: 'grozd_session=forged.token.value', origin: t.url }))).rejects.toThrow('closed 4403');
    });
  });
});
