import { graphql } from './graphql';
import { monthStart } from './utils/days';
import { expectError } from './utils/expect-errors';
import { countRows, createMemberOrganization, createNeed, needInput, offerInput } from './utils/fixtures';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

// updateOffers / updateNeeds: a partner's catalogue kept in step, up to 100 changes a call,
// all or none, each as updateOffer / updateNeed would make it.

const CREATE_OFFERS = graphql(`
  mutation BulkUpdateSeed($input: [CreateOfferInput!]!) { createOffers(input: $input) { id title } }
`);
const UPDATE_OFFERS = graphql(`
  mutation BulkUpdateOffers($input: [UpdateOfferInput!]!) { updateOffers(input: $input) { id title valueEur status } }
`);
const UPDATE_NEEDS = graphql(`
  mutation BulkUpdateNeeds($input: [UpdateNeedInput!]!) { updateNeeds(input: $input) { id title } }
`);
const CLOSE_OFFER = graphql(`
  mutation BulkUpdateClose($id: ID!) { closeOffer(id: $id) { id status } }
`);

const TABLES = ['offer', 'outbox_event', 'audit_log_entry'] as const;

describe('bulk updates', () => {
  let t: TestApp;
  let first: { id: string; token: string };
  let second: { id: string; token: string };

  beforeAll(async () => {
    t = await startTestApp();
    first = await createMemberOrganization(t);
    second = await createMemberOrganization(t);
  });
  afterAll(() => t.close());

  const counts = async () => Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, await countRows(t, table)])));
  const seed = async (organization: { id: string; token: string }, count: number) =>
    (await t.graphqlOk(CREATE_OFFERS, { input: Array.from({ length: count }, (_, index) => ({ ...offerInput(organization.id), title: `Ponudba ${index}` })) }, organization.token))
      .createOffers;
  const titles = async (ids: string[]) =>
    ((await t.dataSource.query(`SELECT id, title FROM offer WHERE id = ANY($1::uuid[])`, [ids])) as { id: string; title: string }[])
      .sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id))
      .map((row) => row.title);

  it('changes each, in the order given, each with its outbox event and audit entry', async () => {
    const offers = await seed(first, 3);
    const before = await counts();
    const input = [offers[2], offers[0], offers[1]].map((offer, index) => ({ id: offer.id, title: `Nov naslov ${index}`, valueEur: 100 * (index + 1) }));
    const { updateOffers } = await t.graphqlOk(UPDATE_OFFERS, { input }, first.token);
    expect(updateOffers).toEqual(input.map(({ id, title, valueEur }) => ({ id, title, valueEur, status: 'OPEN' })));
    expect(await counts()).toEqual({ ...before, outbox_event: before.outbox_event + 3, audit_log_entry: before.audit_log_entry + 3 });
    expect((await t.graphqlOk(UPDATE_OFFERS, { input: [] }, first.token)).updateOffers).toEqual([]);
  });

  it('changes none when one item is refused, and names that item', async () => {
    const offers = await seed(first, 3);
    await t.graphqlOk(CLOSE_OFFER, { id: offers[1].id }, first.token);
    const [foreign] = await seed(second, 1);
    const before = await counts();
    const rename = (ids: string[]) => ids.map((id) => ({ id, title: 'Ne bo shranjeno' }));

    const closed = expectError(await t.graphql(UPDATE_OFFERS, { input: rename([offers[0].id, offers[1].id, offers[2].id]) }, first.token), 'CONFLICT');
    expect(closed.extensions).toMatchObject({ reason: 'NOT_CHANGEABLE', index: 1 });
    expect(closed.message).toMatch(/^Item 1: /);
    expectError(await t.graphql(UPDATE_OFFERS, { input: [...rename([offers[0].id]), ...rename([foreign.id])] }, first.token), 'FORBIDDEN');
    expectError(await t.graphql(UPDATE_OFFERS, { input: [{ id: offers[0].id, title: 'Dober naslov' }, { id: offers[2].id, title: null }] }, first.token), 'BAD_USER_INPUT', {
      fields: ['1.title'],
    });
    expectError(await t.graphql(UPDATE_OFFERS, { input: rename([offers[0].id, offers[0].id]) }, first.token), 'BAD_USER_INPUT', { fields: ['1.id'], constraint: 'isUnique' });
    // A posting named twice is named with the other items' invalid fields, in one answer.
    expectError(await t.graphql(UPDATE_OFFERS, { input: [{ id: offers[0].id, title: 'ab' }, ...rename([offers[0].id])] }, first.token), 'BAD_USER_INPUT', {
      fields: ['0.title', '1.id'],
    });

    expect(await titles([offers[0].id, offers[2].id, foreign.id])).toEqual(['Ponudba 0', 'Ponudba 2', 'Ponudba 0']);
    expect(await counts()).toEqual(before);
  });

  it('changes needs the same way (updateNeeds)', async () => {
    const needs = [await createNeed(t, first.token, needInput(first.id)), await createNeed(t, first.token, needInput(first.id))];
    const input = needs.map((need, index) => ({ id: need.id, title: `Potreba ${index}` }));
    expect((await t.graphqlOk(UPDATE_NEEDS, { input }, first.token)).updateNeeds).toEqual(input);
    const late = expectError(await t.graphql(UPDATE_NEEDS, { input: [{ id: needs[0].id, startsOn: monthStart(6), endsOn: monthStart(5) }] }, first.token), 'BAD_USER_INPUT');
    expect(late.extensions.fields?.[0]?.field).toMatch(/^0\./);
  });

  it('lets two calls over the same offers, listed in opposite orders, both finish (no deadlock)', async () => {
    const offers = await seed(first, 60);
    const forwards = offers.map((offer) => ({ id: offer.id, title: `${offer.title} A` }));
    const backwards = [...offers].reverse().map((offer) => ({ id: offer.id, title: `${offer.title} B` }));
    const [a, b] = await Promise.all([t.graphql(UPDATE_OFFERS, { input: forwards }, first.token), t.graphql(UPDATE_OFFERS, { input: backwards }, TEST_ADMIN_KEY)]);
    expect([a.errors, b.errors]).toEqual([undefined, undefined]);
    // One call's changes wholly after the other's: every title ends in the same letter.
    const endings = new Set((await titles(offers.map((offer) => offer.id))).map((title) => title.slice(-1)));
    expect(endings.size).toBe(1);
  });
});
