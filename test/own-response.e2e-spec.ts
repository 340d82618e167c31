import type { Logger, QueryRunner } from 'typeorm';
import { graphql } from './graphql';
import { expectError } from './utils/expect-errors';
import { createMemberOrganization, createNeed, needInput } from './utils/fixtures';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

// /calls marks the calls the reader's organization has already answered, also after a
// reload: Need.ownResponse is that organization's latest response, and never another's.
// The need's owner reads all of them, page by page: Need.responses and Need.responseCount.

const RESPOND_TO_NEED = graphql(`
  mutation OwnResponseRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }
`);
const RESPOND_READING_BACK = graphql(`
  mutation OwnResponseRespondReadingBack($input: RespondToNeedInput!, $organizationId: ID) {
    respondToNeed(input: $input) { id need { id ownResponse(organizationId: $organizationId) { id status } } }
  }
`);
const DECLINE_RESPONSE = graphql(`
  mutation OwnResponseDecline($id: ID!) { declineResponse(id: $id) { id status } }
`);
const RESPONSES_PAGE = graphql(`
  query OwnResponseResponsesPage($id: ID!, $first: Int, $offset: Int) {
    need(id: $id) { id responseCount responses(first: $first, offset: $offset) { id createdAt organization { id } } }
  }
`);
const RESPONSES_DEFAULT_PAGE = graphql(`
  query OwnResponseResponsesDefaultPage($id: ID!) { need(id: $id) { responses { id } } }
`);
const RESPONSE_COUNT = graphql(`
  query OwnResponseResponseCount($id: ID!) { need(id: $id) { id responseCount } }
`);
const NEEDS_WITH_RESPONSES = graphql(`
  query OwnResponseNeedsWithResponses($filter: NeedFilter!) {
    needs(filter: $filter, first: 100) { edges { node { id responseCount responses(first: 2) { id organization { id } } } } }
  }
`);
const CALLS = graphql(`
  query OwnResponseCalls($filter: NeedFilter!, $organizationId: ID) {
    needs(filter: $filter, first: 100) { edges { node { id ownResponse(organizationId: $organizationId) { id status message organization { id } } } } }
  }
`);

