import { Principal } from '../src/auth/principal';
import { CreateOfferInput } from '../src/offers/dto/create-offer.input';
import { OffersService } from '../src/offers/offers.service';
import { graphql } from './graphql';
import { expectError } from './utils/expect-errors';
import { countRows, createMemberOrganization, needInput, offerInput } from './utils/fixtures';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

// A partner's import repeated after a timeout or a lost answer: items posted with an
// externalId the organization has already used come back as stored the first time, and
// nothing is stored, queued for matching or audited twice.

const CREATE_OFFERS = graphql(`
  mutation RetryCreateOffers($input: [CreateOfferInput!]!) { createOffers(input: $input) { id title externalId status organization { id } } }
`);
const OFFER_EXTERNAL_ID = graphql(`
  query RetryOfferExternalId($id: ID!) { offer(id: $id) { id externalId } }
`);
const CREATE_NEED = graphql(`
  mutation RetryCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id title externalId } }
`);
const UPDATE_OFFER = graphql(`
  mutation RetryUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { id title externalId } }
`);

const TABLES = ['need', 'offer', 'outbox_event', 'audit_log_entry'] as const;

describe('imports repeated with externalId', () => {
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
  const offers = (organizationId: string, externalIds: string[]) =>
    externalIds.map((externalId, index) => ({ ...offerInput(organizationId), title: `Uvoz ${externalId} (${index})`, externalId }));

  it('returns what the first call stored, in the order asked, and stores nothing more', async () => {
    const stored = (await t.graphqlOk(CREATE_OFFERS, { input: offers(first.id, ['vp-1', 'vp-2', 'vp-3']) }, first.token)).createOffers;
    expect(stored.map((offer) => offer.externalId)).toEqual(['vp-1', 'vp-2', 'vp-3']);
    const before = await counts();
    const again = (await t.graphqlOk(CREATE_OFFERS, { input: offers(first.id, ['vp-3', 'vp-1', 'vp-2']) }, first.token)).createOffers;
    expect(again.map((offer) => offer.id)).toEqual([stored[2].id, stored[0].id, stored[1].id]);
    expect(again.map((offer) => offer.title)).toEqual([stored[2].title, stored[0].title, stored[1].title]);
    expect(await counts()).toEqual(before);
  });

  it('stores the new items of a call and returns the repeated ones as they are now, changes included', async () => {
    const [kept] = (await t.graphqlOk(CREATE_OFFERS, { input: offers(first.id, ['mix-1']) }, first.token)).createOffers;
    await t.graphqlOk(UPDATE_OFFER, { input: { id: kept.id, title: 'Spremenjen naslov' } }, first.token);
    const before = await counts();
    const answer = (await t.graphqlOk(CREATE_OFFERS, { input: offers(first.id, ['mix-1', 'mix-2']) }, first.token)).createOffers;
    expect(answer[0]).toEqual({ ...kept, title: 'Spremenjen naslov' });
    expect(answer[1]).toMatchObject({ externalId: 'mix-2', status: 'OPEN' });
    expect(answer[1].id).not.toBe(kept.id);
    // One new offer, with its one outbox event and one audit entry.
    expect(await counts()).toEqual({ ...before, offer: before.offer + 1, outbox_event: before.outbox_event + 1, audit_log_entry: before.audit_log_entry + 1 });
  });

  it('keeps each organization to its own ids, and needs apart from offers', async () => {
    const [mine] = (await t.graphqlOk(CREATE_OFFERS, { input: offers(first.id, ['shared-7']) }, first.token)).createOffers;
    const [theirs] = (await t.graphqlOk(CREATE_OFFERS, { input: offers(second.id, ['shared-7']) }, second.token)).createOffers;
    expect(theirs.id).not.toBe(mine.id);
    expect(theirs.organization.id).toBe(second.id);
    const need = (await t.graphqlOk(CREATE_NEED, { input: { ...needInput(first.id), externalId: 'shared-7' } }, first.token)).createNeed;
    expect(need.externalId).toBe('shared-7');
    const needAgain = (await t.graphqlOk(CREATE_NEED, { input: { ...needInput(first.id), title: 'Drug naslov', externalId: 'shared-7' } }, first.token)).createNeed;
    expect(needAgain).toEqual(need);
  });

  it('stores one set when the same call arrives twice at once', async () => {
    const input = offers(first.id, ['race-1', 'race-2', 'race-3', 'race-4']);
    const before = await counts();
    const [one, other] = await Promise.all([
      t.graphqlOk(CREATE_OFFERS, { input }, first.token),
      t.graphqlOk(CREATE_OFFERS, { input }, TEST_ADMIN_KEY),
    ]);
    expect(one.createOffers.map((offer) => offer.id)).toEqual(other.createOffers.map((offer) => offer.id));
    expect(await counts()).toEqual({ ...before, offer: before.offer + 4, outbox_event: before.outbox_event + 4, audit_log_entry: before.audit_log_entry + 4 });
  });

  it('stores one set when two calls give the same ids in different orders at once (a retry batched otherwise), without a deadlock', async () => {
    // Large enough that the two statements' index entries overlap in time (in 2 of 3 runs
    // they deadlocked before the rows were inserted in the order of their ids).
    const ids = Array.from({ length: 2_000 }, (_, index) => `order-${index}`);
    // The service's own input type: this goes below the API's limit of 100 items a call.
    const inputs = offers(first.id, ids) as unknown as CreateOfferInput[];
    const hub = new Principal('bootstrap_key', null, true);
    const service = t.app.get(OffersService);
    const [forwards, backwards] = await Promise.all([service.createMany(hub, inputs), service.createMany(hub, [...inputs].reverse())]);
    expect(forwards.map((offer) => offer.externalId)).toEqual(ids);
    expect(backwards.map((offer) => offer.id)).toEqual([...forwards].reverse().map((offer) => offer.id));
    const [{ count }] = (await t.dataSource.query(`SELECT count(*)::int AS count FROM offer WHERE organization_id = $1 AND external_id LIKE 'order-%'`, [first.id])) as { count: number }[];
    expect(count).toBe(2_000);
  });

  it("shows an item's externalId to its organization and the hub only: a partner's own ids may be case numbers", async () => {
    const [mine] = (await t.graphqlOk(CREATE_OFFERS, { input: offers(first.id, ['private-1']) }, first.token)).createOffers;
    expect((await t.graphqlOk(OFFER_EXTERNAL_ID, { id: mine.id }, first.token)).offer?.externalId).toBe('private-1');
    expect((await t.graphqlOk(OFFER_EXTERNAL_ID, { id: mine.id }, TEST_ADMIN_KEY)).offer?.externalId).toBe('private-1');
    expect((await t.graphqlOk(OFFER_EXTERNAL_ID, { id: mine.id }, second.token)).offer).toEqual({ id: mine.id, externalId: null });
  });

  it('refuses one call that gives two items the same externalId, and one that is empty or too long, storing nothing', async () => {
    const before = await counts();
    const twice = await t.graphql(CREATE_OFFERS, { input: offers(first.id, ['dup-1', 'dup-2', 'dup-1']) }, first.token);
    expectError(twice, 'BAD_USER_INPUT', { fields: ['2.externalId'], constraint: 'isUnique' });
    const empty = await t.graphql(CREATE_OFFERS, { input: offers(first.id, ['  ']) }, first.token);
    expectError(empty, 'BAD_USER_INPUT', { fields: ['0.externalId'] });
    const long = await t.graphql(CREATE_OFFERS, { input: offers(first.id, ['x'.repeat(101)]) }, first.token);
    expectError(long, 'BAD_USER_INPUT', { fields: ['0.externalId'], constraint: 'maxLength', limit: 100 });
    expect(await counts()).toEqual(before);
  });

  it('names a repeated externalId in the one answer that names the other items\' invalid fields, not only once they are fixed', async () => {
    const before = await counts();
    const input = offers(first.id, ['both-1', 'both-2', 'both-1']);
    input[1].title = 'ab';
    const answer = await t.graphql(CREATE_OFFERS, { input }, first.token);
    expectError(answer, 'BAD_USER_INPUT', { fields: ['1.title', '2.externalId'] });
    expect(answer.errors?.[0].extensions.fields?.find((field) => field.field === '2.externalId')).toMatchObject({ constraint: 'isUnique' });
    expect(await counts()).toEqual(before);
  });
});
