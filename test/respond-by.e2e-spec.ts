import { Clock } from '../src/common/clock/clock';
import { graphql } from './graphql';
import type { NeedFilter } from './graphql/graphql';
import { monthDay, monthEnd, monthStart } from './utils/days';
import { expectError } from './utils/expect-errors';
import { createMemberOrganization, createNeed, needInput } from './utils/fixtures';
import { startTestApp, TestApp } from './utils/test-app';

// A call's respondBy is its deadline for answers: respondToNeed is refused after that day
// (Slovenian time), and the open calls leave it out; the need itself stays OPEN.

const RESPOND = graphql(`
  mutation RespondByRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id status } }
`);
const NEED_STATUS = graphql(`
  query RespondByNeed($id: ID!) { need(id: $id) { id status respondBy } }
`);
const LIST = graphql(`
  query RespondByList($filter: NeedFilter!) { needs(filter: $filter, first: 100) { totalCount edges { node { id } } } }
`);
const CREATE_NEED = graphql(`
  mutation RespondByCreate($input: CreateNeedInput!) { createNeed(input: $input) { id } }
`);
const UPDATE_NEED = graphql(`
  mutation RespondByUpdate($input: UpdateNeedInput!) { updateNeed(input: $input) { id respondBy endsOn } }
`);

describe("a need's respondBy", () => {
  let t: TestApp;
  let municipality: Awaited<ReturnType<typeof createMemberOrganization>>;
  let ngo: Awaited<ReturnType<typeof createMemberOrganization>>;

  beforeAll(async () => {
    t = await startTestApp();
    municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY' });
    ngo = await createMemberOrganization(t);
  });

  afterEach(() => jest.restoreAllMocks());

  afterAll(async () => {
    await t?.close();
  });

  /** The service's clock at this instant. */
  const at = (instant: string) => jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date(instant));
  const call = async (respondBy: string | null) =>
    (await createNeed(t, municipality.token, needInput(municipality.id, { kind: 'CALL_FOR_PARTNERS', respondBy, startsOn: null, endsOn: null }))).id;
  const respond = (needId: string) => t.graphql(RESPOND, { input: { needId, message: 'Radi sodelujemo.' } }, ngo.token);
  const storedResponses = async (needId: string) =>
    Number(((await t.dataSource.query('SELECT count(*) AS count FROM response WHERE need_id = $1', [needId])) as { count: string }[])[0].count);

  it('refuses answers after the day with CONFLICT RESPONSES_CLOSED, stores nothing, and leaves the need OPEN', async () => {
    // Posted before its deadline (a past one is refused, isNotPast), answered after it.
    at('2025-12-15T10:00:00Z');
    const needId = await call('2026-01-01');
    at('2026-12-02T10:00:00Z');
    const error = expectError(await respond(needId), 'CONFLICT');
    expect(error.extensions.reason).toBe('RESPONSES_CLOSED');
    expect(await storedResponses(needId)).toBe(0);
    expect((await t.graphqlOk(NEED_STATUS, { id: needId }, ngo.token)).need).toEqual({ id: needId, status: 'OPEN', respondBy: '2026-01-01' });
  });

  it('welcomes answers on the day itself, and without a deadline', async () => {
    at('2026-12-02T22:30:00Z'); // 23:30 on 2 December in Ljubljana
    const onTheDay = await call('2026-12-02');
    expect((await t.graphqlOk(RESPOND, { input: { needId: onTheDay, message: 'Še danes.' } }, ngo.token)).respondToNeed.status).toBe('PENDING');
    const open = await call(null);
    expect((await t.graphqlOk(RESPOND, { input: { needId: open, message: 'Kadarkoli.' } }, ngo.token)).respondToNeed.status).toBe('PENDING');
    expect(await storedResponses(onTheDay)).toBe(1);
  });

  it('counts the day in Slovenian time, not UTC', async () => {
    at('2026-11-30T10:00:00Z');
    const needId = await call('2026-12-01');
    // 00:30 on 2 December in Ljubljana, still 1 December in UTC: the day has passed.
    at('2026-12-01T23:30:00Z');
    expect(expectError(await respond(needId), 'CONFLICT').extensions.reason).toBe('RESPONSES_CLOSED');
    // 23:30 on 1 December in Ljubljana: still welcome.
    at('2026-12-01T22:30:00Z');
    expect((await t.graphqlOk(RESPOND, { input: { needId, message: 'Tik pred rokom.' } }, ngo.token)).respondToNeed.status).toBe('PENDING');
  });

  it('needs(filter: { openForResponses }) lists the calls as respondToNeed takes them', async () => {
    at('2026-12-01T10:00:00Z');
    const past = await call('2026-12-01');
    at('2026-12-02T10:00:00Z');
    const today = await call('2026-12-02');
    const none = await call(null);
    const ids = async (filter: NeedFilter) =>
      (await t.graphqlOk(LIST, { filter: { organizationId: municipality.id, ...filter } }, ngo.token)).needs.edges.map((edge) => edge.node.id);
    const taking = await ids({ statuses: ['OPEN'], openForResponses: true });
    expect(taking).toEqual(expect.arrayContaining([today, none]));
    expect(taking).not.toContain(past);
    const notTaking = await ids({ openForResponses: false });
    expect(notTaking).toContain(past);
    expect(notTaking).not.toEqual(expect.arrayContaining([today]));
    expect(notTaking).not.toContain(none);
    // Left out: both, as before.
    expect(await ids({ statuses: ['OPEN'] })).toEqual(expect.arrayContaining([past, today, none]));
  });

  it('may not come after endsOn, on creation and on update', async () => {
    const refused = await t.graphql(
      CREATE_NEED,
      { input: needInput(municipality.id, { startsOn: monthStart(3), endsOn: monthEnd(6), respondBy: monthStart(7) }) },
      municipality.token,
    );
    expectError(refused, 'BAD_USER_INPUT', { fields: ['endsOn'], constraint: 'isNotBefore' });

    const needId = (await createNeed(t, municipality.token, needInput(municipality.id, { startsOn: monthStart(1), endsOn: monthEnd(6), respondBy: monthDay(2, 15) }))).id;
    expectError(await t.graphql(UPDATE_NEED, { input: { id: needId, respondBy: monthStart(7) } }, municipality.token), 'BAD_USER_INPUT', {
      fields: ['endsOn'],
      constraint: 'isNotBefore',
    });
    expectError(await t.graphql(UPDATE_NEED, { input: { id: needId, endsOn: monthStart(2) } }, municipality.token), 'BAD_USER_INPUT', {
      fields: ['endsOn'],
      constraint: 'isNotBefore',
    });
    // On the last day itself, or with the end cleared, it is fine.
    expect((await t.graphqlOk(UPDATE_NEED, { input: { id: needId, respondBy: monthEnd(6) } }, municipality.token)).updateNeed).toMatchObject({ respondBy: monthEnd(6) });
    expect((await t.graphqlOk(UPDATE_NEED, { input: { id: needId, endsOn: null, respondBy: monthStart(8) } }, municipality.token)).updateNeed).toMatchObject({
      respondBy: monthStart(8),
      endsOn: null,
    });
  });
});
