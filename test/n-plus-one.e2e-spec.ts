import { ApiKeyUsage } from '../src/auth/api-key-usage';
import { BLED, createApiKey, createNeed, createOffer, createOrganization, KRANJ, NAKLO, needInput, offerInput, invitationToken } from './utils/fixtures';
import { graphql } from './graphql';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';
import { countQueries } from './utils/count-queries';

// A list must cost a fixed number of SQL queries whatever its length: a posting's
// organization is joined into the page (elsewhere loaded in one batch by a DataLoader),
// municipalities and themes come from memory.

const NEEDS_QUERY = graphql(`
  query NPlusOneNeeds($first: Int) {
    needs(first: $first) {
      totalCount
      edges { node { id title organization { id name municipality { name } } municipality { code } themes { code parent { code } } } }
    }
  }
`);
const NEEDS_WITHOUT_COUNT = graphql(`
  query NPlusOneNeedsWithoutCount { needs(first: 20) { pageInfo { hasNextPage } edges { node { id organization { name } } } } }
`);
const NEED_WITH_SUGGESTIONS = graphql(`
  query NPlusOneNeedWithSuggestions($id: ID!) {
    need(id: $id) { id organization { name } suggestions(first: 10) { id offer { id organization { name } municipality { name } } } }
  }
`);
const NEED = graphql(`
  query NPlusOneNeed($id: ID!) { need(id: $id) { id } }
`);
const THREE_NEEDS = graphql(`
  query NPlusOneThreeNeeds($a: ID!, $b: ID!, $c: ID!) { n0: need(id: $a) { id } n1: need(id: $b) { id } n2: need(id: $c) { id } }
`);
const OFFERS = graphql(`
  query NPlusOneOffers {
    offers(first: 10) { totalCount edges { node { id organization { id name } municipality { name } serviceArea { code } themes { code parent { code } } } } }
  }
`);
const ORGANIZATIONS = graphql(`
  query NPlusOneOrganizations {
    organizations(first: 50) { totalCount edges { node { id name municipality { name region } themes { code parent { code } } } } }
  }
`);
const ORGANIZATIONS_WITH_MEMBER_COUNT = graphql(`
  query NPlusOneOrganizationsWithMemberCount { organizations(first: 50) { edges { node { id memberCount } } } }
`);
const INVITE_MEMBER = graphql(`
  mutation NPlusOneInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }
`);
const SIGN_UP = graphql(`
  mutation NPlusOneSignUp($input: SignUpInput!) { signUp(input: $input) { token } }
`);

const PARTNERSHIPS = graphql(`
  query NPlusOnePartnerships($first: Int) {
    partnerships(first: $first) { edges { node { id endedBy needOrganization { name } partnerOrganization { name } endedByOrganization { id name } } } }
  }
`);
const PARTNERSHIPS_COUNTED = graphql(`
  query NPlusOnePartnershipsCounted($first: Int) {
    partnerships(first: $first) { totalCount edges { node { id needOrganization { name } partnerOrganization { name } } } }
  }
`);
const PARTNERSHIPS_WITHOUT_ENDER = graphql(`
  query NPlusOnePartnershipsWithoutEnder($first: Int) {
    partnerships(first: $first) { edges { node { id needOrganization { name } partnerOrganization { name } } } }
  }
`);

const THEME_SETS = [['SOCIAL_ELDERLY'], ['HEALTH_PREVENTION', 'SOCIAL'], ['CULTURE_ARTS'], ['ENVIRONMENT_CLIMATE', 'EDUCATION_YOUTH'], []];
const PLACES = [KRANJ, NAKLO, BLED];

