import { graphql } from './graphql';
import { expectError } from './utils/expect-errors';
import { createMemberOrganization, createNeed, needInput } from './utils/fixtures';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

// An organization that responded by mistake (or can no longer help) takes its response back:
// withdrawResponse, for the responding organization and the hub, only while it is PENDING.

const RESPOND = graphql(`
  mutation WithdrawResponseRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id status } }
`);
const WITHDRAW = graphql(`
  mutation WithdrawResponseWithdraw($id: ID!) { withdrawResponse(id: $id) { id status organization { id } } }
`);
const ACCEPT = graphql(`
  mutation WithdrawResponseAccept($id: ID!) { acceptResponse(id: $id) { id } }
`);
const DECLINE = graphql(`
  mutation WithdrawResponseDecline($id: ID!) { declineResponse(id: $id) { id } }
`);
const NEED_RESPONSES = graphql(`
  query WithdrawResponseNeedResponses($id: ID!) { need(id: $id) { id responseCount responses { id status } } }
`);

describe('withdrawResponse', () => {
  let t: TestApp;
  let municipality: Awaited<ReturnType<typeof createMemberOrganization>>;
  let ngo: Awaited<ReturnType<typeof createMemberOrganization>>;
  let stranger: Awaited<ReturnType<typeof createMemberOrganization>>;

  const newCall = async () => (await createNeed(t, municipality.token, needInput(municipality.id, { kind: 'CALL_FOR_PARTNERS' }))).id;
  const respond = async (needId: string, message = 'Lahko pomagamo.') => (await t.graphqlOk(RESPOND, { input: { needId, message } }, ngo.token)).respondToNeed.id;
  const statusOf = async (id: string) => ((await t.dataSource.query(`SELECT status FROM response WHERE id = $1`, [id])) as { status: string }[])[0]?.status;
  const audited = async (id: string) =>
    ((await t.dataSource.query(`SELECT action FROM audit_log_entry WHERE entity_id = $1 ORDER BY created_at, action`, [id])) as { action: string }[]).map((row) => row.action);
  const conflictReason = async (id: string, token: string) => {
    const error = expectError(await t.graphql(WITHDRAW, { id }, token), 'CONFLICT');
    return error.extensions.reason;
  };

  beforeAll(async () => {
    t = await startTestApp();
    municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY' });
    ngo = await createMemberOrganization(t);
    stranger = await createMemberOrganization(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('withdraws a pending response, audited; the organization may respond again, and the need lists both', async () => {
    const need = await newCall();
    const first = await respond(need);

    const { withdrawResponse } = await t.graphqlOk(WITHDRAW, { id: first }, ngo.token);
    expect(withdrawResponse).toEqual({ id: first, status: 'WITHDRAWN', organization: { id: ngo.id } });
    expect(await statusOf(first)).toBe('WITHDRAWN');
    expect(await audited(first)).toEqual(['response.created', 'response.withdrawn']);

    // No longer waiting on the owner's desk (it reads PENDING ones among all its responses); a
    // second response is taken, as after a decline.
    const second = await respond(need, 'Vseeno lahko, z drugim predlogom.');
    const { need: read } = await t.graphqlOk(NEED_RESPONSES, { id: need }, municipality.token);
    expect(read!.responseCount).toBe(2);
    expect(read!.responses).toEqual([
      { id: second, status: 'PENDING' },
      { id: first, status: 'WITHDRAWN' },
    ]);
  });

  it('is for the hub too', async () => {
    const response = await respond(await newCall());
    expect((await t.graphqlOk(WITHDRAW, { id: response }, TEST_ADMIN_KEY)).withdrawResponse.status).toBe('WITHDRAWN');
  });

  it("refuses the need's own organization and anyone else (FORBIDDEN) and an unknown id (NOT_FOUND), changing nothing", async () => {
    const response = await respond(await newCall());
    for (const token of [municipality.token, stranger.token]) {
      expectError(await t.graphql(WITHDRAW, { id: response }, token), 'FORBIDDEN');
    }
    expectError(await t.graphql(WITHDRAW, { id: '00000000-0000-4000-8000-000000000000' }, ngo.token), 'NOT_FOUND');
    expect(await statusOf(response)).toBe('PENDING');
    expect(await audited(response)).toEqual(['response.created']);
  });

  it('refuses a response no longer PENDING with what it already is (CONFLICT), changing nothing', async () => {
    const withdrawn = await respond(await newCall());
    await t.graphqlOk(WITHDRAW, { id: withdrawn }, ngo.token);
    expect(await conflictReason(withdrawn, ngo.token)).toBe('ALREADY_WITHDRAWN');
    expect(await audited(withdrawn)).toEqual(['response.created', 'response.withdrawn']);

    const accepted = await respond(await newCall());
    await t.graphqlOk(ACCEPT, { id: accepted }, municipality.token);
    expect(await conflictReason(accepted, ngo.token)).toBe('ALREADY_ACCEPTED');
    expect(await statusOf(accepted)).toBe('ACCEPTED');

    const declined = await respond(await newCall());
    await t.graphqlOk(DECLINE, { id: declined }, municipality.token);
    expect(await conflictReason(declined, ngo.token)).toBe('ALREADY_DECLINED');
    expect(await statusOf(declined)).toBe('DECLINED');

    // And the owner cannot answer a withdrawn one.
    expect(expectError(await t.graphql(ACCEPT, { id: withdrawn }, municipality.token), 'CONFLICT').extensions.reason).toBe('ALREADY_WITHDRAWN');
  });

  it('racing an acceptance leaves one outcome', async () => {
    const response = await respond(await newCall());
    const [withdrawn, accepted] = await Promise.all([t.graphql(WITHDRAW, { id: response }, ngo.token), t.graphql(ACCEPT, { id: response }, municipality.token)]);
    const status = await statusOf(response);
    const partnerships = Number(((await t.dataSource.query(`SELECT count(*) FROM partnership WHERE response_id = $1`, [response])) as { count: string }[])[0].count);
    if (status === 'WITHDRAWN') {
      expect(withdrawn.errors).toBeUndefined();
      expect(expectError(accepted, 'CONFLICT').extensions.reason).toBe('ALREADY_WITHDRAWN');
      expect(partnerships).toBe(0);
    } else {
      expect(status).toBe('ACCEPTED');
      expect(accepted.errors).toBeUndefined();
      expect(expectError(withdrawn, 'CONFLICT').extensions.reason).toBe('ALREADY_ACCEPTED');
      expect(partnerships).toBe(1);
    }
  });
});
