import type { Logger, QueryRunner } from 'typeorm';
import { graphql } from './graphql';
import { createMemberOrganization, createNeed, needInput } from './utils/fixtures';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

// /calls marks the calls the reader's organization has already answered, also after a
// reload: Need.ownResponse is that organization's latest response, and never another's.

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
});
