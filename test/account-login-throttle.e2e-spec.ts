import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { REDIS } from '../src/redis/redis.module';
import { graphql } from './graphql';
import { expectError } from './utils/expect-errors';
import { createOrganization, invitationToken } from './utils/fixtures';
import { postDocument } from './utils/http';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';
import { PasswordResetTokens } from '../src/users/password-reset-tokens';

const INVITE = graphql(`
  mutation ThrottleInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }
`);
const SIGN_UP = graphql(`
  mutation ThrottleSignUp($input: SignUpInput!) { signUp(input: $input) { token } }
`);
const LOGIN = graphql(`
  mutation ThrottleLogin($input: LoginInput!) { login(input: $input) { user { id } } }
`);

const RESET = graphql(`
  mutation ThrottleReset($input: ResetPasswordInput!) { resetPassword(input: $input) { token } }
`);

const PASSWORD = 'a long enough password 2027';
const LIMIT = 3;

// Guessing one account's password from many addresses: the per-IP limit does not slow it,
// the per-account one does (LOGIN_FAILURES_PER_ACCOUNT, here 3).
describe('failed sign-ins per account', () => {
  let t: TestApp;
  let redis: Redis;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_FAILURES_PER_ACCOUNT: String(LIMIT) });
    redis = t.app.get<Redis>(REDIS);
  });
  afterAll(async () => {
    const keys = await redis.keys(`${t.config.queuePrefix}:login-failures:*`);
    if (keys.length) await redis.del(...keys);
    await t?.close();
  });

  async function person(email: string) {
    const organization = await createOrganization(t);
    const invited = await t.graphqlOk(INVITE, { input: { organizationId: organization.id, email, role: 'ADMIN' } }, TEST_ADMIN_KEY);
    await t.graphqlOk(SIGN_UP, { input: { invitationToken: invitationToken(invited.inviteMember), name: 'Ana Novak', password: PASSWORD } });
  }
  /** A sign-in from its own address each time (the service trusts the loopback proxy's X-Forwarded-For). */
  let ip = 0;
  const login = (email: string, password: string) => postDocument(t.url, LOGIN, { input: { email, password } }, { 'x-forwarded-for': `198.51.100.${++ip}` });

  it('refuses an address after that many wrong passwords from different IPs, even the right one, and says when to try again', async () => {
    await person('ana@obcina-naklo.si');
    for (let attempt = 0; attempt < LIMIT; attempt++) expectError(await login('ana@obcina-naklo.si', `wrong guess ${attempt}`), 'UNAUTHENTICATED');
    const refused = await login('Ana@Obcina-Naklo.si', PASSWORD);
    expectError(refused, 'RATE_LIMITED');
    expect(refused.errors?.[0].extensions).toMatchObject({ reason: 'LOGIN_FAILURES_PER_ACCOUNT', limit: LIMIT });
    expect(refused.errors?.[0].extensions.retryAfterSeconds).toBeGreaterThan(3000);
    // Another account is not touched.
    await person('bojan@obcina-naklo.si');
    expect((await login('bojan@obcina-naklo.si', PASSWORD)).errors).toBeUndefined();
  });

  it('counts an address without an account the same way, so the answer does not tell which have one', async () => {
    for (let attempt = 0; attempt < LIMIT; attempt++) expectError(await login('nobody@obcina-naklo.si', `wrong guess ${attempt}`), 'UNAUTHENTICATED');
    expect((await login('nobody@obcina-naklo.si', PASSWORD)).errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'LOGIN_FAILURES_PER_ACCOUNT' });
  });

  it('counts guesses sent at once before any is checked, and keeps the count an hour at most', async () => {
    await person('dusan@obcina-naklo.si');
    const key = `${t.config.queuePrefix}:login-failures:${createHash('sha256').update('dusan@obcina-naklo.si').digest('hex')}`;
    const answers = await Promise.all(Array.from({ length: 3 * LIMIT }, (_, guess) => login('dusan@obcina-naklo.si', `guess ${guess}`)));
    const codes = answers.map((answer) => answer.errors?.[0].extensions.code);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(LIMIT);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(2 * LIMIT);
    const ttl = await redis.ttl(key);
    expect(ttl).toBeGreaterThan(3000);
    expect(ttl).toBeLessThanOrEqual(3600);
  });

  it('lets in a person who set a new password by e-mail meanwhile', async () => {
    await person('eva@obcina-naklo.si');
    for (let attempt = 0; attempt <= LIMIT; attempt++) await login('eva@obcina-naklo.si', 'wrong');
    expectError(await login('eva@obcina-naklo.si', PASSWORD), 'RATE_LIMITED');
    const [{ id }] = (await t.dataSource.query(`SELECT id, password_hash FROM "user" WHERE email = $1`, ['eva@obcina-naklo.si'])) as { id: string }[];
    const [{ password_hash: passwordHash }] = (await t.dataSource.query(`SELECT password_hash FROM "user" WHERE id = $1`, [id])) as { password_hash: string }[];
    const token = t.app.get(PasswordResetTokens).issue(id, passwordHash);
    expect((await t.graphql(RESET, { input: { token, password: 'a new long password 2028' } })).errors).toBeUndefined();
    expect((await login('eva@obcina-naklo.si', 'a new long password 2028')).errors).toBeUndefined();
  });

  it('lets the person in once the hour is over, and a success clears the failures before it', async () => {
    await person('cvetka@obcina-naklo.si');
    const key = `${t.config.queuePrefix}:login-failures:${createHash('sha256').update('cvetka@obcina-naklo.si').digest('hex')}`;
    for (let attempt = 0; attempt < LIMIT - 1; attempt++) expectError(await login('cvetka@obcina-naklo.si', 'wrong'), 'UNAUTHENTICATED');
    expect((await login('cvetka@obcina-naklo.si', PASSWORD)).errors).toBeUndefined();
    expect(await redis.exists(key)).toBe(0);
    for (let attempt = 0; attempt < LIMIT; attempt++) expectError(await login('cvetka@obcina-naklo.si', 'wrong'), 'UNAUTHENTICATED');
    expectError(await login('cvetka@obcina-naklo.si', PASSWORD), 'RATE_LIMITED');
    await redis.del(key); // the hour is over
    expect((await login('cvetka@obcina-naklo.si', PASSWORD)).errors).toBeUndefined();
  });
});
