import { Client } from 'pg';
import { DELIVERY_CHANNEL } from '../src/suggestions/delivery.constants';
import { Delivery } from '../src/suggestions/delivery.entity';
import { DeliveryChannel, DeliveryKind, DeliveryStatus } from '../src/suggestions/delivery.enums';
import { DeliveryDispatcher } from '../src/suggestions/dispatch/delivery-dispatcher.service';
import { DeliveryFailure } from '../src/suggestions/channels/delivery-failure';
import { webhookBody } from '../src/suggestions/channels/webhook/webhook-payload';
import { Webhook, WebhookEvent } from '../src/suggestions/channels/webhook/webhook.entity';
import { WebhookSender } from '../src/suggestions/channels/webhook/webhook.sender';
import { verifyWebhookSignature } from '../src/suggestions/channels/webhook/webhook-signature';
import { countRows, createApiKey, createMemberOrganization } from './utils/fixtures';
import { graphql } from './graphql';
import type { CreateWebhookInput } from './graphql/graphql';
import { eventually } from './utils/eventually';
import { expectError } from './utils/expect-errors';
import { GraphqlResponse, startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';
import { startWebhookReceiver, WebhookReceiver } from './utils/webhook-receiver';

// SPEC.md section 5 and 6: webhooks for partner systems. Signed JSON POSTs to a real HTTP
// receiver started here; in production only https to public addresses.

const CREATE_WEBHOOK = graphql(`
  mutation WebhooksCreate($input: CreateWebhookInput!) {
    createWebhook(input: $input) { secret webhook { id url events active createdAt } }
  }
`);
const WEBHOOKS = graphql(`
  query WebhooksList($organizationId: ID!) { webhooks(organizationId: $organizationId) { id url events active } }
`);
const DELETE_WEBHOOK = graphql(`
  mutation WebhooksDelete($id: ID!) { deleteWebhook(id: $id) { id active } }
`);
const UPDATE_WEBHOOK = graphql(`
  mutation WebhooksUpdate($input: UpdateWebhookInput!) { updateWebhook(input: $input) { id url events active } }
`);
const SEND_TEST_WEBHOOK = graphql(`
  mutation WebhooksSendTest($id: ID!) { sendTestWebhook(id: $id) { id kind channel status attempts nextAttemptAt } }
`);
const WEBHOOKS_WITH_LOGS = graphql(`
  query WebhooksWithLogs($organizationId: ID!) {
    webhooks(organizationId: $organizationId) { id deliveries(first: 5) { totalCount edges { node { id status } } } }
  }
`);

/** A partner's endpoint: /fail answers 500, /redirect a 302 to /elsewhere, anything else 204. */
const startReceiver = () =>
  startWebhookReceiver({
    answer: (path) =>
      path.startsWith('/fail') ? { status: 500, body: 'broken' } : path.startsWith('/redirect') ? { status: 302, headers: { location: '/elsewhere' } } : undefined,
  });

let pathCounter = 0;
/** A path of its own for each test, so that tests read only their own requests. */
const uniquePath = (label: string) => `/${label}-${++pathCounter}`;

async function createWebhook(t: TestApp, token: string, input: CreateWebhookInput) {
  return (await t.graphqlOk(CREATE_WEBHOOK, { input }, token)).createWebhook;
}

/** A webhook delivery as the planner would store it; the dispatcher hands such a row to the sender. */
async function storeDelivery(t: TestApp, webhook: { id: string; organizationId: string }, event = 'SUGGESTION_CREATED'): Promise<Delivery> {
  const repository = t.dataSource.getRepository(Delivery);
  const { id } = await repository.save(
    repository.create({
      kind: DeliveryKind.SUGGESTION,
      subjectId: crypto.randomUUID(),
      organizationId: webhook.organizationId,
      channel: DeliveryChannel.WEBHOOK,
      recipient: webhook.id,
      nextAttemptAt: new Date(),
      payload: { event, data: { matchId: crypto.randomUUID(), score: 0.82 } },
    }),
  );
  return repository.findOneByOrFail({ id });
}

/** The DeliveryFailure a send ended with (the test fails if it succeeded or threw anything else). */
async function failureOf(sending: Promise<unknown>): Promise<DeliveryFailure> {
  const error = await sending.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DeliveryFailure);
  return error as DeliveryFailure;
}

