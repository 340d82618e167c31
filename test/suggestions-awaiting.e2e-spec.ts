import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { MatchingService } from '../src/matching/matching.service';
import { graphql } from './graphql';
import type { SuggestionsAwaitingQuery } from './graphql/graphql';
import { eventually } from './utils/eventually';
import { expectError } from './utils/expect-errors';
import { createMemberOrganization, createNeed, createOffer, fittingOffer, needInput } from './utils/fixtures';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';
import { countQueries } from './utils/count-queries';
import { databaseUrl } from './utils/test-database';

// The desk's "Novi predlogi": the suggestions waiting for the organization's answer, from all
// its needs and offers, however many it has (it used to read the first 10 suggestions of the
// first 10 needs and offers it had loaded).

const AWAITING = graphql(`
  query SuggestionsAwaiting($organizationId: ID!, $first: Int, $after: String) {
    suggestionsAwaiting(organizationId: $organizationId, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges {
        cursor
        node {
          id score status recommended needDecision offerDecision
          need { id title organization { id name } }
          offer { id title organization { id name } }
        }
      }
    }
  }
`);
const RESPOND = graphql(`
  mutation SuggestionsAwaitingRespond($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status } }
`);
const BACKLOG = graphql(`
  query SuggestionsAwaitingBacklog { matchingBacklog }
`);
const NEEDS = graphql(`
  query SuggestionsAwaitingNeeds { needs(first: 1) { pageInfo { endCursor } } }
`);

