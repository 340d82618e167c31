import { getRepositoryToken } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ApiKey } from '../src/api-keys/api-key.entity';
import { ApiKeyUsage } from '../src/auth/api-key-usage';
import { graphql } from './graphql';
import { createOrganization } from './utils/fixtures';
import { eventually } from './utils/eventually';
import { expectError } from './utils/expect-errors';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

// An API key's lastUsedAt tells the hub and organizations rotating keys which key a partner
// system still uses. It is noted when the key authenticates, in the background and at most
// once a minute per key: never a write per request.

const CREATE_API_KEY = graphql(`
  mutation LastUsedCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id lastUsedAt } } }
`);
const REVOKE_API_KEY = graphql(`
  mutation LastUsedRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt lastUsedAt } }
`);
const API_KEYS = graphql(`
  query LastUsedApiKeys($organizationId: ID) { apiKeys(organizationId: $organizationId) { id lastUsedAt revokedAt } }
`);
const VIEWER = graphql(`
  query LastUsedViewer { viewer { kind } }
`);

describe('an API key’s lastUsedAt', () => {
  let t: TestApp;
  let usage: ApiKeyUsage;
  let organizationId: string;

  beforeAll(async () => {
    t = await startTestApp();
    usage = t.app.get(ApiKeyUsage);
    organizationId = (await createOrganization(t)).id;
    // Every write of a key's row, counted in this test's own database.
    await t.dataSource.query(`
      CREATE TABLE test_api_key_write (api_key_id uuid NOT NULL);
      CREATE FUNCTION test_count_api_key_write() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN INSERT INTO test_api_key_write VALUES (NEW.id); RETURN NEW; END $$;
      CREATE TRIGGER test_count_api_key_write AFTER UPDATE ON api_key FOR EACH ROW EXECUTE FUNCTION test_count_api_key_write();
    `);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function issueKey(organization: string | null = organizationId) {
    const data = await t.graphqlOk(CREATE_API_KEY, { input: { organizationId: organization, name: 'Partnerski sistem' } }, TEST_ADMIN_KEY);
    return { id: data.createApiKey.apiKey.id, token: data.createApiKey.token, lastUsedAt: data.createApiKey.apiKey.lastUsedAt };
  }

  /** The key as its admins list it (GraphQL). */
  async function listed(id: string, organization: string | null = organizationId) {
    const keys = (await t.graphqlOk(API_KEYS, { organizationId: organization }, TEST_ADMIN_KEY)).apiKeys;
    const key = keys.find((candidate) => candidate.id === id);
    if (!key) throw new Error(`key ${id} not listed`);
    return key;
  }

  /** How often the key's row was written since it was created, and its last use. */
  async function row(id: string): Promise<{ writes: number; lastUsedAt: Date | null }> {
    const [found] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM test_api_key_write WHERE api_key_id = $1) AS writes, last_used_at AS "lastUsedAt" FROM api_key WHERE id = $1`,
      [id],
    );
    return found;
  }

  async function use(token: string) {
    expect((await t.graphqlOk(VIEWER, {}, token)).viewer.kind).toBe('ORGANIZATION_KEY');
  }

  it('is null until the key is used, then set by its first use', async () => {
    const key = await issueKey();
    expect(key.lastUsedAt).toBeNull();
    expect((await listed(key.id)).lastUsedAt).toBeNull();

    const before = Date.now();
    await use(key.token);
    // Written in the background: the request did not wait for it.
    const lastUsedAt = await eventually(async () => (await listed(key.id)).lastUsedAt, 'lastUsedAt to be set');
    // Within the test's span, give or take the clocks of this process and PostgreSQL.
    expect(new Date(lastUsedAt).getTime()).toBeGreaterThanOrEqual(before - 5_000);
    expect(new Date(lastUsedAt).getTime()).toBeLessThanOrEqual(Date.now() + 5_000);
  });

  it('is not written again within the minute, however many requests come (also at once)', async () => {
    const key = await issueKey();
    await use(key.token);
    await usage.settled();
    const first = await row(key.id);
    expect(first).toEqual({ writes: 1, lastUsedAt: expect.any(Date) });

    await use(key.token);
    await Promise.all(Array.from({ length: 10 }, () => use(key.token)));
    // Every update the requests sent has been sent before they were answered.
    await usage.settled();
    expect(await row(key.id)).toEqual(first);
    expect((await listed(key.id)).lastUsedAt).toBe(first.lastUsedAt!.toISOString());
  });

  it('is written once by many requests at once of a key never used', async () => {
    const key = await issueKey();
    await Promise.all(Array.from({ length: 10 }, () => use(key.token)));
    await usage.settled();
    const after = await row(key.id);
    expect(after).toEqual({ writes: 1, lastUsedAt: expect.any(Date) });
    await use(key.token);
    await usage.settled();
    expect(await row(key.id)).toEqual(after);
  });

  it('is not written by another process’s late update within the minute (the database re-checks)', async () => {
    const key = await issueKey();
    await use(key.token);
    await usage.settled();
    const first = await row(key.id);
    expect(first.writes).toBe(1);
    // Another API process that read the row before this use would send the update too.
    usage.noteUse({ id: key.id, lastUsedAt: null });
    await usage.settled();
    expect(await row(key.id)).toEqual(first);
  });

  it('is written again once it is a minute old', async () => {
    const key = await issueKey();
    await use(key.token);
    await usage.settled();
    await t.dataSource.query(`UPDATE api_key SET last_used_at = now() - interval '2 minutes' WHERE id = $1`, [key.id]);
    const stale = await row(key.id);

    await use(key.token);
    await usage.settled();
    const fresh = await row(key.id);
    expect(fresh.writes).toBe(stale.writes + 1);
    expect(fresh.lastUsedAt!.getTime() - stale.lastUsedAt!.getTime()).toBeGreaterThanOrEqual(110_000);
  });

  it('of a hub key is noted too', async () => {
    const key = await issueKey(null);
    expect((await t.graphqlOk(VIEWER, {}, key.token)).viewer.kind).toBe('HUB_KEY');
    await usage.settled();
    expect((await listed(key.id, null)).lastUsedAt).toEqual(expect.any(String));
  });

  it('a revoked key is still refused, and its refused requests are no use', async () => {
    const key = await issueKey();
    await use(key.token);
    await usage.settled();
    await t.dataSource.query(`UPDATE api_key SET last_used_at = now() - interval '2 minutes' WHERE id = $1`, [key.id]);
    const revoked = (await t.graphqlOk(REVOKE_API_KEY, { id: key.id }, TEST_ADMIN_KEY)).revokeApiKey;
    expect(revoked.revokedAt).toEqual(expect.any(String));
    expect(revoked.lastUsedAt).toEqual(expect.any(String));
    const before = await row(key.id);

    expectError(await t.graphql(VIEWER, {}, key.token), 'UNAUTHENTICATED', { status: 200, message: 'Unknown or revoked API key.' });
    await usage.settled();
    expect(await row(key.id)).toEqual(before);
  });

  it('that cannot be written does not fail the request, and is written at the next use', async () => {
    const key = await issueKey();
    const repository = t.app.get<Repository<ApiKey>>(getRepositoryToken(ApiKey));
    const query = jest.spyOn(repository, 'query').mockRejectedValueOnce(new Error('canceling statement due to lock timeout'));
    try {
      await use(key.token);
      await usage.settled();
      expect(query).toHaveBeenCalledTimes(1);
    } finally {
      query.mockRestore();
    }
    expect(await row(key.id)).toEqual({ writes: 0, lastUsedAt: null });

    await use(key.token);
    await usage.settled();
    expect(await row(key.id)).toEqual({ writes: 1, lastUsedAt: expect.any(Date) });
  });
});