describe('webhooks', () => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  let a: { id: string; token: string };
  let b: { id: string; token: string };

  beforeAll(async () => {
    receiver = await startReceiver();
    t = await startTestApp();
    a = await createMemberOrganization(t);
    b = await createMemberOrganization(t);
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  describe('createWebhook', () => {
    it('lets a member create one for its organization and shows the secret once', async () => {
      const url = receiver.url(uniquePath('created'));
      const created = await createWebhook(t, a.token, { organizationId: a.id, url, events: ['SUGGESTION_CREATED', 'PARTNERSHIP_FORMED'] });
      expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/); // 32 random bytes, base64url
      expect(created.webhook).toMatchObject({ url, events: ['SUGGESTION_CREATED', 'PARTNERSHIP_FORMED'], active: true });

      // Stored, so that deliveries can be signed; never readable through the API again.
      const [{ secret }] = await t.dataSource.query('SELECT secret FROM webhook WHERE id = $1', [created.webhook.id]);
      expect(secret).toBe(created.secret);
      const listed = await t.graphqlOk(WEBHOOKS, { organizationId: a.id }, a.token);
      expect(listed.webhooks.map((webhook) => webhook.id)).toContain(created.webhook.id);
      expect(JSON.stringify(listed)).not.toContain(created.secret);
      // Not in the schema, so no typed document can ask for it.
      const asking = await t.graphqlRaw(`query($id: ID!) { webhooks(organizationId: $id) { id secret } }`, { id: a.id }, a.token);
      expectError(asking, 'BAD_USER_INPUT', { message: /Cannot query field "secret"/ });

      const audit = await t.dataSource.query(`SELECT action, changes FROM audit_log_entry WHERE entity_id = $1`, [created.webhook.id]);
      expect(audit).toEqual([{ action: 'webhook.create', changes: { url, events: ['SUGGESTION_CREATED', 'PARTNERSHIP_FORMED'] } }]);
    });

    it('gives each webhook its own secret', async () => {
      const input: CreateWebhookInput = { organizationId: a.id, url: receiver.url(uniquePath('twice')), events: ['MATCH_ACCEPTED'] };
      const first = await createWebhook(t, a.token, input);
      const second = await createWebhook(t, a.token, input);
      expect(first.secret).not.toBe(second.secret);
    });

    it('lets the hub create one for any organization', async () => {
      const hubKey = await createApiKey(t, null);
      for (const token of [TEST_ADMIN_KEY, hubKey]) {
        const created = await createWebhook(t, token, { organizationId: b.id, url: receiver.url(uniquePath('hub')), events: ['MATCH_ACCEPTED'] });
        expect(created.webhook.active).toBe(true);
      }
    });

    it('removes repeated events', async () => {
      const created = await createWebhook(t, a.token, {
        organizationId: a.id,
        url: receiver.url(uniquePath('repeated')),
        events: ['MATCH_ACCEPTED', 'MATCH_ACCEPTED', 'SUGGESTION_CREATED'],
      });
      expect(created.webhook.events).toEqual(['MATCH_ACCEPTED', 'SUGGESTION_CREATED']);
    });

    it('refuses anonymous callers, other organizations and unknown organizations, storing nothing', async () => {
      const before = await countRows(t, 'webhook');
      const input: CreateWebhookInput = { organizationId: a.id, url: receiver.url('/refused'), events: ['SUGGESTION_CREATED'] };

      expectError(await t.graphql(CREATE_WEBHOOK, { input }), 'UNAUTHENTICATED');
      expectError(await t.graphql(CREATE_WEBHOOK, { input }, b.token), 'FORBIDDEN');
      expectError(await t.graphql(CREATE_WEBHOOK, { input: { ...input, organizationId: crypto.randomUUID() } }, TEST_ADMIN_KEY), 'NOT_FOUND');

      expect(await countRows(t, 'webhook')).toBe(before);
    });

    it.each<[string, Partial<CreateWebhookInput>, string, string]>([
      ['not a URL', { url: 'not a url' }, 'url', 'isUrl'],
      ['a scheme other than http(s)', { url: 'ftp://127.0.0.1/hook' }, 'url', 'isAllowedUrl'],
      ['credentials in the URL', { url: 'http://user:password@127.0.0.1/hook' }, 'url', 'isAllowedUrl'],
      ['a URL over 2000 characters', { url: `http://127.0.0.1/${'a'.repeat(2000)}` }, 'url', 'maxLength'],
      ['no events', { events: [] }, 'events', 'arrayNotEmpty'],
      ['a malformed organization id', { organizationId: 'nope' }, 'organizationId', 'isUuid'],
    ])('refuses %s with BAD_USER_INPUT on the field, storing nothing', async (_case, change, field, constraint) => {
      const before = await countRows(t, 'webhook');
      const input: CreateWebhookInput = { organizationId: a.id, url: receiver.url('/invalid'), events: ['SUGGESTION_CREATED'], ...change };
      const response = await t.graphql(CREATE_WEBHOOK, { input }, a.token);
      const error = expectError(response, 'BAD_USER_INPUT');
      expect(error.extensions.fields?.map((failure) => failure.field)).toContain(field);
      expect(error.extensions.fields?.find((failure) => failure.field === field)?.constraint).toBe(constraint);
      expect(await countRows(t, 'webhook')).toBe(before);
    });

    // Outside production http is allowed, to any address: the refusal says what this configuration asks for, not production's rules.
    it.each([
      ['ftp://127.0.0.1/hook', 'HTTP_OR_HTTPS', /http or https/],
      ['http://user:password@127.0.0.1/hook', 'CREDENTIALS', /user name or password/],
    ])('names the part of the URL policy that refused %s: %s', async (url, reason, message) => {
      const input: CreateWebhookInput = { organizationId: a.id, url, events: ['SUGGESTION_CREATED'] };
      const error = expectError(await t.graphql(CREATE_WEBHOOK, { input }, a.token), 'BAD_USER_INPUT', { fields: ['url'] });
      expect(error.extensions.fields).toEqual([{ field: 'url', message: expect.stringMatching(message), constraint: 'isAllowedUrl', reason }]);
    });

    it('names a URL that is none together with empty events, in one answer', async () => {
      const input: CreateWebhookInput = { organizationId: a.id, url: 'not a url', events: [] };
      const error = expectError(await t.graphql(CREATE_WEBHOOK, { input }, a.token), 'BAD_USER_INPUT');
      expect(error.extensions.fields?.map((failure) => [failure.field, failure.constraint]).sort()).toEqual([
        ['events', 'arrayNotEmpty'],
        ['url', 'isUrl'],
      ]);
    });

    it('refuses an unknown event as BAD_USER_INPUT', async () => {
      const input = { organizationId: a.id, url: receiver.url('/invalid'), events: ['EVERYTHING'] };
      const response = await t.graphqlUnchecked(CREATE_WEBHOOK, { input }, a.token);
      expectError(response, 'BAD_USER_INPUT');
    });
  });

  describe('updateWebhook', () => {
    it('changes the events and the URL, keeping the secret: the next event goes to the new URL, signed as before', async () => {
      const [before, after] = [uniquePath('update-before'), uniquePath('update-after')];
      const created = await createWebhook(t, a.token, { organizationId: a.id, url: receiver.url(before), events: ['SUGGESTION_CREATED'] });

      const updated = await t.graphqlOk(
        UPDATE_WEBHOOK,
        { input: { id: created.webhook.id, url: receiver.url(after), events: ['SUGGESTION_CREATED', 'RESPONSE_RECEIVED', 'RESPONSE_RECEIVED'] } },
        a.token,
      );
      expect(updated.updateWebhook).toEqual({ id: created.webhook.id, url: receiver.url(after), events: ['SUGGESTION_CREATED', 'RESPONSE_RECEIVED'], active: true });
      const [stored] = await t.dataSource.query(`SELECT url, events::text[] AS events, secret FROM webhook WHERE id = $1`, [created.webhook.id]);
      expect(stored).toEqual({ url: receiver.url(after), events: ['SUGGESTION_CREATED', 'RESPONSE_RECEIVED'], secret: created.secret });

      await t.app.get(WebhookSender).send(await storeDelivery(t, { id: created.webhook.id, organizationId: a.id }));
      expect(receiver.to(before)).toHaveLength(0);
      const [request] = receiver.to(after);
      expect(verifyWebhookSignature(created.secret, request.body, request.headers['x-grozd-signature'] as string, new Date())).toBe(true);

      const audited = await t.dataSource.query(`SELECT changes FROM audit_log_entry WHERE action = 'webhook.update' AND entity_id = $1`, [created.webhook.id]);
      expect(audited).toEqual([{ changes: { url: receiver.url(after), events: ['SUGGESTION_CREATED', 'RESPONSE_RECEIVED'] } }]);
    });

    it('leaves out what is not given, and records nothing when nothing changes', async () => {
      const url = receiver.url(uniquePath('update-partial'));
      const created = await createWebhook(t, a.token, { organizationId: a.id, url, events: ['MATCH_ACCEPTED', 'SUGGESTION_CREATED'] });

      const same = await t.graphqlOk(UPDATE_WEBHOOK, { input: { id: created.webhook.id, events: ['SUGGESTION_CREATED', 'MATCH_ACCEPTED'] } }, a.token);
      expect(same.updateWebhook).toMatchObject({ url, events: ['MATCH_ACCEPTED', 'SUGGESTION_CREATED'] });
      const eventsOnly = await t.graphqlOk(UPDATE_WEBHOOK, { input: { id: created.webhook.id, events: ['PARTNERSHIP_ENDED'] } }, TEST_ADMIN_KEY);
      expect(eventsOnly.updateWebhook).toMatchObject({ url, events: ['PARTNERSHIP_ENDED'] });
      const audited = await t.dataSource.query(`SELECT count(*)::int AS count FROM audit_log_entry WHERE action = 'webhook.update' AND entity_id = $1`, [created.webhook.id]);
      expect(audited).toEqual([{ count: 1 }]);
    });

    it('refuses other organizations, deleted webhooks and bad input, changing nothing', async () => {
      const url = receiver.url(uniquePath('update-refused'));
      const created = await createWebhook(t, a.token, { organizationId: a.id, url, events: ['SUGGESTION_CREATED'] });
      const id = created.webhook.id;

      expectError(await t.graphql(UPDATE_WEBHOOK, { input: { id, events: ['MATCH_ACCEPTED'] } }), 'UNAUTHENTICATED');
      expectError(await t.graphql(UPDATE_WEBHOOK, { input: { id, events: ['MATCH_ACCEPTED'] } }, b.token), 'FORBIDDEN');
      expectError(await t.graphql(UPDATE_WEBHOOK, { input: { id: crypto.randomUUID(), events: ['MATCH_ACCEPTED'] } }, a.token), 'NOT_FOUND');
      for (const [input, field] of [
        [{ id, events: [] }, 'events'],
        [{ id, url: 'ftp://127.0.0.1/hook' }, 'url'],
        [{ id, url: 'not a url' }, 'url'],
        [{ id: 'nope', events: ['MATCH_ACCEPTED'] }, 'id'],
      ] as const) {
        const error = expectError(await t.graphql(UPDATE_WEBHOOK, { input: input as never }, a.token), 'BAD_USER_INPUT');
        expect(error.extensions.fields?.map((failure) => failure.field)).toContain(field);
      }
      await t.graphqlOk(DELETE_WEBHOOK, { id }, a.token);
      // It is still read with webhook(id): the refusal says it was deleted, not that it does not exist.
      expectError(await t.graphql(UPDATE_WEBHOOK, { input: { id, events: ['MATCH_ACCEPTED'] } }, a.token), 'NOT_FOUND', {
        message: new RegExp(`^Webhook ${id} was deleted: .*createWebhook`),
      });

      const stored = await t.dataSource.getRepository(Webhook).findOneByOrFail({ id });
      expect(stored).toMatchObject({ url, events: ['SUGGESTION_CREATED'] });
    });
  });

  describe('webhooks, deleteWebhook and sendTestWebhook', () => {
    it('are for the organization and the hub only', async () => {
      const created = await createWebhook(t, a.token, { organizationId: a.id, url: receiver.url(uniquePath('owned')), events: ['SUGGESTION_CREATED'] });
      const deliveriesBefore = await countRows(t, 'delivery');
      const operations: ((token?: string) => Promise<GraphqlResponse<unknown>>)[] = [
        (token) => t.graphql(WEBHOOKS, { organizationId: a.id }, token),
        (token) => t.graphql(DELETE_WEBHOOK, { id: created.webhook.id }, token),
        (token) => t.graphql(SEND_TEST_WEBHOOK, { id: created.webhook.id }, token),
      ];
      for (const operation of operations) {
        expectError(await operation(), 'UNAUTHENTICATED');
        expectError(await operation(b.token), 'FORBIDDEN');
      }
      expect(await countRows(t, 'delivery')).toBe(deliveriesBefore);
      const hubView = await t.graphqlOk(WEBHOOKS, { organizationId: a.id }, TEST_ADMIN_KEY);
      expect(hubView.webhooks.map((webhook) => webhook.id)).toContain(created.webhook.id);
    });

    it('deleting stops the webhook: not listed, no test, nothing sent', async () => {
      const path = uniquePath('deleted');
      const created = await createWebhook(t, a.token, { organizationId: a.id, url: receiver.url(path), events: ['SUGGESTION_CREATED'] });
      const delivery = await storeDelivery(t, { id: created.webhook.id, organizationId: a.id });

      const deleted = await t.graphqlOk(DELETE_WEBHOOK, { id: created.webhook.id }, a.token);
      expect(deleted.deleteWebhook).toEqual({ id: created.webhook.id, active: false });
      const listed = await t.graphqlOk(WEBHOOKS, { organizationId: a.id }, a.token);
      expect(listed.webhooks.map((webhook) => webhook.id)).not.toContain(created.webhook.id);
      expectError(await t.graphql(SEND_TEST_WEBHOOK, { id: created.webhook.id }, a.token), 'NOT_FOUND', { message: /was deleted: .*createWebhook/ });
      // As the schema says: deleting it again changes nothing and returns it.
      expect((await t.graphqlOk(DELETE_WEBHOOK, { id: created.webhook.id }, a.token)).deleteWebhook).toEqual({ id: created.webhook.id, active: false });

      const failure = await failureOf(t.app.get(WebhookSender).send(delivery));
      expect(failure.options.permanent).toBe(true);
      expect(receiver.to(path)).toHaveLength(0);
    });

    it('deleting gives up its deliveries waiting for a retry at once, as the schema says, not at their next attempt', async () => {
      // The README's rotation through the API deletes the old webhook while a retry may wait
      // hours (the waits double up to 6 h): its log must say FAILED from the deletion on.
      const created = await createWebhook(t, a.token, { organizationId: a.id, url: receiver.url(uniquePath('retrying')), events: ['SUGGESTION_CREATED'] });
      const repository = t.dataSource.getRepository(Delivery);
      const waiting = await storeDelivery(t, { id: created.webhook.id, organizationId: a.id });
      await repository.update(
        { id: waiting.id },
        { attempts: 3, lastError: 'the receiver answered HTTP 500', lastResponseStatus: 500, nextAttemptAt: new Date(Date.now() + 6 * 3600_000) },
      );
      const sent = await storeDelivery(t, { id: created.webhook.id, organizationId: a.id });
      await repository.update({ id: sent.id }, { status: DeliveryStatus.SENT, attempts: 1, sentAt: new Date() });
      const other = await createWebhook(t, a.token, { organizationId: a.id, url: receiver.url(uniquePath('kept')), events: ['SUGGESTION_CREATED'] });
      const untouched = await storeDelivery(t, { id: other.webhook.id, organizationId: a.id });
      await repository.update({ id: untouched.id }, { nextAttemptAt: new Date(Date.now() + 6 * 3600_000) });

      await t.graphqlOk(DELETE_WEBHOOK, { id: created.webhook.id }, a.token);

      expect(await repository.findOneByOrFail({ id: waiting.id })).toMatchObject({ status: DeliveryStatus.FAILED, attempts: 3, lastError: 'the webhook was deleted' });
      expect(await repository.findOneByOrFail({ id: sent.id })).toMatchObject({ status: DeliveryStatus.SENT, lastError: null });
      expect(await repository.findOneByOrFail({ id: untouched.id })).toMatchObject({ status: DeliveryStatus.PENDING });
    });
  });

  describe('sendTestWebhook and the delivery log', () => {
    const DELIVERY_LOG = graphql(`
      query WebhooksDeliveryLog($id: ID!, $first: Int, $after: String) {
        webhook(id: $id) {
          id
          deliveries(first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { node { id kind channel status attempts lastError lastResponseStatus sentAt createdAt } }
          }
        }
      }
    `);
    const logOf = async (webhookId: string, page: { first?: number; after?: string } = {}, token = a.token) => {
      const { webhook } = await t.graphqlOk(DELIVERY_LOG, { id: webhookId, ...page }, token);
      if (!webhook) throw new Error(`webhook ${webhookId} not found`);
      return webhook.deliveries;
    };

    it('queues a TEST event, wakes the dispatcher and lists it in the log, newest first', async () => {
      const path = uniquePath('test-event');
      const created = await createWebhook(t, a.token, { organizationId: a.id, url: receiver.url(path), events: ['PARTNERSHIP_FORMED'] });
      const listener = new Client({ connectionString: t.config.databaseUrl });
      await listener.connect();
      try {
        await listener.query(`LISTEN ${DELIVERY_CHANNEL}`);
        const notified = new Promise<void>((resolve) => listener.once('notification', () => resolve()));
        const sent = await t.graphqlOk(
          SEND_TEST_WEBHOOK,
          { id: created.webhook.id },
          a.token,
        );
        expect(sent.sendTestWebhook).toMatchObject({ kind: 'TEST', channel: 'WEBHOOK', status: 'PENDING', attempts: 0 });
        await notified;
      } finally {
        await listener.end();
      }

      const second = (await t.graphqlOk(SEND_TEST_WEBHOOK, { id: created.webhook.id }, a.token)).sendTestWebhook;
      const log = await logOf(created.webhook.id);
      expect(log.totalCount).toBe(2);
      expect(log.edges[0].node).toMatchObject({ id: second.id, kind: 'TEST', status: 'PENDING', attempts: 0, sentAt: null });

      const firstPage = await logOf(created.webhook.id, { first: 1 });
      expect(firstPage.edges.map((edge) => edge.node.id)).toEqual([second.id]);
      expect(firstPage.pageInfo.hasNextPage).toBe(true);
      const secondPage = await logOf(created.webhook.id, { first: 1, after: firstPage.pageInfo.endCursor! });
      expect(secondPage.edges.map((edge) => edge.node.id)).toEqual([log.edges[1].node.id]);
      expect(secondPage.pageInfo.hasNextPage).toBe(false);

      // The row the dispatcher will hand to the sender: a TEST event for this webhook, due now.
      const delivery = await t.dataSource.getRepository(Delivery).findOneByOrFail({ id: second.id });
      expect(delivery).toMatchObject({ organizationId: a.id, recipient: created.webhook.id, matchId: null });
      expect(delivery.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
      await t.app.get(WebhookSender).send(delivery);
      const [request] = receiver.to(path);
      expect(request.headers['x-grozd-event']).toBe('TEST');
      expect(verifyWebhookSignature(created.secret, request.body, request.headers['x-grozd-signature'] as string, new Date())).toBe(true);
      // The shape the README promises of every body: data has organizationId and side (null: a test is of no pair).
      expect(JSON.parse(request.body)).toEqual({
        id: second.id,
        event: 'TEST',
        createdAt: expect.any(String),
        data: { organizationId: a.id, side: null, webhookId: created.webhook.id, message: expect.any(String) },
      });
    });

    it('shows a webhook only its own deliveries', async () => {
      const first = await createWebhook(t, a.token, { organizationId: a.id, url: receiver.url(uniquePath('mine')), events: ['SUGGESTION_CREATED'] });
      const second = await createWebhook(t, a.token, { organizationId: a.id, url: receiver.url(uniquePath('theirs')), events: ['SUGGESTION_CREATED'] });
      const delivery = await storeDelivery(t, { id: first.webhook.id, organizationId: a.id });
      expect((await logOf(first.webhook.id)).edges.map((edge) => edge.node.id)).toEqual([delivery.id]);
      expect((await logOf(second.webhook.id)).totalCount).toBe(0);
    });

    it('is readable by the organization and the hub, also after deleting; others are refused', async () => {
      const created = await createWebhook(t, a.token, { organizationId: a.id, url: receiver.url(uniquePath('log')), events: ['SUGGESTION_CREATED'] });
      const delivery = await storeDelivery(t, { id: created.webhook.id, organizationId: a.id });
      await t.graphqlOk(DELETE_WEBHOOK, { id: created.webhook.id }, a.token);
      for (const token of [a.token, TEST_ADMIN_KEY]) {
        expect((await logOf(created.webhook.id, {}, token)).edges.map((edge) => edge.node.id)).toEqual([delivery.id]);
      }
      const other = await t.graphql(DELIVERY_LOG, { id: created.webhook.id }, b.token);
      expectError(other, 'FORBIDDEN');
      expect(other.data?.webhook ?? null).toBeNull();
      const missing = await t.graphqlOk(DELIVERY_LOG, { id: crypto.randomUUID() }, a.token);
      expect(missing.webhook).toBeNull();
    });

    it('lists the log of several webhooks at once within the cost limit with a small page', async () => {
      const response = await t.graphql(WEBHOOKS_WITH_LOGS, { organizationId: a.id }, a.token);
      expect(response.errors).toBeUndefined();
    });
  });

  describe('WebhookSender', () => {
    it('POSTs the delivery as signed JSON that verifies with the secret, and only with it', async () => {
      const path = uniquePath('signed');
      const created = await createWebhook(t, a.token, { organizationId: a.id, url: receiver.url(path), events: ['SUGGESTION_CREATED'] });
      const delivery = await storeDelivery(t, { id: created.webhook.id, organizationId: a.id });

      const before = Date.now();
      expect(await t.app.get(WebhookSender).send(delivery)).toEqual({ responseStatus: 204 });

      const [request] = receiver.to(path);
      expect(receiver.to(path)).toHaveLength(1);
      expect(request.method).toBe('POST');
      expect(request.headers).toMatchObject({
        'content-type': 'application/json',
        'user-agent': 'grozd-match-webhooks',
        'x-grozd-event': 'SUGGESTION_CREATED',
        'x-grozd-delivery': delivery.id,
      });
      expect(request.body).toBe(webhookBody(delivery));
      expect(JSON.parse(request.body)).toMatchObject({ id: delivery.id, event: 'SUGGESTION_CREATED', data: { score: 0.82 } });

      const signature = request.headers['x-grozd-signature'] as string;
      expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      const signedAt = Number(/^t=(\d+)/.exec(signature)?.[1]);
      expect(signedAt).toBeGreaterThanOrEqual(Math.floor(before / 1000));
      expect(signedAt).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000));
      expect(verifyWebhookSignature(created.secret, request.body, signature, new Date())).toBe(true);
      expect(verifyWebhookSignature(`${created.secret}x`, request.body, signature, new Date())).toBe(false);
      expect(verifyWebhookSignature(created.secret, request.body.replace('0.82', '0.99'), signature, new Date())).toBe(false);
      // Another webhook's secret does not verify it either.
      const other = await createWebhook(t, a.token, { organizationId: a.id, url: receiver.url(uniquePath('other')), events: ['SUGGESTION_CREATED'] });
      expect(verifyWebhookSignature(other.secret, request.body, signature, new Date())).toBe(false);
    });

    it('sends the same bytes on every attempt', async () => {
      const path = uniquePath('again');
      const created = await createWebhook(t, a.token, { organizationId: a.id, url: receiver.url(path), events: ['SUGGESTION_CREATED'] });
      const delivery = await storeDelivery(t, { id: created.webhook.id, organizationId: a.id });
      const sender = t.app.get(WebhookSender);
      await sender.send(delivery);
      await sender.send(await t.dataSource.getRepository(Delivery).findOneByOrFail({ id: delivery.id }));
      const [first, second] = receiver.to(path);
      expect(second.body).toBe(first.body);
      expect(second.headers['x-grozd-delivery']).toBe(first.headers['x-grozd-delivery']);
    });

    it('treats a 500 as a retryable failure with the status', async () => {
      const path = uniquePath('fail');
      const created = await createWebhook(t, a.token, { organizationId: a.id, url: receiver.url(path), events: ['SUGGESTION_CREATED'] });
      const failure = await failureOf(t.app.get(WebhookSender).send(await storeDelivery(t, { id: created.webhook.id, organizationId: a.id })));
      expect(failure.options).toEqual({ responseStatus: 500 });
      expect(failure.message).toMatch(/HTTP 500/);
      expect(receiver.to(path)).toHaveLength(1);
    });

    it('does not follow a redirect: a retryable failure', async () => {
      const path = uniquePath('redirect');
      const created = await createWebhook(t, a.token, { organizationId: a.id, url: receiver.url(path), events: ['SUGGESTION_CREATED'] });
      const failure = await failureOf(t.app.get(WebhookSender).send(await storeDelivery(t, { id: created.webhook.id, organizationId: a.id })));
      expect(failure.options).toEqual({ responseStatus: 302 });
      expect(receiver.to('/elsewhere')).toHaveLength(0);
    });

    it('treats an unreachable receiver as a retryable failure without a status', async () => {
      const closed = await startReceiver();
      const url = closed.url('/gone');
      await closed.close();
      const created = await createWebhook(t, a.token, { organizationId: a.id, url, events: ['SUGGESTION_CREATED'] });
      const failure = await failureOf(t.app.get(WebhookSender).send(await storeDelivery(t, { id: created.webhook.id, organizationId: a.id })));
      expect(failure.options).toEqual({});
      expect(failure.message).toMatch(/ECONNREFUSED/);
    });

    it('fails for good when the webhook does not exist or belongs to another organization', async () => {
      const created = await createWebhook(t, a.token, { organizationId: a.id, url: receiver.url(uniquePath('foreign')), events: ['SUGGESTION_CREATED'] });
      const sender = t.app.get(WebhookSender);
      expect((await failureOf(sender.send(await storeDelivery(t, { id: crypto.randomUUID(), organizationId: a.id })))).options.permanent).toBe(true);
      expect((await failureOf(sender.send(await storeDelivery(t, { id: created.webhook.id, organizationId: b.id })))).options.permanent).toBe(true);
    });
  });
});

