import { PartnershipEndedBy1796091000000 as Migration } from '../src/database/migrations/1796091000000-PartnershipEndedBy';
import { graphql } from './graphql';
import { createApiKey, createMemberOrganization, invitationToken, partnershipThroughResponse } from './utils/fixtures';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

// Who ended a partnership was known only to the audit log before Partnership.endedBy: the
// migration reads it from there, and must come to what endPartnership now records.

const END = graphql(`
  mutation EndedByMigrationEnd($input: EndPartnershipInput!) { endPartnership(input: $input) { id } }
`);
const INVITE = graphql(`
  mutation EndedByMigrationInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }
`);
const SIGN_UP = graphql(`
  mutation EndedByMigrationSignUp($input: SignUpInput!) { signUp(input: $input) { token } }
`);

interface EndedBy {
  id: string;
  organization: string | null;
  hub: boolean;
}

describe('the migration that records who ended a partnership', () => {
  let t: TestApp;
  let municipality: Awaited<ReturnType<typeof createMemberOrganization>>;
  let ngo: Awaited<ReturnType<typeof createMemberOrganization>>;
  beforeAll(async () => {
    t = await startTestApp();
    municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY' });
    ngo = await createMemberOrganization(t);
  });
  afterAll(() => t?.close());

  const partnership = async () => (await partnershipThroughResponse(t, municipality, ngo.token, { need: { kind: 'CALL_FOR_PARTNERS' } })).id;
  const ended = async (token: string, status: 'COMPLETED' | 'CANCELLED' = 'CANCELLED') => {
    const id = await partnership();
    await t.graphqlOk(END, { input: { id, status } }, token);
    return id;
  };
  const signedUp = async (organizationId: string | null): Promise<string> => {
    const email = `ended-by-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org`;
    const invited = await t.graphqlOk(INVITE, { input: { ...(organizationId ? { organizationId } : {}), email, role: organizationId ? 'MEMBER' : 'ADMIN' } }, TEST_ADMIN_KEY);
    return (await t.graphqlOk(SIGN_UP, { input: { invitationToken: invitationToken(invited.inviteMember), name: 'Ana Novak', password: 'a long enough password' } })).signUp.token;
  };
  const read = (ids: string[]) =>
    t.dataSource.query<EndedBy[]>(
      `SELECT "id", "ended_by_organization_id" AS "organization", "ended_by_hub" AS "hub" FROM "partnership" WHERE "id" = ANY($1) ORDER BY array_position($1, "id")`,
      [ids],
    );
  const migrate = async (step: 'up' | 'down') => {
    const runner = t.dataSource.createQueryRunner();
    try {
      await new Migration()[step](runner);
    } finally {
      await runner.release();
    }
  };

  it('reads each ending from the audit log as endPartnership records it, and leaves what the log cannot tell unknown', async () => {
    const ids = [
      await ended(municipality.token),
      await ended(await signedUp(municipality.id), 'COMPLETED'),
      await ended(ngo.token, 'COMPLETED'),
      await ended(await signedUp(ngo.id)),
      await ended(TEST_ADMIN_KEY),
      await ended(await createApiKey(t, null), 'COMPLETED'),
      await ended(await signedUp(null)),
      await partnership(), // ACTIVE
    ];
    const recorded = await read(ids);
    expect(recorded.map(({ organization, hub }) => ({ organization, hub }))).toEqual([
      { organization: municipality.id, hub: false },
      { organization: municipality.id, hub: false },
      { organization: ngo.id, hub: false },
      { organization: ngo.id, hub: false },
      { organization: null, hub: true },
      { organization: null, hub: true },
      { organization: null, hub: true },
      { organization: null, hub: false },
    ]);
    // Two the log cannot tell: one without its entry, one whose person no longer exists.
    const withoutEntry = await ended(ngo.token);
    const personGone = await ended(await signedUp(null));
    await t.dataSource.query(`DELETE FROM "audit_log_entry" WHERE "entity_id" = $1`, [withoutEntry]);
    await t.dataSource.query(`UPDATE "audit_log_entry" SET "actor_id" = gen_random_uuid() WHERE "entity_id" = $1`, [personGone]);

    await migrate('down');
    await migrate('up');

    expect(await read(ids)).toEqual(recorded);
    expect(await read([withoutEntry, personGone])).toEqual([
      { id: withoutEntry, organization: null, hub: false },
      { id: personGone, organization: null, hub: false },
    ]);
  });

  it('refuses an ending by both an organization and the hub', async () => {
    const id = await ended(TEST_ADMIN_KEY);
    await expect(t.dataSource.query(`UPDATE "partnership" SET "ended_by_organization_id" = $1 WHERE "id" = $2`, [ngo.id, id])).rejects.toThrow(/partnership_ended_by_one/);
  });
});