describe('a fixed number of SQL queries per list (no N+1)', () => {
  let t: TestApp;
  const organizations: { id: string; name: string; municipality: string }[] = [];
  const needOrganization = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp();
    for (let index = 0; index < 5; index++) {
      const municipality = PLACES[index % PLACES.length];
      const organization = await createOrganization(t, { municipalityCode: municipality });
      organizations.push({ ...organization, municipality });
    }
    // 50 needs, 10 per organization, interleaved, with different themes and places.
    for (let index = 0; index < 50; index++) {
      const organization = organizations[index % organizations.length];
      const need = await createNeed(
        t,
        TEST_ADMIN_KEY,
        needInput(organization.id, { themeCodes: THEME_SETS[index % THEME_SETS.length], municipalityCode: PLACES[index % PLACES.length] }),
      );
      needOrganization.set(need.id, organization.id);
    }
    for (let index = 0; index < 10; index++) {
      await createOffer(t, TEST_ADMIN_KEY, offerInput(organizations[index % organizations.length].id));
    }
  });
  afterAll(() => t.close());

  it('counts the statements of a simple request (the counter itself works)', async () => {
    const [{ id }] = await t.dataSource.query(`SELECT id FROM need LIMIT 1`);
    const { queries } = await countQueries(t, () => t.graphqlOk(NEED, { id }, TEST_ADMIN_KEY));
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatch(/FROM "need"/);

    // One statement per root field that reads by id: three of them, three statements.
    const ids: { id: string }[] = await t.dataSource.query(`SELECT id FROM need LIMIT 3`);
    expect(ids).toHaveLength(3);
    const three = await countQueries(t, () => t.graphqlOk(THREE_NEEDS, { a: ids[0].id, b: ids[1].id, c: ids[2].id }, TEST_ADMIN_KEY));
    expect(three.queries).toHaveLength(3);
  });

  it('lists 50 needs with organization, municipality and themes in 1 query: the page with its organizations and the count', async () => {
    const { result, queries } = await countQueries(t, () =>
      t.graphqlOk(NEEDS_QUERY, { first: 50 }, TEST_ADMIN_KEY),
    );
    expect(queries).toHaveLength(1);
    const [page] = queries;
    // The count is a subquery of its own, without joins (which would need DISTINCT).
    const count = /^SELECT \((SELECT COUNT\(\*\)[^()]*(\([^()]*\)[^()]*)*)\)/i.exec(page)?.[1];
    expect(count).toBeDefined();
    expect(count).not.toMatch(/DISTINCT|JOIN/i);
    expect(page).toMatch(/FROM "need" .*JOIN "organization"/);

    // The answer is complete and right: every need with its own organization.
    expect(result.needs.totalCount).toBe(50);
    expect(result.needs.edges).toHaveLength(50);
    const byId = new Map(organizations.map((organization) => [organization.id, organization]));
    for (const { node } of result.needs.edges) {
      const organization = byId.get(needOrganization.get(node.id) ?? '');
      expect(organization).toBeDefined();
      expect(node.organization.id).toBe(organization?.id);
      expect(node.organization.name).toBe(organization?.name);
      expect(node.organization.municipality.name).toBe({ [KRANJ]: 'Kranj', [NAKLO]: 'Naklo', [BLED]: 'Bled' }[organization?.municipality ?? '']);
      expect(PLACES).toContain(node.municipality.code);
      for (const theme of node.themes) {
        expect(theme.parent).toEqual(theme.code.includes('_') ? { code: theme.code.split('_')[0] } : null);
      }
    }
    expect(new Set(result.needs.edges.map(({ node }) => node.organization.id)).size).toBe(5);
    expect(result.needs.edges.some(({ node }) => node.themes.length === 2)).toBe(true);
  });

  it('takes the same number of queries for 5 needs as for 50', async () => {
    const five = await countQueries(t, () => t.graphqlOk(NEEDS_QUERY, { first: 5 }, TEST_ADMIN_KEY));
    const fifty = await countQueries(t, () => t.graphqlOk(NEEDS_QUERY, { first: 50 }, TEST_ADMIN_KEY));
    expect(five.result.needs.edges).toHaveLength(5);
    expect(fifty.result.needs.edges).toHaveLength(50);
    expect(five.queries).toHaveLength(1);
    expect(fifty.queries).toHaveLength(five.queries.length);
  });

  it('adds exactly one query to authenticate an API key (and the key’s first use in a minute one write of lastUsedAt)', async () => {
    const organizationKey = await createApiKey(t, organizations[0].id);
    const first = await countQueries(t, async () => {
      const answer = await t.graphqlOk(NEEDS_QUERY, { first: 50 }, organizationKey);
      // The write goes in the background: wait for it, so that it is counted here and not below.
      await t.app.get(ApiKeyUsage).settled();
      return answer;
    });
    expect(first.queries).toHaveLength(3);
    expect(first.queries.filter((query) => /^UPDATE api_key SET last_used_at/.test(query))).toHaveLength(1);

    const { result, queries } = await countQueries(t, () =>
      t.graphqlOk(NEEDS_QUERY, { first: 50 }, organizationKey),
    );
    expect(result.needs.edges).toHaveLength(50);
    expect(queries).toHaveLength(2);
    expect(queries[0]).toMatch(/FROM "api_key"/);
  });

  it('lists offers with their organizations in 1 query as well', async () => {
    const { result, queries } = await countQueries(t, () => t.graphqlOk(OFFERS, {}, TEST_ADMIN_KEY));
    expect(result.offers.edges).toHaveLength(10);
    expect(new Set(result.offers.edges.map(({ node }) => node.organization.id)).size).toBe(5);
    expect(queries).toHaveLength(1);
  });

  it('does not count a list whose totalCount nobody asked for', async () => {
    const { result, queries } = await countQueries(t, () => t.graphqlOk(NEEDS_WITHOUT_COUNT, {}, TEST_ADMIN_KEY));
    expect(result.needs.edges).toHaveLength(20);
    expect(result.needs.pageInfo.hasNextPage).toBe(true);
    expect(queries).toHaveLength(1);
    expect(queries[0]).not.toMatch(/COUNT/i);
  });

  it("shows a need with its suggestions' offers and their organizations in 2 queries: need, matches with their offers", async () => {
    // No worker here: the need's matches are written as the matching engine stores them.
    const [{ id }] = await t.dataSource.query(`SELECT id FROM need ORDER BY created_at LIMIT 1`);
    await t.dataSource.query(
      `INSERT INTO match (need_id, offer_id, score, components, scored_at) SELECT $1, id, 0.5 + random() / 4, '[]', now() FROM offer`,
      [id],
    );
    const { result, queries } = await countQueries(t, () => t.graphqlOk(NEED_WITH_SUGGESTIONS, { id }, TEST_ADMIN_KEY));
    expect(result.need?.organization.name).toBe(organizations.find((organization) => organization.id === needOrganization.get(id))?.name);
    expect(result.need?.suggestions).toHaveLength(10);
    const byId = new Map(organizations.map((organization) => [organization.id, organization.name]));
    const offerOwners: { id: string; organization_id: string }[] = await t.dataSource.query(`SELECT id, organization_id FROM offer`);
    for (const suggestion of result.need?.suggestions ?? []) {
      const owner = offerOwners.find((offer) => offer.id === suggestion.offer.id)?.organization_id ?? '';
      expect(suggestion.offer.organization.name).toBe(byId.get(owner));
    }
    expect(queries).toHaveLength(2);
    expect(queries[0]).toMatch(/FROM "need" .*JOIN "organization"/);
    expect(queries[1]).toMatch(/FROM "match" "match"\s+LEFT JOIN "offer" .*JOIN "organization"/s);
  });

  it('lists partnerships with who ended them in as many queries for 3 as for 30, endedByOrganization adding none, counted only when totalCount is asked for', async () => {
    // 30 partnerships of the first 30 needs, each with the next organization: ACTIVE, or ended by
    // the need's organization, the partner or the hub, in turn.
    const needs = [...needOrganization].slice(0, 30);
    for (const [index, [needId, organizationId]] of needs.entries()) {
      const partnerId = organizations[(organizations.findIndex(({ id }) => id === organizationId) + 1) % organizations.length].id;
      const endedBy = [null, organizationId, partnerId, 'hub'][index % 4];
      await t.dataSource.query(
        `INSERT INTO partnership (need_id, need_organization_id, partner_organization_id, status, ended_at, ended_by_organization_id, ended_by_hub)
         VALUES ($1, $2, $3, $4::partnership_status, CASE WHEN $4::partnership_status <> 'ACTIVE' THEN now() END, $5, $6)`,
        [needId, organizationId, partnerId, endedBy ? 'CANCELLED' : 'ACTIVE', endedBy === 'hub' ? null : endedBy, endedBy === 'hub'],
      );
    }
    const three = await countQueries(t, () => t.graphqlOk(PARTNERSHIPS, { first: 3 }, TEST_ADMIN_KEY));
    const thirty = await countQueries(t, () => t.graphqlOk(PARTNERSHIPS, { first: 30 }, TEST_ADMIN_KEY));
    const withoutEnder = await countQueries(t, () => t.graphqlOk(PARTNERSHIPS_WITHOUT_ENDER, { first: 30 }, TEST_ADMIN_KEY));
    expect(three.result.partnerships.edges).toHaveLength(3);
    const nodes = thirty.result.partnerships.edges.map(({ node }) => node);
    expect(nodes).toHaveLength(30);
    expect(new Set(nodes.map((node) => node.endedBy))).toEqual(new Set([null, 'NEED_ORGANIZATION', 'PARTNER_ORGANIZATION', 'HUB']));
    for (const node of nodes) {
      const ender = node.endedBy === 'NEED_ORGANIZATION' ? node.needOrganization.name : node.endedBy === 'PARTNER_ORGANIZATION' ? node.partnerOrganization.name : null;
      expect(node.endedByOrganization?.name ?? null).toBe(ender);
    }
    expect(thirty.queries).toHaveLength(three.queries.length);
    expect(thirty.queries).toHaveLength(withoutEnder.queries.length);
    // No totalCount asked for, so none counted, as the other lists; asked for, one COUNT more.
    for (const { queries } of [three, thirty, withoutEnder]) expect(queries.filter((query) => /COUNT\(/i.test(query))).toEqual([]);
    const counted = await countQueries(t, () => t.graphqlOk(PARTNERSHIPS_COUNTED, { first: 3 }, TEST_ADMIN_KEY));
    expect(counted.result.partnerships.totalCount).toBe(30);
    expect(counted.queries.filter((query) => /COUNT\(/i.test(query))).toHaveLength(1);
    expect(counted.queries).toHaveLength(withoutEnder.queries.length + 1);
  });

  it('lists organizations with municipality and themes in 2 queries: count and page', async () => {
    const { result, queries } = await countQueries(t, () => t.graphqlOk(ORGANIZATIONS, {}, TEST_ADMIN_KEY));
    expect(result.organizations.edges).toHaveLength(5);
    expect(queries).toHaveLength(2);
  });

  it('counts the members of a page of organizations in one batched query', async () => {
    // Members in two of the five organizations, so that the counts differ.
    for (const [index, organization] of [organizations[0], organizations[1], organizations[1]].entries()) {
      const invited = await t.graphqlOk(
        INVITE_MEMBER,
        { input: { organizationId: organization.id, email: `n-plus-one-${index}@example.org`, role: 'MEMBER' } },
        TEST_ADMIN_KEY,
      );
      await t.graphqlOk(SIGN_UP, { input: { invitationToken: invitationToken(invited.inviteMember), name: `Oseba ${index}`, password: 'a long enough password' } });
    }
    const { result, queries } = await countQueries(t, () => t.graphqlOk(ORGANIZATIONS_WITH_MEMBER_COUNT, {}, TEST_ADMIN_KEY));
    const counts = new Map(result.organizations.edges.map((edge) => [edge.node.id, edge.node.memberCount]));
    expect(organizations.map((organization) => counts.get(organization.id))).toEqual([1, 2, 0, 0, 0]);
    expect(queries).toHaveLength(2);
    expect(queries[1]).toMatch(/FROM membership/);
  });
});