describe('webhooks through the dispatcher', () => {
  // A worker process: its dispatcher also wakes on NOTIFY by itself, so the tests wait for
  // the outcome instead of counting what dispatchDue() attempted.
  let t: TestApp;
  let receiver: WebhookReceiver;
  let organization: { id: string; token: string };

  const DELIVERY = graphql(`
    query WebhooksDispatchedDeliveries($id: ID!) {
      webhook(id: $id) {
        deliveries { totalCount edges { node { id kind channel status attempts lastError lastResponseStatus nextAttemptAt sentAt } } }
      }
    }
  `);

  /** Dispatches, then reads the webhook's log until the attempt's outcome is recorded. */
  async function dispatchAndRead(webhookId: string, deliveryId: string) {
    await t.app.get(DeliveryDispatcher).dispatchDue();
    return eventually(async () => {
      const data = await t.graphqlOk(DELIVERY, { id: webhookId }, organization.token);
      const delivery = data.webhook?.deliveries.edges.find((edge) => edge.node.id === deliveryId)?.node;
      // Claiming counts the attempt and marks it SENDING; recording the outcome ends that.
      const settled = delivery && delivery.status !== 'SENDING' && (delivery.status !== 'PENDING' || delivery.attempts > 0);
      return settled ? delivery : null;
    }, `the outcome of delivery ${deliveryId}`, 10_000);
  }

  beforeAll(async () => {
    receiver = await startReceiver();
    t = await startTestApp({}, { worker: true });
    organization = await createMemberOrganization(t);
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  it('sendTestWebhook reaches the receiver once, signed, and the log shows it SENT', async () => {
    const path = uniquePath('dispatched');
    const created = await createWebhook(t, organization.token, { organizationId: organization.id, url: receiver.url(path), events: ['SUGGESTION_CREATED'] });
    const { sendTestWebhook } = await t.graphqlOk(SEND_TEST_WEBHOOK, { id: created.webhook.id }, organization.token);

    const delivery = await dispatchAndRead(created.webhook.id, sendTestWebhook.id);
    expect(delivery).toMatchObject({ kind: 'TEST', channel: 'WEBHOOK', status: 'SENT', attempts: 1, lastError: null, lastResponseStatus: 204 });
    expect(delivery.sentAt).not.toBeNull();

    expect(receiver.to(path)).toHaveLength(1);
    const [request] = receiver.to(path);
    expect(request.headers['x-grozd-delivery']).toBe(sendTestWebhook.id);
    expect(JSON.parse(request.body)).toMatchObject({ id: sendTestWebhook.id, event: 'TEST', data: { organizationId: organization.id, side: null, webhookId: created.webhook.id } });
    expect(verifyWebhookSignature(created.secret, request.body, request.headers['x-grozd-signature'] as string, new Date())).toBe(true);

    // Sent is sent: another pass sends nothing again.
    await t.app.get(DeliveryDispatcher).dispatchDue();
    expect(receiver.to(path)).toHaveLength(1);
  });

  it('records a failed attempt in the log and keeps the delivery for a later retry', async () => {
    const path = uniquePath('fail');
    const created = await createWebhook(t, organization.token, { organizationId: organization.id, url: receiver.url(path), events: ['SUGGESTION_CREATED'] });
    const { sendTestWebhook } = await t.graphqlOk(SEND_TEST_WEBHOOK, { id: created.webhook.id }, organization.token);

    const delivery = await dispatchAndRead(created.webhook.id, sendTestWebhook.id);
    expect(delivery).toMatchObject({ status: 'PENDING', attempts: 1, lastResponseStatus: 500, sentAt: null });
    expect(delivery.lastError).toMatch(/HTTP 500/);
    expect(new Date(delivery.nextAttemptAt).getTime()).toBeGreaterThan(Date.now());
    expect(receiver.to(path)).toHaveLength(1);
  });
});

describe('webhooks in production', () => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  let organization: { id: string; token: string };

  beforeAll(async () => {
    receiver = await startReceiver();
    t = await startTestApp({ NODE_ENV: 'production' });
    organization = await createMemberOrganization(t);
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  it.each([
    ['http://127.0.0.1/hook', /https/, 'HTTPS_ONLY'],
    ['http://10.0.0.1/hook', /https/, 'HTTPS_ONLY'],
    ['http://partner.example/hook', /https/, 'HTTPS_ONLY'],
    ['https://127.0.0.1/hook', /public address/, 'NOT_PUBLIC'],
    ['https://10.0.0.1/hook', /public address/, 'NOT_PUBLIC'],
    ['https://169.254.169.254/latest/meta-data/', /public address/, 'NOT_PUBLIC'],
    ['https://[::1]/hook', /public address/, 'NOT_PUBLIC'],
    ['https://[::ffff:192.168.0.1]/hook', /public address/, 'NOT_PUBLIC'],
    ['https://localhost/hook', /public address/, 'NOT_PUBLIC'],
  ])('refuses %s with BAD_USER_INPUT on url, naming the part of the policy, storing nothing', async (url, message, reason) => {
    const before = await countRows(t, 'webhook');
    const response = await t.graphql(CREATE_WEBHOOK, { input: { organizationId: organization.id, url, events: ['SUGGESTION_CREATED'] } }, organization.token);
    const error = expectError(response, 'BAD_USER_INPUT', { fields: ['url'] });
    expect(error.extensions.fields).toEqual([{ field: 'url', message: expect.stringMatching(message), constraint: 'isAllowedUrl', reason }]);
    expect(await countRows(t, 'webhook')).toBe(before);
  });

  it('accepts https to a public address', async () => {
    // An IP literal: no DNS needed. Nothing is sent to it here.
    const created = await createWebhook(t, organization.token, { organizationId: organization.id, url: 'https://8.8.8.8/hook', events: ['SUGGESTION_CREATED'] });
    expect(created.webhook.url).toBe('https://8.8.8.8/hook');
  });

  it('checks the URL again when sending: a stored internal address fails for good, nothing is sent', async () => {
    const sender = t.app.get(WebhookSender);
    const repository = t.dataSource.getRepository(Webhook);
    for (const url of [receiver.url('/stored-http'), receiver.url('/stored-https').replace('http:', 'https:').replace('127.0.0.1', 'localhost')]) {
      // As if stored before the rules changed, or by a development build.
      const webhook = await repository.save(repository.create({ organizationId: organization.id, url, events: [WebhookEvent.SUGGESTION_CREATED], secret: 'whsec_x' }));
      const failure = await failureOf(sender.send(await storeDelivery(t, webhook)));
      expect(failure.options.permanent).toBe(true);
    }
    expect(receiver.received).toHaveLength(0);
  });
});
