import { randomUUID } from 'node:crypto';
import { graphql } from './graphql';
import { monthStart } from './utils/days';
import { eventually } from './utils/eventually';
import { expectError } from './utils/expect-errors';
import { countRows, createMemberOrganization, createNeed, KRANJ, needInput, offerInput } from './utils/fixtures';
import { GraphqlResponse, startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

// createOffers / createNeeds (a partner's import, up to 100 a call) and the one-statement
// createOffer / createNeed: every posting is stored with its outbox event and audit entry,
// all or none, and answers what a later read of it answers.

const CREATE_OFFERS = graphql(`
  mutation BulkCreateOffers($input: [CreateOfferInput!]!) {
    createOffers(input: $input) {
      id title description status reach resourceTypes availableFrom availableUntil valueEur capacity createdAt updatedAt lastMatchedAt
      themes { code } serviceArea { code } municipality { code name } organization { id name sector verified municipality { code } }
    }
  }
`);
const CREATE_NEEDS = graphql(`
  mutation BulkCreateNeeds($input: [CreateNeedInput!]!) { createNeeds(input: $input) { id title kind status organization { id } } }
`);
const CREATE_OFFER = graphql(`
  mutation BulkCreateOneOffer($input: CreateOfferInput!) {
    createOffer(input: $input) {
      id title description status reach resourceTypes availableFrom availableUntil valueEur capacity createdAt updatedAt lastMatchedAt
      themes { code } serviceArea { code } municipality { code name } organization { id name sector verified municipality { code } }
    }
  }
`);
const OFFER = graphql(`
  query BulkOffer($id: ID!) {
    offer(id: $id) {
      id title description status reach resourceTypes availableFrom availableUntil valueEur capacity createdAt updatedAt lastMatchedAt
      themes { code } serviceArea { code } municipality { code name } organization { id name sector verified municipality { code } }
    }
  }
`);
const OFFER_SCORED = graphql(`
  query BulkOfferScored($id: ID!) { offer(id: $id) { lastMatchedAt } }
`);

const UPDATE_OFFER = graphql(`
  mutation BulkUpdateOffer($input: UpdateOfferInput!) {
    updateOffer(input: $input) {
      id title description status reach resourceTypes availableFrom availableUntil valueEur capacity createdAt updatedAt lastMatchedAt
      themes { code } serviceArea { code } municipality { code name } organization { id name sector verified municipality { code } }
    }
  }
`);
const CLOSE_OFFER = graphql(`
  mutation BulkCloseOffer($id: ID!) { closeOffer(id: $id) { id status updatedAt organization { id name } } }
`);

/** The tables a refused call must leave alone. */
const TABLES = ['need', 'offer', 'outbox_event', 'audit_log_entry'] as const;

describe('bulk postings and the one-statement create', () => {
  let t: TestApp;
  let first: { id: string; token: string };
  let second: { id: string; token: string };

  beforeAll(async () => {
    t = await startTestApp({}, { worker: true });
    first = await createMemberOrganization(t);
    second = await createMemberOrganization(t);
  });
  afterAll(() => t.close());

  const counts = async () => Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, await countRows(t, table)])));

  /** Runs the request and proves that it stored nothing, whatever it answered. */
  async function withNothingStored<T>(request: () => Promise<GraphqlResponse<T>>): Promise<GraphqlResponse<T>> {
    const before = await counts();
    const response = await request();
    expect(await counts()).toEqual(before);
    return response;
  }

  it('createOffer answers what a read of the offer answers, and writes its outbox event and audit entry', async () => {
    const created = (await t.graphqlOk(CREATE_OFFER, { input: offerInput(first.id, { valueEur: 1500, serviceAreaCodes: [KRANJ] }) }, first.token)).createOffer;
    const read = (await t.graphqlOk(OFFER, { id: created.id }, TEST_ADMIN_KEY)).offer;
    // Matching may have scored it in between.
    expect({ ...created, lastMatchedAt: null }).toEqual({ ...read, lastMatchedAt: null });
    expect(created).toMatchObject({ status: 'OPEN', valueEur: 1500, serviceArea: [{ code: KRANJ }], organization: { id: first.id } });
    const outbox = await t.dataSource.query(`SELECT aggregate_type, event_type, payload FROM outbox_event WHERE aggregate_id = $1`, [created.id]);
    expect(outbox).toEqual([{ aggregate_type: 'offer', event_type: 'offer.created', payload: {} }]);
    const audit = await t.dataSource.query(`SELECT action, entity_type, organization_id, actor_type, changes FROM audit_log_entry WHERE entity_id = $1`, [created.id]);
    expect(audit).toEqual([{ action: 'offer.create', entity_type: 'offer', organization_id: first.id, actor_type: 'api_key', changes: { title: created.title } }]);
  });

  it('updateOffer and closeOffer answer what a read answers, with their outbox events and audit entries', async () => {
    const created = (await t.graphqlOk(CREATE_OFFER, { input: offerInput(first.id, { capacity: 2 }) }, first.token)).createOffer;
    const updated = (await t.graphqlOk(UPDATE_OFFER, { input: { id: created.id, title: 'Nov naslov ponudbe', capacity: null, availableUntil: null } }, first.token)).updateOffer;
    const read = (await t.graphqlOk(OFFER, { id: created.id }, TEST_ADMIN_KEY)).offer;
    expect({ ...updated, lastMatchedAt: null }).toEqual({ ...read, lastMatchedAt: null });
    expect(updated).toMatchObject({ title: 'Nov naslov ponudbe', capacity: null, availableUntil: null, organization: { id: first.id } });
    expect(updated.updatedAt).not.toBe(created.updatedAt);

    // Nothing really changes: the row (and its updatedAt) stays, the change is still recorded.
    const unchanged = (await t.graphqlOk(UPDATE_OFFER, { input: { id: created.id, title: 'Nov naslov ponudbe' } }, first.token)).updateOffer;
    expect(unchanged.updatedAt).toBe(updated.updatedAt);

    const closed = (await t.graphqlOk(CLOSE_OFFER, { id: created.id }, first.token)).closeOffer;
    expect(closed).toMatchObject({ status: 'CLOSED', organization: { id: first.id } });
    const closedAgain = (await t.graphqlOk(CLOSE_OFFER, { id: created.id }, first.token)).closeOffer;
    expect(closedAgain.status).toBe('CLOSED');

    const outbox = await t.dataSource.query(`SELECT event_type FROM outbox_event WHERE aggregate_id = $1 ORDER BY id`, [created.id]);
    expect(outbox.map((row: { event_type: string }) => row.event_type)).toEqual(['offer.created', 'offer.updated', 'offer.updated', 'offer.closed']);
    const audit = (
      (await t.dataSource.query(`SELECT action, organization_id, actor_type, changes FROM audit_log_entry WHERE entity_id = $1 ORDER BY id`, [created.id])) as {
        changes: { fields?: string[] };
      }[]
    ).map((entry) => (entry.changes.fields ? { ...entry, changes: { fields: [...entry.changes.fields].sort() } } : entry));
    expect(audit).toEqual([
      { action: 'offer.create', organization_id: first.id, actor_type: 'api_key', changes: { title: created.title } },
      { action: 'offer.update', organization_id: first.id, actor_type: 'api_key', changes: { fields: ['availableUntil', 'capacity', 'title'] } },
      { action: 'offer.update', organization_id: first.id, actor_type: 'api_key', changes: { fields: ['title'] } },
      { action: 'offer.close', organization_id: first.id, actor_type: 'api_key', changes: {} },
    ]);
  });

  it('createOffer for an organization that does not exist is NOT_FOUND and stores nothing', async () => {
    const missing = randomUUID();
    const response = await withNothingStored(() => t.graphql(CREATE_OFFER, { input: offerInput(missing) }, TEST_ADMIN_KEY));
    expectError(response, 'NOT_FOUND', { status: 200, message: `Organization ${missing} does not exist.` });
  });

  it('createOffers stores every offer in the order given, each with its outbox event and audit entry, and matching scores them', async () => {
    const inputs = [offerInput(first.id, { title: 'Prva ponudba' }), offerInput(second.id, { title: 'Druga ponudba', reach: 'NATIONAL' }), offerInput(first.id, { title: 'Tretja ponudba' })];
    const created = (await t.graphqlOk(CREATE_OFFERS, { input: inputs }, TEST_ADMIN_KEY)).createOffers;
    expect(created.map((offer) => [offer.title, offer.organization.id, offer.status])).toEqual([
      ['Prva ponudba', first.id, 'OPEN'],
      ['Druga ponudba', second.id, 'OPEN'],
      ['Tretja ponudba', first.id, 'OPEN'],
    ]);
    for (const offer of created) {
      const read = (await t.graphqlOk(OFFER, { id: offer.id }, TEST_ADMIN_KEY)).offer;
      expect({ ...offer, lastMatchedAt: null }).toEqual({ ...read, lastMatchedAt: null });
    }
    const ids = created.map((offer) => offer.id);
    const outbox = await t.dataSource.query(`SELECT aggregate_id, event_type FROM outbox_event WHERE aggregate_id = ANY($1) ORDER BY aggregate_id`, [ids]);
    expect(outbox).toEqual([...ids].sort().map((id) => ({ aggregate_id: id, event_type: 'offer.imported' })));
    const audit = await t.dataSource.query(`SELECT entity_id, action, actor_type, organization_id, changes FROM audit_log_entry WHERE entity_id = ANY($1)`, [ids]);
    expect(audit).toHaveLength(3);
    for (const offer of created) {
      expect(audit).toContainEqual({ entity_id: offer.id, action: 'offer.create', actor_type: 'bootstrap_key', organization_id: offer.organization.id, changes: { title: offer.title } });
    }
    // The outbox's notification reached the relay: the worker scores each of them.
    for (const id of ids) await eventually(async () => (await t.graphqlOk(OFFER_SCORED, { id }, TEST_ADMIN_KEY)).offer?.lastMatchedAt, `offer ${id} scored`);
  });

  it('createNeeds stores needs the same way', async () => {
    const created = (await t.graphqlOk(CREATE_NEEDS, { input: [needInput(first.id, { title: 'Prva potreba' }), needInput(first.id, { kind: 'PUBLIC_SERVICE' })] }, first.token)).createNeeds;
    expect(created).toHaveLength(2);
    expect(created[0]).toMatchObject({ title: 'Prva potreba', kind: 'LOCAL_CHALLENGE', status: 'OPEN', organization: { id: first.id } });
    expect(created[1]).toMatchObject({ kind: 'PUBLIC_SERVICE', status: 'OPEN' });
    const ids = created.map((need) => need.id);
    const audit = await t.dataSource.query(`SELECT action FROM audit_log_entry WHERE entity_id = ANY($1)`, [ids]);
    expect(audit).toEqual([{ action: 'need.create' }, { action: 'need.create' }]);
    // An import is bulk work: its needs are scored in a batch of the bulk lane, behind the
    // needs people post one at a time (fresh lane, one job each).
    const jobs = await eventually(async () => {
      const rows = (await t.dataSource.query(`SELECT job_id FROM outbox_event WHERE aggregate_id = ANY($1) AND job_id IS NOT NULL`, [ids])) as { job_id: string }[];
      return rows.length === ids.length ? rows.map((row) => row.job_id) : undefined;
    }, 'the imported needs queued');
    expect(new Set(jobs).size).toBe(1);
    expect(jobs[0]).toMatch(/^outbox-batch-/);
    const posted = await createNeed(t, first.token, needInput(first.id));
    const [job] = await eventually(async () => {
      const rows = (await t.dataSource.query(`SELECT job_id FROM outbox_event WHERE aggregate_id = $1 AND job_id IS NOT NULL`, [posted.id])) as { job_id: string }[];
      return rows.length ? rows.map((row) => row.job_id) : undefined;
    }, 'the posted need queued');
    expect(job).not.toMatch(/^outbox-batch-/);
  });

  it('an empty list stores nothing and answers an empty list', async () => {
    const response = await withNothingStored(() => t.graphql(CREATE_OFFERS, { input: [] }, first.token));
    expect(response.errors).toBeUndefined();
    expect(response.data?.createOffers).toEqual([]);
  });

  it('refuses the whole call with every failing field as <index>.<field> when items are invalid', async () => {
    const input = [
      offerInput(first.id),
      offerInput(first.id, { title: 'x', municipalityCode: '999' }),
      offerInput(first.id),
      offerInput(first.id, { availableFrom: monthStart(6), availableUntil: monthStart(1), capacity: 0 }),
    ];
    const response = await withNothingStored(() => t.graphqlUnchecked(CREATE_OFFERS, { input }, first.token));
    expectError(response, 'BAD_USER_INPUT', { status: 200, fields: ['1.title', '1.municipalityCode', '3.availableUntil', '3.capacity'] });
  });

  it('refuses unknown fields in an item, and text that is not well-formed Unicode, naming the item', async () => {
    const unknown = await withNothingStored(() => t.graphqlUnchecked(CREATE_NEEDS, { input: [needInput(first.id), { ...needInput(first.id), surprise: 1 }] }, first.token));
    expectError(unknown, 'BAD_USER_INPUT', { status: 400 });
    const broken = await withNothingStored(() => t.graphqlUnchecked(CREATE_NEEDS, { input: [needInput(first.id), needInput(first.id, { title: 'Lone \ud800 surrogate' })] }, first.token));
    expectError(broken, 'BAD_USER_INPUT', { status: 200, fields: ['1.title'] });
  });

  it('refuses more than 100 items a call', async () => {
    const input = Array.from({ length: 101 }, () => offerInput(first.id));
    const response = await withNothingStored(() => t.graphql(CREATE_OFFERS, { input }, TEST_ADMIN_KEY));
    expectError(response, 'BAD_USER_INPUT', { status: 200, fields: ['input'], message: /at most 100/ });
  });

  it("refuses the whole call when one item is for another organization than the key's (FORBIDDEN), naming the item as updateNeeds does", async () => {
    const response = await withNothingStored(() => t.graphql(CREATE_OFFERS, { input: [offerInput(first.id), offerInput(second.id)] }, first.token));
    const error = expectError(response, 'FORBIDDEN', { status: 200, message: 'Item 1: Only members of that organization (or the hub) may do this.' });
    expect(error.extensions.index).toBe(1);
    const needs = await withNothingStored(() => t.graphql(CREATE_NEEDS, { input: [needInput(first.id), needInput(first.id), needInput(second.id)] }, first.token));
    expect(expectError(needs, 'FORBIDDEN', { message: /^Item 2: / }).extensions.index).toBe(2);
  });

  it('refuses the whole call when an organization does not exist (NOT_FOUND, naming it and the item)', async () => {
    const missing = randomUUID();
    const response = await withNothingStored(() => t.graphql(CREATE_OFFERS, { input: [offerInput(first.id), offerInput(missing)] }, TEST_ADMIN_KEY));
    const error = expectError(response, 'NOT_FOUND', { status: 200, message: `Item 1: Organization ${missing} does not exist.` });
    expect(error.extensions).toMatchObject({ index: 1, entity: 'Organization', id: missing });
    const needs = await withNothingStored(() => t.graphql(CREATE_NEEDS, { input: [needInput(missing), needInput(first.id)] }, TEST_ADMIN_KEY));
    expect(expectError(needs, 'NOT_FOUND', { message: `Item 0: Organization ${missing} does not exist.` }).extensions.index).toBe(0);
  });
});
