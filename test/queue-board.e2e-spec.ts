import { graphql } from './graphql';
import { launchBrowser } from './utils/browser';
import { eventually } from './utils/eventually';
import { createApiKey, createMemberOrganization } from './utils/fixtures';
import { post } from './utils/http';
import { RedisServer } from './utils/redis-server';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

// SPEC.md section 7: the queue dashboard (Bull Board) for the hub only, at /admin/queues,
// under the app's Content-Security-Policy and outside the GraphQL rate limit.

const INVITE = graphql(`
  mutation QueueBoardInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }
`);
const SIGN_UP = graphql(`
  mutation QueueBoardSignUp($input: SignUpInput!) { signUp(input: $input) { user { id hubAdmin } } }
`);

const SCOPED_KEY = graphql(`
  mutation QueueBoardScopedKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }
`);

const BOARD = '/admin/queues';
const QUEUES_API = '/admin/queues/api/queues';
const BOARD_PAGE = '<div id="root">';

describe('queue dashboard', () => {
  let t: TestApp;
  let organization: Awaited<ReturnType<typeof createMemberOrganization>>;
  let staffCookie: string;
  let memberCookie: string;

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${t.url}${path}`, { headers, redirect: 'manual' });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  /** Signs up through an invitation and returns the session cookie ("grozd_session=…") signUp set. */
  async function signUpCookie(organizationId: string | null, email: string): Promise<string> {
    const { inviteMember } = await t.graphqlOk(INVITE, { input: { organizationId, email, role: 'ADMIN' } }, TEST_ADMIN_KEY);
    const answer = await post(t.url, { query: SIGN_UP.toString(), variables: { input: { invitationToken: inviteMember.token, name: 'Ana Novak', password: 'a long enough password' } } });
    const cookie = answer.headers.getSetCookie().find((header) => header.startsWith('grozd_session='));
    if (!cookie) throw new Error(`signUp set no session cookie: ${answer.text}`);
    expect((answer.body?.data as { signUp: { user: { hubAdmin: boolean } } }).signUp.user.hubAdmin).toBe(organizationId === null);
    return cookie.split(';')[0];
  }

  beforeAll(async () => {
    // A low GraphQL rate limit: the board's requests must not count against it.
    t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '3' });
    organization = await createMemberOrganization(t);
    staffCookie = await signUpCookie(null, `staff-${Date.now()}@example.org`);
    memberCookie = await signUpCookie(organization.id, `member-${Date.now()}@example.org`);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('refuses anyone without a session or a key: 401, no page, no queue API', async () => {
    for (const path of [BOARD, QUEUES_API, `${BOARD}/static/favicon-32x32.png`]) {
      for (const headers of [{}, { accept: 'text/html' }, bearer('not-a-key'), { cookie: 'grozd_session=forged.token.value' }] as Record<string, string>[]) {
        const response = await get(path, headers);
        expect({ path, headers, status: response.status }).toEqual({ path, headers, status: 401 });
        expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
        const body = await response.text();
        expect(body).not.toContain(BOARD_PAGE);
        expect(body).not.toContain('matching');
      }
    }
  });

  it('refuses a member of an ordinary organization, by key or by session: 403', async () => {
    for (const headers of [bearer(organization.token), { cookie: memberCookie }]) {
      for (const path of [BOARD, QUEUES_API]) {
        const response = await get(path, headers);
        expect({ path, status: response.status }).toEqual({ path, status: 403 });
        expect(await response.text()).not.toContain(BOARD_PAGE);
      }
      const retry = await fetch(`${t.url}${BOARD}/api/queues/matching/retry/failed`, { method: 'PUT', headers });
      expect(retry.status).toBe(403);
    }
  });

  it('shows the hub the board and its queues: the bootstrap key, a hub API key, a staff session', async () => {
    const hubKey = await createApiKey(t, null);
    for (const headers of [bearer(TEST_ADMIN_KEY), bearer(hubKey), { cookie: staffCookie }]) {
      const page = await get(BOARD, { ...headers, accept: 'text/html' });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(page.headers.get('x-powered-by')).toBeNull();
      expect(page.headers.get('cache-control')).toBe('no-store');
      // The app's own policy: the board runs under it as it is.
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      const html = await page.text();
      expect(html).toContain(BOARD_PAGE);
      expect(html).toContain('<base href="/admin/queues/"');

      const api = await get(QUEUES_API, headers);
      expect(api.status).toBe(200);
      const { queues } = (await api.json()) as { queues: { name: string }[] };
      expect(queues.map((queue) => queue.name).sort()).toEqual(['delivery-schedule', 'maintenance', 'matching', 'matching-fresh']);
    }
  });

  it('is not rate limited like GraphQL: the board polls', async () => {
    for (let request = 0; request < 12; request++) {
      expect((await get(QUEUES_API, { cookie: staffCookie })).status).toBe(200);
    }
  });

  it('takes changes from a staff session only from a page of this service', async () => {
    const foreign = await fetch(`${t.url}${BOARD}/api/queues/matching/retry/failed`, {
      method: 'PUT',
      headers: { cookie: staffCookie, origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    const own = await fetch(`${t.url}${BOARD}/api/queues/matching/retry/failed`, { method: 'PUT', headers: { cookie: staffCookie, origin: t.url } });
    expect(own.status).toBe(200);
  });

  it('shows a hub key with scopes the queues, but takes no change from it', async () => {
    const { createApiKey: scoped } = await t.graphqlOk(SCOPED_KEY, { input: { name: 'Nadzorna plošča', scopes: [] } }, TEST_ADMIN_KEY);
    expect((await get(QUEUES_API, bearer(scoped.token))).status).toBe(200);
    const retry = await fetch(`${t.url}${BOARD}/api/queues/matching/retry/failed`, { method: 'PUT', headers: bearer(scoped.token) });
    expect(retry.status).toBe(403);
    expect(await retry.text()).toBe('This API key has scopes: it may see the queues, not change them. Use a hub key without scopes.\n');
    const full = await fetch(`${t.url}${BOARD}/api/queues/matching/retry/failed`, { method: 'PUT', headers: bearer(await createApiKey(t, null)) });
    expect(full.status).toBe(200);
  });

  it('renders in Chromium for hub staff under the Content-Security-Policy', async () => {
    const browser = await launchBrowser();
    try {
      const [name, value] = staffCookie.split('=');
      await browser.context.addCookies([{ name, value, url: t.url }]);
      const page = await browser.newPage();
      const blocked: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) blocked.push(message.text());
      });
      const failed: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(`${t.url}${BOARD}`);
      // The board lists its queues once its scripts ran and its API answered.
      await page.getByText('delivery-schedule').first().waitFor({ timeout: 15_000 });
      await page.getByText('matching').first().waitFor();
      expect(failed).toEqual([]);
      // Only the web font from Google is refused (the service loads nothing from elsewhere).
      expect(blocked.filter((text) => !text.includes('fonts.googleapis.com'))).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('queue dashboard while Redis is down', () => {
  let t: TestApp;
  // A Redis of this test's own, so that it can be stopped without disturbing anything else.
  let redis: RedisServer;

  beforeAll(async () => {
    redis = await RedisServer.start();
    t = await startTestApp({ REDIS_URL: redis.url });
  });
  afterAll(async () => {
    // The app's close and key clean-up need Redis: give it one again.
    await redis?.start();
    await eventually(async () => (await fetch(`${t.url}/metrics`).then((response) => response.text())).includes('grozd_redis_up 1'), 'Redis to be back');
    await t?.close();
    await redis?.stop('SIGKILL');
  });

  it('says so at once (503) instead of letting the board’s polls wait for Redis', async () => {
    await redis.stop('SIGKILL');
    await eventually(async () => (await fetch(`${t.url}/metrics`).then((response) => response.text())).includes('grozd_redis_up 0'), 'the app to see Redis gone');
    const answer = await fetch(`${t.url}${QUEUES_API}`, { headers: { authorization: `Bearer ${TEST_ADMIN_KEY}` }, signal: AbortSignal.timeout(10_000) });
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('5');
    expect(await answer.text()).toMatch(/^Redis is not connected/);
    // The page itself, and the refusals, do not need Redis.
    expect((await fetch(`${t.url}${BOARD}`, { headers: { authorization: `Bearer ${TEST_ADMIN_KEY}` } })).status).toBe(200);
    expect((await fetch(`${t.url}${QUEUES_API}`)).status).toBe(401);
  });
});