describe('Need.ownResponse', () => {
  let t: TestApp;
  let municipality: Awaited<ReturnType<typeof createMemberOrganization>>;
  let ngo: Awaited<ReturnType<typeof createMemberOrganization>>;
  let company: Awaited<ReturnType<typeof createMemberOrganization>>;
  let stranger: Awaited<ReturnType<typeof createMemberOrganization>>;
  let answered: string;
  let unanswered: string;

  const respond = async (token: string, needId: string, message: string) =>
    (await t.graphqlOk(RESPOND_TO_NEED, { input: { needId, message } }, token)).respondToNeed.id;
  /** needId → the reader's ownResponse, over the municipality's calls. */
  const own = async (token: string, organizationId?: string) => {
    const { needs } = await t.graphqlOk(CALLS, { filter: { organizationId: municipality.id }, organizationId }, token);
    return new Map(needs.edges.map(({ node }) => [node.id, node.ownResponse]));
  };

  beforeAll(async () => {
    t = await startTestApp();
    municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY' });
    ngo = await createMemberOrganization(t);
    company = await createMemberOrganization(t, { sector: 'COMPANY' });
    stranger = await createMemberOrganization(t);
    answered = (await createNeed(t, municipality.token, needInput(municipality.id, { kind: 'CALL_FOR_PARTNERS' }))).id;
    unanswered = (await createNeed(t, municipality.token, needInput(municipality.id, { kind: 'CALL_FOR_PARTNERS' }))).id;
  });

  afterAll(async () => {
    await t?.close();
  });

  it("is the reader's organization's own response, null elsewhere, never another organization's", async () => {
    const ngoResponse = await respond(ngo.token, answered, 'Društvo pomaga.');
    const companyResponse = await respond(company.token, answered, 'Podjetje pomaga.');

    const ngoReads = await own(ngo.token);
    expect(ngoReads.get(answered)).toEqual({ id: ngoResponse, status: 'PENDING', message: 'Društvo pomaga.', organization: { id: ngo.id } });
    expect(ngoReads.get(unanswered)).toBeNull();
    expect((await own(company.token)).get(answered)).toMatchObject({ id: companyResponse, organization: { id: company.id } });

    // Another organization's member, the need's owner and a hub key: null, with no error.
    for (const token of [stranger.token, municipality.token, TEST_ADMIN_KEY]) {
      const reads = await own(token);
      expect(reads.size).toBe(2);
      expect([...reads.values()]).toEqual([null, null]);
    }
    // Naming an organization that is not the reader's tells nothing either.
    expect((await own(stranger.token, ngo.id)).get(answered)).toBeNull();
    expect((await own(ngo.token, ngo.id)).get(answered)).toMatchObject({ id: ngoResponse });
  });

  it('costs one query for a whole page of needs (no N+1)', async () => {
    const logger: Logger = t.dataSource.logger;
    const original = logger.logQuery;
    const queries: string[] = [];
    logger.logQuery = function countingLogQuery(this: Logger, query: string, parameters?: unknown[], queryRunner?: QueryRunner) {
      queries.push(query);
      return original.call(this, query, parameters, queryRunner);
    };
    try {
      expect((await own(ngo.token)).size).toBe(2);
    } finally {
      delete (logger as Partial<Logger>).logQuery;
      if (logger.logQuery !== original) logger.logQuery = original;
    }
    expect(queries.filter((query) => /FROM "response"/.test(query))).toHaveLength(1);
  });

  it('is read back by respondToNeed itself, for the responding organization (the web app keeps it in its cache)', async () => {
    const { respondToNeed } = await t.graphqlOk(
      RESPOND_READING_BACK,
      { input: { needId: unanswered, organizationId: company.id, message: 'Podjetje ponuja prostor.' }, organizationId: company.id },
      company.token,
    );
    expect(respondToNeed.need).toEqual({ id: unanswered, ownResponse: { id: respondToNeed.id, status: 'PENDING' } });
  });

  it('is the latest response: a declined one until the organization responds again', async () => {
    const first = (await own(ngo.token)).get(answered)!;
    const declined = await t.graphqlOk(DECLINE_RESPONSE, { id: first.id }, municipality.token);
    expect(declined.declineResponse.status).toBe('DECLINED');
    expect((await own(ngo.token)).get(answered)).toMatchObject({ id: first.id, status: 'DECLINED' });

    const again = await respond(ngo.token, answered, 'Še enkrat, z novim predlogom.');
    expect((await own(ngo.token)).get(answered)).toMatchObject({ id: again, status: 'PENDING', message: 'Še enkrat, z novim predlogom.' });
  });

  describe('Need.responses, page by page, and Need.responseCount', () => {
    const API_RESPONSES = 3;
    const INSERTED = 102;
    let call: string;
    let quiet: string;
    /** The call's responses as the owner must read them: newest first, those of one instant by id (both descending). */
    let expected: string[];

    beforeAll(async () => {
      call = (await createNeed(t, municipality.token, needInput(municipality.id, { kind: 'CALL_FOR_PARTNERS', title: 'Poziv partnerjem za regijski projekt' }))).id;
      quiet = (await createNeed(t, municipality.token, needInput(municipality.id, { kind: 'CALL_FOR_PARTNERS' }))).id;
      for (const organization of [ngo, company, stranger]) await respond(organization.token, call, 'Radi sodelujemo.');
      // The rest straight into the table (105 organizations through the API would be slow): a
      // day older, one a minute, the last eleven in the same instant, so that the first
      // page ends inside a tie, where only the id can keep the order.
      await t.dataSource.query(
        `INSERT INTO "response" ("need_id", "organization_id", "message", "status", "created_at")
         SELECT $1, $2, 'Odziv ' || n, 'DECLINED', now() - interval '1 day' - make_interval(mins => LEAST(n, 92))
           FROM generate_series(1, ${INSERTED}) n`,
        [call, ngo.id],
      );
      const rows: { id: string; at: string }[] = await t.dataSource.query(
        `SELECT "id", to_char("created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') "at" FROM "response" WHERE "need_id" = $1`,
        [call],
      );
      expected = rows.sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1)).map((row) => row.id);
    });

    it('reads all 105 in two pages, newest first, without overlap; responseCount says how many there are', async () => {
      const first = (await t.graphqlOk(RESPONSES_PAGE, { id: call, first: 100, offset: 0 }, municipality.token)).need!;
      const second = (await t.graphqlOk(RESPONSES_PAGE, { id: call, first: 100, offset: 100 }, municipality.token)).need!;
      expect(first.responseCount).toBe(API_RESPONSES + INSERTED);
      expect(second.responseCount).toBe(API_RESPONSES + INSERTED);
      expect(first.responses).toHaveLength(100);
      expect(second.responses).toHaveLength(5);
      const read = [...first.responses!, ...second.responses!].map((response) => response.id);
      expect(new Set(read).size).toBe(105);
      expect(read).toEqual(expected);
      // The three sent through the API are the newest, the last one sent first.
      expect(first.responses!.slice(0, 3).map((response) => response.organization.id)).toEqual([stranger.id, company.id, ngo.id]);
      const times = [...first.responses!, ...second.responses!].map((response) => Date.parse(response.createdAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));

      // Without arguments: the first page, as before paging (partners' queries keep working).
      expect((await t.graphqlOk(RESPONSES_DEFAULT_PAGE, { id: call }, municipality.token)).need?.responses?.map((response) => response.id)).toEqual(expected.slice(0, 100));
      // Any page size and offset, the hub too.
      const middle = await t.graphqlOk(RESPONSES_PAGE, { id: call, first: 7, offset: 96 }, TEST_ADMIN_KEY);
      expect(middle.need?.responses?.map((response) => response.id)).toEqual(expected.slice(96, 103));
      expect(middle.need?.responseCount).toBe(105);
      expect((await t.graphqlOk(RESPONSES_PAGE, { id: call, first: 10, offset: 105 }, municipality.token)).need?.responses).toEqual([]);
      expect((await t.graphqlOk(RESPONSE_COUNT, { id: quiet }, municipality.token)).need?.responseCount).toBe(0);
    });

    it('refuses a page size outside 1 to 100 and a negative offset with BAD_USER_INPUT', async () => {
      const page = (first: number | null, offset: number | null) => t.graphql(RESPONSES_PAGE, { id: call, first, offset }, municipality.token);
      for (const [first, constraint, limit] of [[0, 'min', 1], [101, 'max', 100], [-5, 'min', 1]] as const) {
        const refused = await page(first, 0);
        expectError(refused, 'BAD_USER_INPUT', { fields: ['first'], constraint, limit, message: 'first: must be from 1 to 100' });
        expect(refused.errors?.[0].path).toEqual(['need', 'responses']);
      }
      expectError(await page(10, -1), 'BAD_USER_INPUT', { fields: ['offset'], constraint: 'min', limit: 0, message: 'offset: must be 0 or more' });
      // null is the default, as for suggestions.
      expect((await t.graphqlOk(RESPONSES_PAGE, { id: call, first: null, offset: null }, municipality.token)).need?.responses).toHaveLength(100);
    });

    it("is the need's organization's and the hub's: anyone else reads null with FORBIDDEN at each field, also one who responded", async () => {
      for (const reader of [stranger, ngo]) {
        const count = await t.graphql(RESPONSE_COUNT, { id: call }, reader.token);
        expect(expectError(count, 'FORBIDDEN').path).toEqual(['need', 'responseCount']);
        expect(count.data?.need).toEqual({ id: call, responseCount: null });
        const page = await t.graphql(RESPONSES_PAGE, { id: call, first: 10, offset: 0 }, reader.token);
        expect(page.errors?.map((error) => [error.extensions.code, error.path])).toEqual(
          expect.arrayContaining([
            ['FORBIDDEN', ['need', 'responseCount']],
            ['FORBIDDEN', ['need', 'responses']],
          ]),
        );
        expect(page.errors).toHaveLength(2);
        expect(page.data?.need).toEqual({ id: call, responseCount: null, responses: null });
      }
      expect((await t.graphqlOk(RESPONSE_COUNT, { id: call }, TEST_ADMIN_KEY)).need?.responseCount).toBe(105);
    });

    it('costs one query for the pages and one for the counts of a whole page of needs (no N+1)', async () => {
      const logger: Logger = t.dataSource.logger;
      const original = logger.logQuery;
      const queries: string[] = [];
      logger.logQuery = function countingLogQuery(this: Logger, query: string, parameters?: unknown[], queryRunner?: QueryRunner) {
        queries.push(query);
        return original.call(this, query, parameters, queryRunner);
      };
      let needs;
      try {
        needs = (await t.graphqlOk(NEEDS_WITH_RESPONSES, { filter: { organizationId: municipality.id } }, municipality.token)).needs.edges.map(({ node }) => node);
      } finally {
        delete (logger as Partial<Logger>).logQuery;
        if (logger.logQuery !== original) logger.logQuery = original;
      }
      expect(needs.length).toBeGreaterThanOrEqual(3);
      const byId = new Map(needs.map((need) => [need.id, need]));
      expect(byId.get(call)?.responses?.map((response) => response.id)).toEqual(expected.slice(0, 2));
      expect(byId.get(call)?.responseCount).toBe(105);
      expect(byId.get(quiet)).toEqual({ id: quiet, responseCount: 0, responses: [] });
      expect(queries.filter((query) => /FROM "response"/.test(query))).toHaveLength(2);
    });
  });
});