describe('suggestionsAwaiting(organizationId)', () => {
  let t: TestApp;
  let municipality: Awaited<ReturnType<typeof createMemberOrganization>>;
  let company: Awaited<ReturnType<typeof createMemberOrganization>>;
  let ngo: Awaited<ReturnType<typeof createMemberOrganization>>;
  const municipalityNeeds: string[] = [];
  let municipalityOffer: string;
  let ngoNeed: string;

  const all = async (organizationId: string, token: string) => {
    const { suggestionsAwaiting } = await t.graphqlOk(AWAITING, { organizationId, first: 100 }, token);
    return suggestionsAwaiting;
  };
  const matchOf = async (needId: string, offerId: string) => {
    const [row] = (await t.dataSource.query(`SELECT id FROM match WHERE need_id = $1 AND offer_id = $2`, [needId, offerId])) as { id: string }[];
    return row.id;
  };

  beforeAll(async () => {
    t = await startTestApp({}, { worker: true });
    municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY', name: 'Občina Kranj' });
    company = await createMemberOrganization(t, { sector: 'COMPANY', name: 'Iskra d.o.o.' });
    ngo = await createMemberOrganization(t, { sector: 'NGO', name: 'Društvo Sopotnik' });
    // Two offers of the company that fit every need of the municipality, and one of the
    // municipality's own that fits the NGO's need: 12 × 2 suggestions on its needs, 1 on its offer.
    const companyOffers = [
      (await createOffer(t, company.token, fittingOffer(company.id))).id,
      (await createOffer(t, company.token, fittingOffer(company.id, 'Prevozi starejših k zdravniku in v lekarno'))).id,
    ];
    municipalityOffer = (await createOffer(t, municipality.token, fittingOffer(municipality.id, 'Občinski kombi za prevoze starejših'))).id;
    for (let index = 0; index < 12; index++) municipalityNeeds.push((await createNeed(t, municipality.token, needInput(municipality.id))).id);
    ngoNeed = (await createNeed(t, ngo.token, needInput(ngo.id))).id;
    await eventually(async () => {
      const [{ count }] = (await t.dataSource.query(
        `SELECT count(*)::int AS count FROM match WHERE (need_id = ANY($1::uuid[]) AND offer_id = ANY($2::uuid[])) OR (need_id = $3 AND offer_id = $4)`,
        [municipalityNeeds, companyOffers, ngoNeed, municipalityOffer],
      )) as { count: number }[];
      return count === 25 && (await t.graphqlOk(BACKLOG, {}, TEST_ADMIN_KEY)).matchingBacklog === 0;
    }, 'the 25 suggestions of the municipality, scored', 60_000);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('lists the suggestions of all its needs (more than 10) and of its offers, best first, paged without repeats', async () => {
    const pages: { ids: string[]; totalCount: number; hasNextPage: boolean; hasPreviousPage: boolean }[] = [];
    const nodes: SuggestionsAwaitingQuery['suggestionsAwaiting']['edges'][number]['node'][] = [];
    let after: string | null = null;
    do {
      const { suggestionsAwaiting: page }: SuggestionsAwaitingQuery = await t.graphqlOk(AWAITING, { organizationId: municipality.id, first: 10, after }, municipality.token);
      pages.push({ ids: page.edges.map((edge) => edge.node.id), totalCount: page.totalCount, hasNextPage: page.pageInfo.hasNextPage, hasPreviousPage: page.pageInfo.hasPreviousPage });
      nodes.push(...page.edges.map((edge) => edge.node));
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && pages.length < 5);

    expect(pages.map(({ ids, totalCount, hasNextPage, hasPreviousPage }) => ({ size: ids.length, totalCount, hasNextPage, hasPreviousPage }))).toEqual([
      { size: 10, totalCount: 25, hasNextPage: true, hasPreviousPage: false },
      { size: 10, totalCount: 25, hasNextPage: true, hasPreviousPage: true },
      { size: 5, totalCount: 25, hasNextPage: false, hasPreviousPage: true },
    ]);
    const ids = nodes.map((node) => node.id);
    expect(new Set(ids).size).toBe(25);
    // Every need's two suggestions, and the one on its offer.
    expect(new Set(nodes.filter((node) => node.need.organization.id === municipality.id).map((node) => node.need.id))).toEqual(new Set(municipalityNeeds));
    expect(nodes.filter((node) => node.offer.organization.id === municipality.id).map((node) => node.need.id)).toEqual([ngoNeed]);
    // Best first, then by id: the order the database keeps.
    const stored = (await t.dataSource.query(`SELECT id FROM match WHERE id = ANY($1::uuid[]) ORDER BY score DESC, id ASC`, [ids])) as { id: string }[];
    expect(ids).toEqual(stored.map((row) => row.id));
    for (let index = 1; index < nodes.length; index++) expect(nodes[index].score).toBeLessThanOrEqual(nodes[index - 1].score);
    // What the desk shows of each: both items with their organizations' names.
    const onOffer = nodes.find((node) => node.offer.id === municipalityOffer)!;
    expect(onOffer).toMatchObject({ status: 'SUGGESTED', recommended: true, needDecision: null, offerDecision: null, need: { id: ngoNeed, organization: { name: 'Društvo Sopotnik' } }, offer: { title: 'Občinski kombi za prevoze starejših', organization: { name: 'Občina Kranj' } } });
    expect(nodes.find((node) => node.need.id === municipalityNeeds[0])).toMatchObject({ offer: { organization: { name: 'Iskra d.o.o.' } }, need: { organization: { name: 'Občina Kranj' } } });
  });

  // The municipality's suggestions 10 at a time, as the desk reads them: a page, and all the
  // pages after a cursor (their ids).
  const page = async (after: string | null): Promise<SuggestionsAwaitingQuery['suggestionsAwaiting']> =>
    (await t.graphqlOk(AWAITING, { organizationId: municipality.id, first: 10, after }, municipality.token)).suggestionsAwaiting;
  const rest = async (after: string | null) => {
    const ids: string[] = [];
    for (let pages = 0; after && pages < 10; pages++) {
      const next = await page(after);
      ids.push(...next.edges.map((edge) => edge.node.id));
      after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    }
    return ids;
  };
  // A change of score as a re-score makes it (the worker's upsert), by hand.
  const setScore = (id: string, score: number) => t.dataSource.query(`UPDATE match SET score = $2 WHERE id = $1`, [id, score]);

  it('reads every suggestion once when scores change between two pages: none skipped, none repeated, in the order of the first page', async () => {
    const first = await page(null);
    const firstIds = first.edges.map((edge) => edge.node.id);
    // The whole list as it is when the first page is read: what a reader paging on must see, in that order.
    const before = (await all(municipality.id, municipality.token)).edges.map((edge) => edge.node);
    expect(before.slice(0, 10).map((node) => node.id)).toEqual(firstIds);
    const cursorScore = first.edges.at(-1)!.node.score;
    // A re-score (a new offer, a re-score run, a capacity change) moves two across the cursor:
    // one not read yet up above it, one already read down below it.
    const unread = before.at(-1)!;
    const read = before[0];
    const lowest = before.at(-1)!.score;
    expect(lowest).toBeLessThan(cursorScore);
    await setScore(unread.id, (cursorScore + 1) / 2);
    await setScore(read.id, lowest);

    const seen = [...firstIds, ...(await rest(first.pageInfo.endCursor))];
    const twice = seen.filter((id, index) => seen.indexOf(id) !== index);
    const skipped = before.map((node) => node.id).filter((id) => !seen.includes(id));
    expect({ twice, skipped }).toEqual({ twice: [], skipped: [] });
    expect(seen).toEqual(before.map((node) => node.id));

    // Read from the start again: the order as it is now.
    const now = (await all(municipality.id, municipality.token)).edges.map((edge) => edge.node.id);
    expect(now[0]).toBe(unread.id);
    expect(now.indexOf(read.id)).toBeGreaterThan(now.indexOf(before[1].id));
    await setScore(unread.id, unread.score);
    await setScore(read.id, read.score);
  });

  it('keeps its order for a re-score that was still being written when the first page was read', async () => {
    // The re-score's transaction has begun (a batch of the worker's takes seconds) and commits
    // only after the first page: that page saw the score from before it, and so do the others.
    const writer = t.dataSource.createQueryRunner();
    await writer.connect();
    try {
      const list = (await all(municipality.id, municipality.token)).edges.map((edge) => edge.node);
      const unread = list.at(-1)!;
      await writer.startTransaction();
      await writer.query(`UPDATE match SET score = $2 WHERE id = $1`, [unread.id, (list[0].score + 1) / 2]);
      const first = await page(null);
      const before = (await all(municipality.id, municipality.token)).edges.map((edge) => edge.node);
      expect(before.map((node) => node.id)).toEqual(list.map((node) => node.id));
      await writer.commitTransaction();
      expect((await all(municipality.id, municipality.token)).edges[0].node.id).toBe(unread.id);

      const seen = [...first.edges.map((edge) => edge.node.id), ...(await rest(first.pageInfo.endCursor))];
      expect(seen).toEqual(before.map((node) => node.id));
      await setScore(unread.id, unread.score);
    } finally {
      if (writer.isTransactionActive) await writer.rollbackTransaction();
      await writer.release();
    }
  });

  it('ranks by every score committed when the first page was read, though a transaction that began before one of them still runs', async () => {
    // Any transaction of the cluster, in any database (another service's migration, a long
    // batch): it began before the re-score below committed and is still running when the
    // pages are read. The order must not depend on it (CI saw two reads of the list disagree
    // while another test file's transaction ran across one of them).
    const elsewhere = new Client({ connectionString: databaseUrl('postgres') });
    await elsewhere.connect();
    try {
      await elsewhere.query('BEGIN');
      await elsewhere.query('SELECT pg_current_xact_id()');
      const list = (await all(municipality.id, municipality.token)).edges.map((edge) => edge.node);
      const unread = list.at(-1)!;
      await setScore(unread.id, (list[0].score + 1) / 2);

      const first = await page(null);
      expect(first.edges[0].node.id).toBe(unread.id);
      const before = (await all(municipality.id, municipality.token)).edges.map((edge) => edge.node.id);
      await elsewhere.query('COMMIT');
      expect((await all(municipality.id, municipality.token)).edges.map((edge) => edge.node.id)).toEqual(before);
      expect([...first.edges.map((edge) => edge.node.id), ...(await rest(first.pageInfo.endCursor))]).toEqual(before);
      await setScore(unread.id, unread.score);
    } finally {
      await elsewhere.end();
    }
  });

  it('puts a pair re-scored twice while the list is read after the others: never skipped, read again if it was already', async () => {
    const first = await page(null);
    const before = (await all(municipality.id, municipality.token)).edges.map((edge) => edge.node);
    expect(before.slice(0, 10).map((node) => node.id)).toEqual(first.edges.map((edge) => edge.node.id));
    // One already read and one not yet, each re-scored twice: the second time by the worker's own
    // re-score of the need, which writes back the score it computes.
    const read = before[0];
    const unread = before[15];
    await setScore(read.id, read.score / 2);
    await t.app.get(MatchingService).scoreNeed(read.need.id);
    const [{ score: rescored }] = (await t.dataSource.query(`SELECT score FROM match WHERE id = $1`, [read.id])) as { score: number }[];
    expect(rescored).not.toBe(read.score / 2);
    await setScore(unread.id, unread.score / 2);
    await setScore(unread.id, unread.score / 3);

    const seen = [...first.edges.map((edge) => edge.node.id), ...(await rest(first.pageInfo.endCursor))];
    expect(seen.filter((id, index) => seen.indexOf(id) !== index)).toEqual([read.id]);
    expect(new Set(seen)).toEqual(new Set(before.map((node) => node.id)));
    // The others in the order of the first page, then the two by id.
    expect(seen.slice(10, -2)).toEqual(before.slice(10).map((node) => node.id).filter((id) => id !== unread.id));
    expect(seen.slice(-2)).toEqual([read.id, unread.id].sort());
    await setScore(unread.id, unread.score);
  });

  it('reads a page with its needs, offers and their organizations in one SQL statement', async () => {
    const { result, queries } = await countQueries(t, () => t.graphqlOk(AWAITING, { organizationId: municipality.id, first: 25 }, TEST_ADMIN_KEY));
    // The worker in this process polls meanwhile (deliveries, the outbox): only what reads the
    // request's tables counts. Nothing is left to score, so the worker reads none of them.
    expect(queries.filter((query) => /"(organization|need|offer|match)"/.test(query))).toHaveLength(1);
    expect(result.suggestionsAwaiting.edges).toHaveLength(25);
    expect(result.suggestionsAwaiting.edges.every(({ node }) => node.need.organization.name && node.offer.organization.name)).toBe(true);
  });

  it("drops one its side answered (accepted or declined), keeps one only the other side accepted", async () => {
    const [first, second, third] = municipalityNeeds;
    const [companyOffer] = (await all(company.id, company.token)).edges.map((edge) => edge.node.offer.id);
    const acceptedByUs = await matchOf(first, companyOffer);
    const acceptedByThem = await matchOf(second, companyOffer);
    const declinedByThem = await matchOf(third, companyOffer);
    const acceptedByNgo = await matchOf(ngoNeed, municipalityOffer);
    await t.graphqlOk(RESPOND, { input: { matchId: acceptedByUs, decision: 'ACCEPT' } }, municipality.token);
    await t.graphqlOk(RESPOND, { input: { matchId: acceptedByThem, decision: 'ACCEPT' } }, company.token);
    await t.graphqlOk(RESPOND, { input: { matchId: declinedByThem, decision: 'DECLINE', declineReason: 'NO_CAPACITY' } }, company.token);
    await t.graphqlOk(RESPOND, { input: { matchId: acceptedByNgo, decision: 'ACCEPT' } }, ngo.token);

    const ours = await all(municipality.id, municipality.token);
    const ourIds = ours.edges.map((edge) => edge.node.id);
    expect(ours.totalCount).toBe(23);
    expect(ourIds).toHaveLength(23);
    expect(ourIds).not.toContain(acceptedByUs);
    expect(ourIds).not.toContain(declinedByThem);
    expect(ours.edges.find((edge) => edge.node.id === acceptedByThem)?.node).toMatchObject({ status: 'INTERESTED', needDecision: null, offerDecision: 'ACCEPT' });
    expect(ours.edges.find((edge) => edge.node.id === acceptedByNgo)?.node).toMatchObject({ status: 'INTERESTED', needDecision: 'ACCEPT', offerDecision: null });

    // The company's side: the one the municipality accepted waits for it; its own answers do not.
    const theirIds = (await all(company.id, company.token)).edges.map((edge) => edge.node.id);
    expect(theirIds).toContain(acceptedByUs);
    expect(theirIds).not.toContain(acceptedByThem);
    expect(theirIds).not.toContain(declinedByThem);
  });

  it('is for the organization and the hub: FORBIDDEN for another organization, NOT_FOUND for no organization', async () => {
    const error = expectError(await t.graphql(AWAITING, { organizationId: municipality.id }, ngo.token), 'FORBIDDEN');
    expect(error.path).toEqual(['suggestionsAwaiting']);
    expectError(await t.graphql(AWAITING, { organizationId: municipality.id }), 'UNAUTHENTICATED');
    expect((await t.graphqlOk(AWAITING, { organizationId: municipality.id, first: 1 }, TEST_ADMIN_KEY)).suggestionsAwaiting.totalCount).toBeGreaterThan(0);
    expectError(await t.graphql(AWAITING, { organizationId: randomUUID() }, TEST_ADMIN_KEY), 'NOT_FOUND');
    expectError(await t.graphql(AWAITING, { organizationId: randomUUID() }, ngo.token), 'FORBIDDEN');
  });

  it('refuses what is no cursor of this list, and a page size out of range, as BAD_USER_INPUT', async () => {
    const needsCursor = (await t.graphqlOk(NEEDS, {}, TEST_ADMIN_KEY)).needs.pageInfo.endCursor;
    const cursor = (value: unknown[]) => Buffer.from(JSON.stringify(value)).toString('base64url');
    // Garbage; a cursor of another list; one of this list as it was before its moment (a score
    // and an id); a moment out of PostgreSQL's range, or no number; snapshots PostgreSQL would
    // not read (xmin after xmax, 0, a running transaction outside [xmin, xmax), out of order,
    // no number); a score that is no number.
    const refused = [
      'garbage',
      needsCursor,
      cursor([0.5, randomUUID()]),
      cursor(['9223372036854775808', 0.5, randomUUID()]),
      cursor(['-1', 0.5, randomUUID()]),
      cursor([12, 0.5, randomUUID()]),
      cursor(['20:10:', 0.5, randomUUID()]),
      cursor(['0:0:', 0.5, randomUUID()]),
      cursor(['10:20:25', 0.5, randomUUID()]),
      cursor(['10:20:9', 0.5, randomUUID()]),
      cursor(['10:20:15,12', 0.5, randomUUID()]),
      cursor(['10:20:12,', 0.5, randomUUID()]),
      cursor(['10:20', 0.5, randomUUID()]),
      cursor(['10:x:', 0.5, randomUUID()]),
      cursor(['12', '0.5', randomUUID()]),
      cursor(['12', 0.5, 'not-an-id']),
    ];
    for (const after of refused) {
      expectError(await t.graphql(AWAITING, { organizationId: municipality.id, after }, municipality.token), 'BAD_USER_INPUT', { fields: ['after'], constraint: 'isCursor' });
    }
    // A cursor of any moment reads on (from the oldest, nearly every pair re-scored since is at
    // the end): a snapshot, or a transaction id as cursors carried before.
    for (const horizon of ['0', '9223372036854775807', '1:1:', '5:9:5,7', '9223372036854775806:9223372036854775807:']) {
      for (const score of [0.5, null]) {
        const { suggestionsAwaiting } = await t.graphqlOk(AWAITING, { organizationId: municipality.id, after: cursor([horizon, score, randomUUID()]) }, municipality.token);
        expect(suggestionsAwaiting.pageInfo.hasPreviousPage).toBe(true);
      }
    }
    expectError(await t.graphql(AWAITING, { organizationId: municipality.id, first: 0 }, municipality.token), 'BAD_USER_INPUT', { fields: ['first'] });
    expectError(await t.graphql(AWAITING, { organizationId: municipality.id, first: 101 }, municipality.token), 'BAD_USER_INPUT', { fields: ['first'] });
    expectError(await t.graphql(AWAITING, { organizationId: 'not-an-id' }, municipality.token), 'BAD_USER_INPUT', { fields: ['organizationId'] });
  });
});
