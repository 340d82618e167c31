import { randomUUID } from 'node:crypto';
import { graphql } from './graphql';
import type { SuggestionsAwaitingOtherSideQuery } from './graphql/graphql';
import { eventually } from './utils/eventually';
import { expectError } from './utils/expect-errors';
import { createMemberOrganization, createNeed, createOffer, fittingOffer, needInput } from './utils/fixtures';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

// The desk's "accepted, waiting for the other side": an acceptance no longer vanishes from the
// organization's sight until the other side answers.

const ACCEPTED = graphql(`
  query SuggestionsAwaitingOtherSide($organizationId: ID!, $first: Int, $after: String) {
    suggestionsAwaitingOtherSide(organizationId: $organizationId, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id status needDecision offerDecision
          need { id title organization { id name } }
          offer { id title organization { id name } }
        }
      }
    }
  }
`);
const AWAITING_IDS = graphql(`
  query SuggestionsAwaitingOtherSideAwaiting($organizationId: ID!) {
    suggestionsAwaiting(organizationId: $organizationId, first: 100) { edges { node { id } } }
  }
`);
const RESPOND = graphql(`
  mutation SuggestionsAwaitingOtherSideRespond($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status } }
`);
const CLOSE_NEED = graphql(`
  mutation SuggestionsAwaitingOtherSideCloseNeed($id: ID!) { closeNeed(id: $id) { id status } }
`);
const BACKLOG = graphql(`
  query SuggestionsAwaitingOtherSideBacklog { matchingBacklog }
`);

