import { Clock } from '../src/common/clock/clock';
import { graphql } from './graphql';
import type { NeedCountsPageQuery, NeedFilter } from './graphql/graphql';
import { expectError } from './utils/expect-errors';
import { createMemberOrganization, createNeed, needInput } from './utils/fixtures';
import { startTestApp, TestApp } from './utils/test-app';

// needCountsByMunicipality: where a filter's needs are, counted over all its pages (the web app's
// map of open calls). The map counted the first page of calls it read instead: past 80 calls a
// municipality whose calls were older than the newest 80 had no dot, and the others too few.

const COUNTS = graphql(`
  query NeedCounts($filter: NeedFilter) { needCountsByMunicipality(filter: $filter) { count municipality { code name } } }
`);
const PAGE = graphql(`
  query NeedCountsPage($filter: NeedFilter, $after: String) {
    needs(filter: $filter, first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { municipality { code } } } }
  }
`);

const KRANJ = '052';
const BLED = '003';
const JESENICE = '041';

describe('needCountsByMunicipality', () => {
  let t: TestApp;
  let municipality: Awaited<ReturnType<typeof createMemberOrganization>>;
  let other: Awaited<ReturnType<typeof createMemberOrganization>>;
  let ngo: Awaited<ReturnType<typeof createMemberOrganization>>;

  beforeAll(async () => {
    t = await startTestApp();
    municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY' });
    other = await createMemberOrganization(t, { sector: 'MUNICIPALITY', municipalityCode: BLED });
    ngo = await createMemberOrganization(t);
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date('2026-12-01T10:00:00Z'));
    const post = (organization: typeof municipality, municipalityCode: string, overrides: Parameters<typeof needInput>[1] = {}) =>
      createNeed(t, organization.token, needInput(organization.id, { kind: 'CALL_FOR_PARTNERS', municipalityCode, startsOn: null, endsOn: null, ...overrides }));
    // Kranj's three calls are the oldest: a first page of the newest ones would miss them.
    for (let i = 0; i < 3; i++) await post(municipality, KRANJ);
    await post(municipality, JESENICE, { title: 'Čiščenje gozdnih poti', respondBy: '2026-12-10' });
    for (let i = 0; i < 4; i++) await post(other, BLED);
    // Past its respondBy day: still OPEN, but no longer a call to answer.
    await post(other, JESENICE, { respondBy: '2026-12-05' });
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date('2026-12-07T10:00:00Z'));
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await t?.close();
  });

  const counts = async (filter: NeedFilter | null, token = ngo.token) =>
    (await t.graphqlOk(COUNTS, { filter }, token)).needCountsByMunicipality.map(({ count, municipality: { code } }) => [code, count]);

  /** The same counts as the pages of needs hold, read to the end, in the same order. */
  const fromPages = async (filter: NeedFilter | null) => {
    const byCode = new Map<string, number>();
    let after: string | null = null;
    do {
      const { needs }: NeedCountsPageQuery = await t.graphqlOk(PAGE, { filter, after }, ngo.token);
      for (const { node } of needs.edges) byCode.set(node.municipality.code, (byCode.get(node.municipality.code) ?? 0) + 1);
      after = needs.pageInfo.hasNextPage ? needs.pageInfo.endCursor : null;
    } while (after);
    return [...byCode.entries()].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b));
  };

  it('counts every page of a filter, most first, and names each municipality', async () => {
    const filter: NeedFilter = { statuses: ['OPEN'], organizationId: null, municipalityCodes: [KRANJ, BLED, JESENICE] };
    expect(await counts(filter)).toEqual([[BLED, 4], [KRANJ, 3], [JESENICE, 2]]);
    expect(await counts(filter)).toEqual(await fromPages(filter));
    const [first] = (await t.graphqlOk(COUNTS, { filter }, ngo.token)).needCountsByMunicipality;
    expect(first.municipality).toEqual({ code: BLED, name: 'Bled' });
  });

  it("takes the calls' filter of /calls: open for responses, not the reader's own, by text", async () => {
    const calls: NeedFilter = { statuses: ['OPEN'], openForResponses: true, municipalityCodes: [KRANJ, BLED, JESENICE] };
    // The call past its respondBy day is left out, as the list leaves it out.
    expect(await counts(calls)).toEqual([[BLED, 4], [KRANJ, 3], [JESENICE, 1]]);
    expect(await counts({ ...calls, excludeOrganizationId: other.id })).toEqual([[KRANJ, 3], [JESENICE, 1]]);
    expect(await counts({ ...calls, text: 'gozdnih poti' })).toEqual([[JESENICE, 1]]);
    expect(await counts({ ...calls, text: 'gozdnih poti' })).toEqual(await fromPages({ ...calls, text: 'gozdnih poti' }));
    expect(await counts({ ...calls, text: 'nič takega ni nikjer' })).toEqual([]);
  });

  it('refuses hasPendingResponses to anyone but the needs\' organization and the hub, as needs does', async () => {
    expectError(await t.graphql(COUNTS, { filter: { organizationId: municipality.id, hasPendingResponses: false } }, ngo.token), 'FORBIDDEN');
    expect(await counts({ organizationId: municipality.id, hasPendingResponses: false }, municipality.token)).toEqual([[KRANJ, 3], [JESENICE, 1]]);
  });

  it('is read only with a token, as needs is', async () => {
    expectError(await t.graphql(COUNTS, { filter: null }, undefined), 'UNAUTHENTICATED');
  });
});
