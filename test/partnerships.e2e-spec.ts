import { graphql } from './graphql';
import { createMemberOrganization, createNeed, needInput, partnershipThroughResponse } from './utils/fixtures';
import { expectError } from './utils/expect-errors';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

// SPEC.md section 8: the desk and /partnerships list an organization's partnerships with
// the other side's contact, and /calls lists the open needs of the other organizations.

const PARTNERSHIPS = graphql(`
  query PartnershipsList($organizationId: ID, $statuses: [PartnershipStatus!], $first: Int, $after: String) {
    partnerships(organizationId: $organizationId, statuses: $statuses, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id status need { id } needOrganization { id } partnerOrganization { id } contacts { name email phone } } }
    }
  }
`);
const OPEN_CALLS = graphql(`
  query PartnershipsOpenCalls($filter: NeedFilter) { needs(first: 100, filter: $filter) { edges { node { id organization { id } } } } }
`);

describe('partnerships list', () => {
  let t: TestApp;
  let municipality: Awaited<ReturnType<typeof createMemberOrganization>>;
  let ngo: Awaited<ReturnType<typeof createMemberOrganization>>;
  let company: Awaited<ReturnType<typeof createMemberOrganization>>;
  let stranger: Awaited<ReturnType<typeof createMemberOrganization>>;
  const formed: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY', contactName: 'Mojca Občinska', email: 'sociala@obcina.si', phone: '+386 4 123 45 67' });
    ngo = await createMemberOrganization(t, { contactName: 'Nina Društvena', email: 'info@drustvo.si' });
    company = await createMemberOrganization(t, { sector: 'COMPANY' });
    stranger = await createMemberOrganization(t);
    // Two partnerships of the municipality's needs: with the NGO, then with the company.
    for (const partner of [ngo, company]) formed.push((await partnershipThroughResponse(t, municipality, partner.token)).id);
  });

  afterAll(async () => {
    await t?.close();
  });

  it("lists an organization's partnerships on either side, newest first, with the other side's contact", async () => {
    const { partnerships } = await t.graphqlOk(PARTNERSHIPS, { organizationId: municipality.id }, municipality.token);
    expect(partnerships.totalCount).toBe(2);
    expect(partnerships.edges.map((edge) => edge.node.id)).toEqual([...formed].reverse());
    expect(partnerships.edges[1].node).toMatchObject({
      status: 'ACTIVE',
      needOrganization: { id: municipality.id },
      partnerOrganization: { id: ngo.id },
      contacts: [{ name: 'Nina Društvena', email: 'info@drustvo.si', phone: null }],
    });

    const ngoSide = await t.graphqlOk(PARTNERSHIPS, { organizationId: ngo.id }, ngo.token);
    expect(ngoSide.partnerships.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ id: formed[0], contacts: [{ name: 'Mojca Občinska', email: 'sociala@obcina.si', phone: '+386 4 123 45 67' }] }),
    ]);
  });

  it('pages and filters by status', async () => {
    const first = await t.graphqlOk(PARTNERSHIPS, { organizationId: municipality.id, first: 1 }, municipality.token);
    expect(first.partnerships.pageInfo.hasNextPage).toBe(true);
    const second = await t.graphqlOk(PARTNERSHIPS, { organizationId: municipality.id, first: 1, after: first.partnerships.pageInfo.endCursor }, municipality.token);
    expect(second.partnerships.edges.map((edge) => edge.node.id)).toEqual([formed[0]]);
    const completed = await t.graphqlOk(PARTNERSHIPS, { organizationId: municipality.id, statuses: ['COMPLETED'] }, municipality.token);
    expect(completed.partnerships.totalCount).toBe(0);
  });

  it('is for the organization and the hub; all partnerships for the hub only', async () => {
    expectError(await t.graphql(PARTNERSHIPS, { organizationId: municipality.id }, stranger.token), 'FORBIDDEN');
    expectError(await t.graphql(PARTNERSHIPS, {}, municipality.token), 'FORBIDDEN');
    const all = await t.graphqlOk(PARTNERSHIPS, {}, TEST_ADMIN_KEY);
    expect(all.partnerships.totalCount).toBe(2);
    // The hub sees both sides' contacts.
    expect(all.partnerships.edges[0].node.contacts).toHaveLength(2);
  });

  it("needs(filter: { excludeOrganizationId }) leaves an organization's own needs out of the open calls", async () => {
    const own = await createNeed(t, stranger.token, needInput(stranger.id));
    const { needs } = await t.graphqlOk(OPEN_CALLS, { filter: { statuses: ['OPEN'], excludeOrganizationId: stranger.id } }, stranger.token);
    const organizations = needs.edges.map((edge) => edge.node.organization.id);
    expect(organizations).not.toContain(stranger.id);
    expect(needs.edges.map((edge) => edge.node.id)).not.toContain(own.id);
    const everyone = await t.graphqlOk(OPEN_CALLS, { filter: { statuses: ['OPEN'] } }, stranger.token);
    expect(everyone.needs.edges.map((edge) => edge.node.id)).toContain(own.id);
  });
});