describe('suggestionsAwaitingOtherSide(organizationId)', () => {
  let t: TestApp;
  let municipality: Awaited<ReturnType<typeof createMemberOrganization>>;
  let company: Awaited<ReturnType<typeof createMemberOrganization>>;
  let ngo: Awaited<ReturnType<typeof createMemberOrganization>>;
  // The municipality's three needs, each paired with the company's offer; the NGO's need paired with the municipality's offer.
  const needs: string[] = [];
  let companyOffer: string;
  let municipalityOffer: string;
  let ngoNeed: string;

  const matchOf = async (needId: string, offerId: string) => {
    const [row] = (await t.dataSource.query(`SELECT id FROM match WHERE need_id = $1 AND offer_id = $2`, [needId, offerId])) as { id: string }[];
    return row.id;
  };
  const answer = async (matchId: string, decision: 'ACCEPT' | 'DECLINE', token: string) =>
    (await t.graphqlOk(RESPOND, { input: { matchId, decision } }, token)).respondToMatch;
  const listed = async (organizationId: string, token: string): Promise<SuggestionsAwaitingOtherSideQuery['suggestionsAwaitingOtherSide']> =>
    (await t.graphqlOk(ACCEPTED, { organizationId, first: 100 }, token)).suggestionsAwaitingOtherSide;
  const listedIds = async (organizationId: string, token: string) => (await listed(organizationId, token)).edges.map((edge) => edge.node.id);

  beforeAll(async () => {
    t = await startTestApp({}, { worker: true });
    municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY', name: 'Občina Kranj' });
    company = await createMemberOrganization(t, { sector: 'COMPANY', name: 'Iskra d.o.o.' });
    ngo = await createMemberOrganization(t, { sector: 'NGO', name: 'Društvo Sopotnik' });
    companyOffer = (await createOffer(t, company.token, fittingOffer(company.id))).id;
    municipalityOffer = (await createOffer(t, municipality.token, fittingOffer(municipality.id, 'Občinski kombi za prevoze starejših'))).id;
    for (let index = 0; index < 3; index++) needs.push((await createNeed(t, municipality.token, needInput(municipality.id))).id);
    ngoNeed = (await createNeed(t, ngo.token, needInput(ngo.id))).id;
    await eventually(async () => {
      const [{ count }] = (await t.dataSource.query(
        `SELECT count(*)::int AS count FROM match WHERE (need_id = ANY($1::uuid[]) AND offer_id = $2) OR (need_id = $3 AND offer_id = $4)`,
        [needs, companyOffer, ngoNeed, municipalityOffer],
      )) as { count: number }[];
      return count === 4 && (await t.graphqlOk(BACKLOG, {}, TEST_ADMIN_KEY)).matchingBacklog === 0;
    }, 'the four suggestions, scored', 60_000);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it("lists what the organization accepted, on either side, newest first, until the other side answers; never what it has not answered", async () => {
    const [first, second, third] = await Promise.all(needs.map((need) => matchOf(need, companyOffer)));
    const onMunicipalityOffer = await matchOf(ngoNeed, municipalityOffer);
    expect(await listedIds(company.id, company.token)).toEqual([]);

    // The company accepts on its offer's side, the municipality on its offer's side (the NGO's need).
    for (const id of [first, second, third]) expect(await answer(id, 'ACCEPT', company.token)).toEqual({ id, status: 'INTERESTED' });
    await answer(onMunicipalityOffer, 'ACCEPT', municipality.token);

    const page = await listed(company.id, company.token);
    expect(page.totalCount).toBe(3);
    const stored = (await t.dataSource.query(`SELECT id FROM match WHERE id = ANY($1::uuid[]) ORDER BY offer_decided_at DESC, id DESC`, [[first, second, third]])) as { id: string }[];
    expect(page.edges.map((edge) => edge.node.id)).toEqual(stored.map((row) => row.id));
    expect(page.edges.find((edge) => edge.node.id === first)!.node).toMatchObject({
      status: 'INTERESTED',
      needDecision: null,
      offerDecision: 'ACCEPT',
      need: { id: needs[0], organization: { name: 'Občina Kranj' } },
      offer: { id: companyOffer, organization: { name: 'Iskra d.o.o.' } },
    });
    // The municipality accepted only the pair on its offer: the company's three wait for its own answer.
    expect(await listedIds(municipality.id, municipality.token)).toEqual([onMunicipalityOffer]);
    const awaiting = (await t.graphqlOk(AWAITING_IDS, { organizationId: municipality.id }, municipality.token)).suggestionsAwaiting.edges.map((edge) => edge.node.id);
    expect(awaiting).toEqual(expect.arrayContaining([first, second, third]));
    expect(awaiting).not.toContain(onMunicipalityOffer);
    // The hub reads any organization's.
    expect((await listed(company.id, TEST_ADMIN_KEY)).totalCount).toBe(3);

    // One at a time: each once, in the order of the whole list.
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const next: SuggestionsAwaitingOtherSideQuery['suggestionsAwaitingOtherSide'] = (await t.graphqlOk(ACCEPTED, { organizationId: company.id, first: 1, after }, company.token))
        .suggestionsAwaitingOtherSide;
      expect(next.totalCount).toBe(3);
      expect(next.pageInfo.endCursor).toBe(next.edges.at(-1)?.cursor ?? null);
      seen.push(...next.edges.map((edge) => edge.node.id));
      after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    } while (after && seen.length < 5);
    expect(seen).toEqual(stored.map((row) => row.id));

    // The other side's answers take them off: a decline, an acceptance (the partnership), a need withdrawn.
    expect(await answer(first, 'DECLINE', municipality.token)).toEqual({ id: first, status: 'DECLINED' });
    expect(await answer(second, 'ACCEPT', municipality.token)).toEqual({ id: second, status: 'ACCEPTED' });
    expect(await listedIds(company.id, company.token)).toEqual([third]);
    await t.graphqlOk(CLOSE_NEED, { id: needs[2] }, municipality.token);
    expect(await listed(company.id, company.token)).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('is for the organization and the hub: FORBIDDEN to anyone else, NOT_FOUND for no organization, BAD_USER_INPUT for a bad id, cursor or size', async () => {
    expectError(await t.graphql(ACCEPTED, { organizationId: company.id }, ngo.token), 'FORBIDDEN');
    expectError(await t.graphql(ACCEPTED, { organizationId: company.id }), 'UNAUTHENTICATED');
    expectError(await t.graphql(ACCEPTED, { organizationId: randomUUID() }, TEST_ADMIN_KEY), 'NOT_FOUND');
    expectError(await t.graphql(ACCEPTED, { organizationId: randomUUID() }, ngo.token), 'FORBIDDEN');
    expectError(await t.graphql(ACCEPTED, { organizationId: 'not-an-id' }, ngo.token), 'BAD_USER_INPUT', { fields: ['organizationId'] });
    expectError(await t.graphql(ACCEPTED, { organizationId: ngo.id, first: 101 }, ngo.token), 'BAD_USER_INPUT', { fields: ['first'] });
    // A cursor of another list (suggestionsAwaiting's carries a snapshot and a score) is no cursor of this one.
    for (const after of ['not-a-cursor', Buffer.from(JSON.stringify({ s: '1:1:', r: 0.5, i: randomUUID() })).toString('base64url')]) {
      expectError(await t.graphql(ACCEPTED, { organizationId: ngo.id, after }, ngo.token), 'BAD_USER_INPUT', { fields: ['after'], constraint: 'isCursor' });
    }
  });
});
