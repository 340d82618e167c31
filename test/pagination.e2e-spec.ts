import {
  BLED,
  countRows,
  createMemberOrganization,
  createNeed,
  createOffer,
  createOrganization,
  KRANJ,
  NAKLO,
  needInput,
  offerInput,
} from './utils/fixtures';
import { graphql } from './graphql';
import type { CreateNeedInput, CreateOfferInput, NeedFilter, NeedsPageQuery, OfferFilter, OrganizationFilter } from './graphql/graphql';
import { expectError } from './utils/expect-errors';
import { GraphqlResponse, startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

// Relay connections (needs, offers, organizations: newest first, keyset cursors, totalCount
// over all pages) and their filter inputs.

type ListName = 'needs' | 'offers' | 'organizations';

const TABLE: Record<ListName, string> = { needs: 'need', offers: 'offer', organizations: 'organization' };

// The three lists, the same page fields. Without a filter, $filter is left out of the
// variables: the list is asked for without a filter argument at all.
const NEEDS_PAGE = graphql(`
  query NeedsPage($first: Int, $after: String, $filter: NeedFilter) {
    needs(first: $first, after: $after, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id createdAt } }
    }
  }
`);
const OFFERS_PAGE = graphql(`
  query OffersPage($first: Int, $after: String, $filter: OfferFilter) {
    offers(first: $first, after: $after, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id createdAt } }
    }
  }
`);
const ORGANIZATIONS_PAGE = graphql(`
  query OrganizationsPage($first: Int, $after: String, $filter: OrganizationFilter) {
    organizations(first: $first, after: $after, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id createdAt } }
    }
  }
`);
const NEED_COUNT = graphql(`
  query PaginationNeedCount($first: Int, $after: String) { needs(first: $first, after: $after) { totalCount } }
`);
const NEEDS_FIRST_101 = graphql(`
  query PaginationNeedsFirst101 { needs(first: 101) { totalCount } }
`);
const OFFERS_FIRST_0 = graphql(`
  query PaginationOffersFirst0 { offers(first: 0) { totalCount } }
`);
const OFFERS_FIRST_101 = graphql(`
  query PaginationOffersFirst101 { offers(first: 101) { totalCount } }
`);
const ORGANIZATIONS_FIRST_0 = graphql(`
  query PaginationOrganizationsFirst0 { organizations(first: 0) { totalCount } }
`);
const ORGANIZATIONS_FIRST_101 = graphql(`
  query PaginationOrganizationsFirst101 { organizations(first: 101) { totalCount } }
`);
const CLOSE_NEED = graphql(`
  mutation PaginationCloseNeed($id: ID!) { closeNeed(id: $id) { status } }
`);
const CLOSE_OFFER = graphql(`
  mutation PaginationCloseOffer($id: ID!) { closeOffer(id: $id) { status } }
`);
const VERIFY_ORGANIZATION = graphql(`
  mutation PaginationVerifyOrganization($id: ID!, $verified: Boolean) { verifyOrganization(id: $id, verified: $verified) { id verified } }
`);

type Page = NeedsPageQuery['needs'];
interface Filters {
  needs: NeedFilter;
  offers: OfferFilter;
  organizations: OrganizationFilter;
}
type PageArgs<L extends ListName> = { first?: number; after?: string | null; filter?: Filters[L] };

const FETCH_PAGE: { [L in ListName]: (t: TestApp, variables: PageArgs<L>) => Promise<Page> } = {
  needs: async (t, variables) => (await t.graphqlOk(NEEDS_PAGE, variables, TEST_ADMIN_KEY)).needs,
  offers: async (t, variables) => (await t.graphqlOk(OFFERS_PAGE, variables, TEST_ADMIN_KEY)).offers,
  organizations: async (t, variables) => (await t.graphqlOk(ORGANIZATIONS_PAGE, variables, TEST_ADMIN_KEY)).organizations,
};

async function page<L extends ListName>(t: TestApp, list: L, args: PageArgs<L>): Promise<Page> {
  const { filter, ...rest } = args;
  const fetchPage: (t: TestApp, variables: PageArgs<L>) => Promise<Page> = FETCH_PAGE[list];
  return fetchPage(t, filter !== undefined ? { ...rest, filter } : rest);
}

/** Follows endCursor until hasNextPage is false; returns every page. */
async function walk<L extends ListName>(t: TestApp, list: L, first: number, filter?: Filters[L]): Promise<Page[]> {
  const pages: Page[] = [];
  let after: string | null = null;
  for (;;) {
    const current: Page = await page(t, list, { first, after, filter });
    pages.push(current);
    if (!current.pageInfo.hasNextPage) return pages;
    if (pages.length > 100) throw new Error('pagination does not end');
    after = current.pageInfo.endCursor;
  }
}

/** Ids of one filtered list, all pages, in order. */
async function idsOf<L extends ListName>(t: TestApp, list: L, filter: Filters[L]): Promise<string[]> {
  return (await walk(t, list, 100, filter)).flatMap((current) => current.edges.map((edge) => edge.node.id));
}

/** Newest first: created_at descending, then id descending, as read straight from the table. */
async function newestFirst(t: TestApp, list: ListName, ids: string[]): Promise<string[]> {
  const rows: { id: string }[] = await t.dataSource.query(
    `SELECT id FROM "${TABLE[list]}" WHERE id = ANY($1::uuid[]) ORDER BY created_at DESC, id DESC`,
    [ids],
  );
  return rows.map((row) => row.id);
}

/** The checks every walk over `expectedIds` (in newest-first order) must pass. */
function expectWalk(pages: Page[], expectedIds: string[], first: number, totalCount = expectedIds.length) {
  const expectedPages = Math.max(1, Math.ceil(expectedIds.length / first));
  expect(pages).toHaveLength(expectedPages);
  pages.forEach((current, index) => {
    const isLast = index === pages.length - 1;
    expect(current.totalCount).toBe(totalCount);
    expect(current.edges).toHaveLength(isLast ? expectedIds.length - first * (expectedPages - 1) : first);
    expect(current.pageInfo).toEqual({
      hasNextPage: !isLast,
      hasPreviousPage: index > 0,
      startCursor: current.edges[0]?.cursor ?? null,
      endCursor: current.edges.at(-1)?.cursor ?? null,
    });
  });
  const ids = pages.flatMap((current) => current.edges.map((edge) => edge.node.id));
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toEqual(expectedIds);
  // createdAt never increases along the list.
  const times = pages.flatMap((current) => current.edges.map((edge) => Date.parse(edge.node.createdAt)));
  for (let index = 1; index < times.length; index++) expect(times[index]).toBeLessThanOrEqual(times[index - 1]);
}

/** One BAD_USER_INPUT error that names the failing field (the whole name, or a pattern for a path). */
async function expectBadInput(request: Promise<GraphqlResponse<unknown>>, field: string | RegExp) {
  const response = await request;
  expect(response.data ?? null).toBeNull();
  const error = expectError(response, 'BAD_USER_INPUT');
  const fields = error.extensions.fields?.map((failure) => failure.field) ?? [];
  if (typeof field === 'string') expect(fields).toContain(field);
  else expect(fields).toContainEqual(expect.stringMatching(field));
}

describe('pagination and filters', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('needs', () => {
    let organization: { id: string; token: string };
    let created: string[];

    beforeAll(async () => {
      organization = await createMemberOrganization(t);
      created = [];
      for (let index = 0; index < 25; index++) {
        created.push((await createNeed(t, organization.token, needInput(organization.id, { title: `Paged need ${index}` }))).id);
      }
    });

    it("pages through an organization's 25 needs 10 at a time, newest first, each once", async () => {
      const expected = await newestFirst(t, 'needs', created);
      // Created one after the other: newest first is the reverse order of creation.
      expect(expected).toEqual([...created].reverse());
      const pages = await walk(t, 'needs', 10, { organizationId: organization.id });
      expectWalk(pages, expected, 10, 25);
    });

    it('pages through all needs without a filter, totalCount the whole table on every page', async () => {
      const total = await countRows(t, 'need');
      expect(total).toBeGreaterThanOrEqual(25);
      const pages = await walk(t, 'needs', 10);
      const allIds: { id: string }[] = await t.dataSource.query(`SELECT id FROM need ORDER BY created_at DESC, id DESC`);
      expectWalk(pages, allIds.map((row) => row.id), 10, total);
      const seen = new Set(pages.flatMap((current) => current.edges.map((edge) => edge.node.id)));
      for (const id of created) expect(seen.has(id)).toBe(true);
    });

    it('gives 20 needs without first, and all 25 with first: 100', async () => {
      const defaultPage = await page(t, 'needs', {});
      expect(defaultPage.edges).toHaveLength(20);
      const filtered = await page(t, 'needs', { first: 100, filter: { organizationId: organization.id } });
      expect(filtered.edges).toHaveLength(25);
      expect(filtered.pageInfo.hasNextPage).toBe(false);
    });

    it('answers an empty page after the last item', async () => {
      const all = await page(t, 'needs', { first: 100, filter: { organizationId: organization.id } });
      const after = await page(t, 'needs', { first: 10, after: all.pageInfo.endCursor, filter: { organizationId: organization.id } });
      expect(after).toEqual({
        totalCount: 25,
        pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
        edges: [],
      });
    });

    it('keeps its place when a newer need arrives between pages', async () => {
      const other = await createMemberOrganization(t);
      const ids: string[] = [];
      for (let index = 0; index < 4; index++) ids.push((await createNeed(t, other.token, needInput(other.id))).id);
      const first = await page(t, 'needs', { first: 2, filter: { organizationId: other.id } });
      await createNeed(t, other.token, needInput(other.id));
      const second = await page(t, 'needs', { first: 2, after: first.pageInfo.endCursor, filter: { organizationId: other.id } });
      expect([...first.edges, ...second.edges].map((edge) => edge.node.id)).toEqual([...ids].reverse());
      expect(second.totalCount).toBe(5);
    });

    it('refuses first: 0, first: -1 and first: 101 with BAD_USER_INPUT, accepts 1 and 100', async () => {
      await expectBadInput(t.graphql(NEED_COUNT, { first: 0 }, TEST_ADMIN_KEY), 'first');
      await expectBadInput(t.graphql(NEED_COUNT, { first: -1 }, TEST_ADMIN_KEY), 'first');
      await expectBadInput(t.graphql(NEED_COUNT, { first: 101 }, TEST_ADMIN_KEY), 'first');
      await expectBadInput(t.graphql(NEEDS_FIRST_101, {}, TEST_ADMIN_KEY), 'first');
      for (const first of [1, 100]) {
        const response = await t.graphql(NEED_COUNT, { first }, TEST_ADMIN_KEY);
        expect(response.errors).toBeUndefined();
      }
    });

    it('refuses a cursor it did not make with BAD_USER_INPUT', async () => {
      const withCursor = (after: string) => t.graphql(NEED_COUNT, { first: 5, after }, TEST_ADMIN_KEY);
      await expectBadInput(withCursor('not-a-cursor'), 'after');
      await expectBadInput(withCursor(Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url')), 'after');
      await expectBadInput(withCursor(Buffer.from('[1,2]').toString('base64url')), 'after');
    });
  });

  describe('need filters', () => {
    let organization: { id: string; token: string };
    const need: Record<string, string> = {};

    beforeAll(async () => {
      organization = await createMemberOrganization(t);
      const post = async (key: string, overrides: Partial<CreateNeedInput>) => {
        need[key] = (await createNeed(t, organization.token, needInput(organization.id, overrides))).id;
      };
      await post('elderlyKranj', {
        title: 'Prevozi starejših do zdravnika',
        description: 'Iščemo prostovoljce, ki bi starejše občane vozili k zdravniku.',
        themeCodes: ['SOCIAL_ELDERLY'],
        resourceTypes: ['VOLUNTEERS'],
        municipalityCode: KRANJ,
      });
      await post('socialNaklo', {
        title: 'Socialna pomoč družinam',
        description: 'Potrebujemo sredstva za pakete hrane.',
        themeCodes: ['SOCIAL'],
        resourceTypes: ['FUNDING', 'VOLUNTEERS'],
        municipalityCode: NAKLO,
        kind: 'PUBLIC_SERVICE',
      });
      await post('healthBled', {
        title: 'Preventivni pregledi',
        description: 'Iščemo zdravnike za brezplačne preventivne preglede.',
        themeCodes: ['HEALTH_PREVENTION'],
        resourceTypes: ['EXPERTISE'],
        municipalityCode: BLED,
        kind: 'CALL_FOR_PARTNERS',
      });
      await post('percent', {
        title: 'Popust 50% za člane',
        description: 'Iščemo partnerja za popust.',
        themeCodes: ['CULTURE'],
        resourceTypes: ['FUNDING'],
        municipalityCode: KRANJ,
      });
      await post('fiveHundred', {
        title: 'Popust 500 za člane',
        description: 'Iščemo partnerja za popust.',
        themeCodes: ['CULTURE'],
        resourceTypes: ['FUNDING'],
        municipalityCode: KRANJ,
      });
      await post('underscore', {
        title: 'Projekt koda_A1',
        description: 'Opis projekta.',
        themeCodes: ['EDUCATION_DIGITAL'],
        resourceTypes: ['EXPERTISE'],
        municipalityCode: KRANJ,
      });
      await post('noUnderscore', {
        title: 'Projekt kodaXA1',
        description: 'Opis projekta.',
        themeCodes: ['EDUCATION_DIGITAL'],
        resourceTypes: ['EXPERTISE'],
        municipalityCode: KRANJ,
      });
      await post('closed', {
        title: 'Zaprta potreba',
        description: 'Ta potreba je umaknjena.',
        themeCodes: ['SPORT'],
        resourceTypes: ['EQUIPMENT'],
        municipalityCode: KRANJ,
      });
      await t.graphqlOk(CLOSE_NEED, { id: need.closed }, organization.token);
    });

    /** Needs of this block's organization that match the filter, as keys of `need`, newest first. */
    async function matching(filter: NeedFilter): Promise<string[]> {
      const ids = await idsOf(t, 'needs', { organizationId: organization.id, ...filter });
      const keyOf = new Map(Object.entries(need).map(([key, id]) => [id, key]));
      return ids.map((id) => keyOf.get(id) ?? `unexpected ${id}`);
    }

    const sorted = (keys: string[]) => [...keys].sort();

    it('filters by municipalityCodes', async () => {
      expect(sorted(await matching({ municipalityCodes: [NAKLO, BLED] }))).toEqual(['healthBled', 'socialNaklo']);
      expect(await matching({ municipalityCodes: [NAKLO] })).toEqual(['socialNaklo']);
    });

    it('filters by themeCodes: a top-level theme also matches its sub-themes, not the reverse', async () => {
      expect(sorted(await matching({ themeCodes: ['SOCIAL'] }))).toEqual(['elderlyKranj', 'socialNaklo']);
      expect(await matching({ themeCodes: ['SOCIAL_ELDERLY'] })).toEqual(['elderlyKranj']);
      expect(await matching({ themeCodes: ['HEALTH'] })).toEqual(['healthBled']);
      expect(sorted(await matching({ themeCodes: ['SOCIAL_ELDERLY', 'HEALTH_PREVENTION'] }))).toEqual(['elderlyKranj', 'healthBled']);
    });

    it('filters by resourceTypes (any of them)', async () => {
      expect(sorted(await matching({ resourceTypes: ['FUNDING'] }))).toEqual(['fiveHundred', 'percent', 'socialNaklo']);
      expect(sorted(await matching({ resourceTypes: ['VOLUNTEERS', 'EQUIPMENT'] }))).toEqual(['closed', 'elderlyKranj', 'socialNaklo']);
    });

    it('filters by statuses', async () => {
      expect(await matching({ statuses: ['CLOSED'] })).toEqual(['closed']);
      const open = await matching({ statuses: ['OPEN'] });
      expect(open).toHaveLength(Object.keys(need).length - 1);
      expect(open).not.toContain('closed');
    });

    it('filters by kinds', async () => {
      expect(await matching({ kinds: ['PUBLIC_SERVICE'] })).toEqual(['socialNaklo']);
      expect(sorted(await matching({ kinds: ['PUBLIC_SERVICE', 'CALL_FOR_PARTNERS'] }))).toEqual(['healthBled', 'socialNaklo']);
      expect(await matching({ kinds: ['LOCAL_CHALLENGE'] })).toHaveLength(Object.keys(need).length - 2);
    });

    it('filters by organizationId', async () => {
      const other = await createMemberOrganization(t);
      const otherNeed = await createNeed(t, other.token, needInput(other.id));
      expect(await idsOf(t, 'needs', { organizationId: other.id })).toEqual([otherNeed.id]);
      expect(sorted(await matching({}))).toEqual(sorted(Object.keys(need)));
    });

    it('filters by text, ignoring case and accents', async () => {
      expect(await matching({ text: 'STAREJSE' })).toEqual(['elderlyKranj']);
      expect(await matching({ text: 'starejše' })).toEqual(['elderlyKranj']);
      expect(await matching({ text: 'POMOC DRUZINAM' })).toEqual(['socialNaklo']);
      // In the title or the description.
      expect(sorted(await matching({ text: 'zdravnik' }))).toEqual(['elderlyKranj', 'healthBled']);
      expect(await matching({ text: 'nothing like this anywhere' })).toEqual([]);
    });

    it('finds each word of the text in any of its forms, in any order', async () => {
      // "Prevozi starejših do zdravnika", "Socialna pomoč družinam"
      expect(await matching({ text: 'prevoz' })).toEqual(['elderlyKranj']);
      expect(await matching({ text: 'zdravnik prevozov' })).toEqual(['elderlyKranj']);
      expect(await matching({ text: 'starejšim za prevoze' })).toEqual(['elderlyKranj']);
      expect(await matching({ text: 'družine' })).toEqual(['socialNaklo']);
      expect(await matching({ text: 'pomoči družini' })).toEqual(['socialNaklo']);
      expect(sorted(await matching({ text: 'zdravniki' }))).toEqual(['elderlyKranj', 'healthBled']);
      // Every word, not any of them; each at the start of a word, not inside another.
      expect(await matching({ text: 'prevoz družinam' })).toEqual([]);
      expect(await matching({ text: 'ventivni' })).toEqual([]);
      expect(await matching({ text: 'preventivnih' })).toEqual(['healthBled']);
      // A tab or a line break pasted into the search box is a space.
      expect(await matching({ text: 'prevoz\tstarejših' })).toEqual(['elderlyKranj']);
    });

    it('takes % and _ in the text literally, not as wildcards', async () => {
      expect(await matching({ text: '50%' })).toEqual(['percent']);
      expect(await matching({ text: 'koda_a1' })).toEqual(['underscore']);
      expect(await matching({ text: '%' })).toEqual(['percent']);
      expect(await matching({ text: '_' })).toEqual(['underscore']);
      expect(await matching({ text: '\\' })).toEqual([]);
    });

    it('combines conditions with AND', async () => {
      expect(await matching({ municipalityCodes: [KRANJ], themeCodes: ['SOCIAL'] })).toEqual(['elderlyKranj']);
      expect(await matching({ resourceTypes: ['FUNDING'], text: 'popust', statuses: ['OPEN'] })).toEqual(['fiveHundred', 'percent']);
      expect(await matching({ municipalityCodes: [BLED], kinds: ['PUBLIC_SERVICE'] })).toEqual([]);
    });

    it('counts only the matching needs in totalCount, on every page', async () => {
      const pages = await walk(t, 'needs', 2, { organizationId: organization.id, resourceTypes: ['FUNDING'] });
      expect(pages.map((current) => current.totalCount)).toEqual([3, 3]);
      expect(pages.map((current) => current.edges.length)).toEqual([2, 1]);
      // The count comes with the page's rows: a page with none still says 0.
      const none = await page(t, 'needs', { first: 2, filter: { organizationId: organization.id, municipalityCodes: [BLED], kinds: ['PUBLIC_SERVICE'] } });
      expect(none).toMatchObject({ totalCount: 0, edges: [] });
    });

    it('refuses unknown municipality and theme codes with BAD_USER_INPUT', async () => {
      const withFilter = (filter: NeedFilter) => t.graphql(NEEDS_PAGE, { filter }, TEST_ADMIN_KEY);
      await expectBadInput(withFilter({ municipalityCodes: ['999'] }), /^(filter\.)?municipalityCodes/);
      await expectBadInput(withFilter({ themeCodes: ['NOT_A_THEME'] }), /^(filter\.)?themeCodes/);
      await expectBadInput(withFilter({ organizationId: 'not-a-uuid' }), /^(filter\.)?organizationId$/);
    });
  });

  describe('offers', () => {
    let company: { id: string; token: string };
    const offer: Record<string, string> = {};

    beforeAll(async () => {
      company = await createMemberOrganization(t, { sector: 'COMPANY' });
      const post = async (key: string, overrides: Partial<CreateOfferInput>) => {
        offer[key] = (await createOffer(t, company.token, offerInput(company.id, overrides))).id;
      };
      await post('local', { title: 'Prostovoljni vozniki', description: 'Zaposleni vozijo starejše občane.', reach: 'LOCAL' });
      await post('regional', { title: 'Svetovanje podjetjem', description: 'Brezplačno pravno svetovanje.', reach: 'REGIONAL' });
      await post('national', { title: 'Donacija opreme', description: 'Podarimo rabljene računalnike ŠOLAM.', reach: 'NATIONAL' });
    });

    async function matching(filter: OfferFilter): Promise<string[]> {
      const ids = await idsOf(t, 'offers', { organizationId: company.id, ...filter });
      const keyOf = new Map(Object.entries(offer).map(([key, id]) => [id, key]));
      return ids.map((id) => keyOf.get(id) ?? `unexpected ${id}`);
    }

    it("pages through an organization's 25 offers 10 at a time, newest first, each once", async () => {
      const other = await createMemberOrganization(t, { sector: 'COMPANY' });
      const created: string[] = [];
      for (let index = 0; index < 25; index++) created.push((await createOffer(t, other.token, offerInput(other.id))).id);
      const expected = await newestFirst(t, 'offers', created);
      expect(expected).toEqual([...created].reverse());
      expectWalk(await walk(t, 'offers', 10, { organizationId: other.id }), expected, 10, 25);
    });

    it('pages through all offers without a filter', async () => {
      const total = await countRows(t, 'offer');
      const allIds: { id: string }[] = await t.dataSource.query(`SELECT id FROM offer ORDER BY created_at DESC, id DESC`);
      expectWalk(await walk(t, 'offers', 4), allIds.map((row) => row.id), 4, total);
    });

    it('refuses first: 0 and first: 101', async () => {
      await expectBadInput(t.graphql(OFFERS_FIRST_0, {}, TEST_ADMIN_KEY), 'first');
      await expectBadInput(t.graphql(OFFERS_FIRST_101, {}, TEST_ADMIN_KEY), 'first');
    });

    it('filters by reaches', async () => {
      expect(await matching({ reaches: ['NATIONAL'] })).toEqual(['national']);
      expect(await matching({ reaches: ['LOCAL', 'REGIONAL'] })).toEqual(['regional', 'local']);
    });

    it('filters by text, ignoring case and accents', async () => {
      expect(await matching({ text: 'SOLAM' })).toEqual(['national']);
      expect(await matching({ text: 'pravno svetovanje' })).toEqual(['regional']);
      expect(await matching({ text: 'starejse obcane' })).toEqual(['local']);
      expect(await matching({ text: '%' })).toEqual([]);
    });

    it('filters by statuses', async () => {
      await t.graphqlOk(CLOSE_OFFER, { id: offer.regional }, company.token);
      expect(await matching({ statuses: ['CLOSED'] })).toEqual(['regional']);
      expect(await matching({ statuses: ['OPEN'] })).toEqual(['national', 'local']);
    });
  });

  describe('organizations', () => {
    it('pages through 25 organizations 10 at a time, newest first, each once', async () => {
      const created: string[] = [];
      for (let index = 0; index < 25; index++) created.push((await createOrganization(t, { name: `Stran ${index} paginacija` })).id);
      const expected = await newestFirst(t, 'organizations', created);
      expect(expected).toEqual([...created].reverse());
      expectWalk(await walk(t, 'organizations', 10, { text: 'paginacija' }), expected, 10, 25);

      const total = await countRows(t, 'organization');
      const allIds: { id: string }[] = await t.dataSource.query(`SELECT id FROM organization ORDER BY created_at DESC, id DESC`);
      expectWalk(await walk(t, 'organizations', 10), allIds.map((row) => row.id), 10, total);
    });

    it('refuses first: 0 and first: 101', async () => {
      await expectBadInput(t.graphql(ORGANIZATIONS_FIRST_0, {}, TEST_ADMIN_KEY), 'first');
      await expectBadInput(t.graphql(ORGANIZATIONS_FIRST_101, {}, TEST_ADMIN_KEY), 'first');
    });

    it('filters by sectors, verified and text (case and accents ignored)', async () => {
      const company = await createOrganization(t, { name: 'Čebelarstvo Žnidar d.o.o.', sector: 'COMPANY' });
      const ngo = await createOrganization(t, { name: 'Čebelarsko društvo Kranj', sector: 'NGO' });
      const municipality = await createOrganization(t, {
        name: 'Občina Bled',
        sector: 'MUNICIPALITY',
        municipalityCode: BLED,
        description: 'Skrbimo za čebelarsko dediščino.',
      });
      const verified = await t.graphqlOk(
        VERIFY_ORGANIZATION,
        { id: ngo.id },
        TEST_ADMIN_KEY,
      );
      expect(verified.verifyOrganization).toEqual({ id: ngo.id, verified: true });

      // "cebelar" matches all three: two by name, one by description.
      expect(await idsOf(t, 'organizations', { text: 'CEBELAR' })).toEqual([municipality.id, ngo.id, company.id]);
      expect(await idsOf(t, 'organizations', { text: 'cebelar', sectors: ['COMPANY'] })).toEqual([company.id]);
      expect(await idsOf(t, 'organizations', { text: 'cebelar', sectors: ['NGO', 'MUNICIPALITY'] })).toEqual([municipality.id, ngo.id]);
      expect(await idsOf(t, 'organizations', { text: 'cebelar', verified: true })).toEqual([ngo.id]);
      expect(await idsOf(t, 'organizations', { text: 'cebelar', verified: false })).toEqual([municipality.id, company.id]);
      expect(await idsOf(t, 'organizations', { text: 'žnidar' })).toEqual([company.id]);
      expect(await idsOf(t, 'organizations', { text: 'cebelar', municipalityCodes: [BLED] })).toEqual([municipality.id]);
      // Each word in any of its forms, at the start of a word: as the needs and offers are searched.
      expect(await idsOf(t, 'organizations', { text: 'občine' })).toContain(municipality.id);
      expect(await idsOf(t, 'organizations', { text: 'društva čebelarskega' })).toEqual([ngo.id]);
      expect(await idsOf(t, 'organizations', { text: 'larsko' })).toEqual([]);

      // Every verified organization and only those.
      const allVerified = await idsOf(t, 'organizations', { verified: true });
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM organization WHERE verified`);
      expect(allVerified).toHaveLength(count);
      expect(allVerified).toContain(ngo.id);

      // Unverifying takes it out again.
      await t.graphqlOk(VERIFY_ORGANIZATION, { id: ngo.id, verified: false }, TEST_ADMIN_KEY);
      expect(await idsOf(t, 'organizations', { text: 'cebelar', verified: true })).toEqual([]);
    });

    it('filters organizations by themeCodes with sub-themes', async () => {
      const elderly = await createOrganization(t, { name: 'Tematska A teme', themeCodes: ['SOCIAL_ELDERLY'] });
      const health = await createOrganization(t, { name: 'Tematska B teme', themeCodes: ['HEALTH'] });
      expect(await idsOf(t, 'organizations', { text: 'tematska', themeCodes: ['SOCIAL'] })).toEqual([elderly.id]);
      expect(await idsOf(t, 'organizations', { text: 'tematska', themeCodes: ['HEALTH', 'SOCIAL'] })).toEqual([health.id, elderly.id]);
    });
  });
});
