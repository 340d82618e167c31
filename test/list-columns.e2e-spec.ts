import type { Logger } from 'typeorm';
import { MatchingService } from '../src/matching/matching.service';
import { graphql } from './graphql';
import type {
  ListOrganizationMoreQuery,
  ListOrganizationSummaryQuery,
  PostingOrganizationsQuery,
  SuggestedOfferDescriptionsQuery,
  SuggestedOrganizationsQuery,
} from './graphql/graphql';
import { createMemberOrganization, createNeed, createOffer, KRANJ, needInput, offerInput } from './utils/fixtures';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

/**
 * A needs or offers list reads its organizations' summary (id, name, sector, municipality,
 * verified) unless the request asks for more of them, in any fragment or alias, and its
 * nodes' descriptions only when asked for; what it answers is the same either way.
 */
let t: TestApp;
let organization: Awaited<ReturnType<typeof createMemberOrganization>>;
let suggestedNeedId: string;
let needId: string;
let offerId: string;
beforeAll(async () => {
  t = await startTestApp();
  organization = await createMemberOrganization(t, {
    sector: 'NGO',
    description: 'Društvo prostovoljcev, ki vozijo starejše k zdravniku.',
    website: 'https://prevozi.example.org',
    themeCodes: ['SOCIAL_ELDERLY'],
  });
  needId = (await createNeed(t, organization.token, needInput(organization.id, { municipalityCode: KRANJ }))).id;
  offerId = (await createOffer(t, organization.token, offerInput(organization.id, { municipalityCode: KRANJ }))).id;
  // A municipality's need that the organization's offer fits: its suggestions name the organization.
  const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY' });
  suggestedNeedId = (await createNeed(t, municipality.token, needInput(municipality.id, { municipalityCode: KRANJ }))).id;
  await t.app.get(MatchingService).scoreNeed(suggestedNeedId);
});
afterAll(() => t.close());

const SUMMARY = graphql(`
  query ListOrganizationSummary($id: ID!) {
    needs(first: 5, filter: { organizationId: $id }) {
      edges { node { id who: organization { ...Who } } }
    }
    offers(first: 5, filter: { organizationId: $id }) {
      edges { node { id organization { __typename id name sector verified municipality { code } } } }
    }
  }
  fragment Who on Organization { id name sector verified municipality { code } }
`);

const MORE = graphql(`
  query ListOrganizationMore($id: ID!) {
    needs(first: 5, filter: { organizationId: $id }) {
      edges { node { id organization { ...Who } ... on Need { description organization { description themes { code } } } } }
    }
    offers(first: 5, filter: { organizationId: $id }) {
      edges { node { id organization { name website createdAt } } }
    }
  }
  fragment Who on Organization { id name sector verified municipality { code } }
`);

const SUGGESTED = graphql(`
  query SuggestedOrganizations($id: ID!) {
    summary: need(id: $id) { suggestions(first: 5) { offer { organization { id name } } } }
    more: need(id: $id) { suggestions(first: 5) { offer { organization { ... on Organization { description } } } } }
  }
`);

const SUGGESTED_DESCRIPTIONS = graphql(`
  query SuggestedOfferDescriptions($id: ID!) {
    without: need(id: $id) { suggestions(first: 5) { offer { id title } } }
    with: need(id: $id) { suggestions(first: 5) { offer { id ... on Offer { description } } } }
  }
`);

const POSTINGS = graphql(`
  query PostingOrganizations($needId: ID!, $offerId: ID!) {
    need(id: $needId) { id organization { id name sector verified municipality { code } } }
    offer(id: $offerId) { id organization { ...Poster } }
    whole: need(id: $needId) { id organization { name description website } }
  }
  fragment Poster on Organization { id name verified }
`);

/** How many SQL statements `work` sends that read `column` (an organization's description), of those that contain `among`. */
async function readingDescriptions(work: () => Promise<unknown>, among = '', column = '"organization"."description"'): Promise<number> {
  const logger: Logger = t.dataSource.logger;
  const original = logger.logQuery;
  let count = 0;
  logger.logQuery = function (this: Logger, query, parameters, queryRunner) {
    if (query.includes(column) && query.includes(among)) count++;
    return original.call(this, query, parameters, queryRunner);
  };
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  return count;
}

describe("a list's organizations", () => {
  it('are read as their summary when the request asks for nothing else of them', async () => {
    let data: ListOrganizationSummaryQuery | undefined;
    expect(await readingDescriptions(async () => (data = await t.graphqlOk(SUMMARY, { id: organization.id }, TEST_ADMIN_KEY)))).toBe(0);
    // Nor the needs' own descriptions, which it does not ask for either.
    expect(await readingDescriptions(() => t.graphqlOk(SUMMARY, { id: organization.id }, TEST_ADMIN_KEY), '', '"need"."description"')).toBe(0);
    const expected = { id: organization.id, name: organization.name, sector: 'NGO', verified: false, municipality: { code: KRANJ } };
    expect(data!.needs.edges.map((edge) => edge.node.who)).toEqual([expected]);
    expect(data!.offers.edges.map((edge) => edge.node.organization)).toEqual([{ __typename: 'Organization', ...expected }]);
  });

  it('are read whole when the request asks for more, in a fragment or directly; a description when asked for', async () => {
    let data: ListOrganizationMoreQuery | undefined;
    expect(await readingDescriptions(async () => (data = await t.graphqlOk(MORE, { id: organization.id }, TEST_ADMIN_KEY)))).toBe(2);
    expect(data!.needs.edges[0].node.description).toEqual(expect.any(String));
    expect(data!.needs.edges[0].node.description!.length).toBeGreaterThan(0);
    const [need] = data!.needs.edges.map((edge) => edge.node.organization);
    expect(need).toMatchObject({
      id: organization.id,
      name: organization.name,
      description: 'Društvo prostovoljcev, ki vozijo starejše k zdravniku.',
      themes: [{ code: 'SOCIAL_ELDERLY' }],
    });
    const [offer] = data!.offers.edges.map((edge) => edge.node.organization);
    expect(offer.website).toBe('https://prevozi.example.org');
    expect(new Date(offer.createdAt as string).getTime()).not.toBeNaN();
  });

  it("of a need's suggestions are read as their summary, or whole, as the request asks", async () => {
    let data: SuggestedOrganizationsQuery | undefined;
    // One statement per suggestions field: the summary one does not read descriptions.
    const reading = await readingDescriptions(async () => (data = await t.graphqlOk(SUGGESTED, { id: suggestedNeedId }, TEST_ADMIN_KEY)), 'FROM "match"');
    expect(reading).toBe(1);
    expect(data!.summary!.suggestions).toContainEqual({ offer: { organization: { id: organization.id, name: organization.name } } });
    expect(data!.more!.suggestions).toContainEqual({ offer: { organization: { description: 'Društvo prostovoljcev, ki vozijo starejše k zdravniku.' } } });
  });

  it("of a need's suggestions are read with their descriptions only when asked for", async () => {
    let data: SuggestedOfferDescriptionsQuery | undefined;
    // One statement per suggestions field: only the one that asks reads the offers' descriptions.
    const reading = await readingDescriptions(
      async () => (data = await t.graphqlOk(SUGGESTED_DESCRIPTIONS, { id: suggestedNeedId }, TEST_ADMIN_KEY)),
      'FROM "match"',
      '"offer"."description"',
    );
    expect(reading).toBe(1);
    expect(data!.without!.suggestions!.length).toBeGreaterThan(0);
    expect(data!.without!.suggestions).toContainEqual({ offer: { id: expect.any(String), title: expect.any(String) } });
    expect(data!.with!.suggestions!.map((suggestion) => suggestion.offer.id)).toEqual(data!.without!.suggestions!.map((suggestion) => suggestion.offer.id));
    for (const suggestion of data!.with!.suggestions!) expect(suggestion.offer.description).toEqual(expect.stringMatching(/\S/));
  });
});

describe("a need's or an offer's own organization, read by its id", () => {
  it('is read as its summary when the request asks for nothing else of it, and whole when it does', async () => {
    let data: PostingOrganizationsQuery | undefined;
    // One statement per root field: only the one that asks for the description reads it.
    const reading = await readingDescriptions(async () => (data = await t.graphqlOk(POSTINGS, { needId, offerId }, TEST_ADMIN_KEY)), 'WHERE "');
    expect(reading).toBe(1);
    expect(data!.need).toEqual({ id: needId, organization: { id: organization.id, name: organization.name, sector: 'NGO', verified: false, municipality: { code: KRANJ } } });
    expect(data!.offer).toEqual({ id: offerId, organization: { id: organization.id, name: organization.name, verified: false } });
    expect(data!.whole!.organization).toEqual({
      name: organization.name,
      description: 'Društvo prostovoljcev, ki vozijo starejše k zdravniku.',
      website: 'https://prevozi.example.org',
    });
  });
});
