import { Client } from 'graphql-ws';
import { OpenConnections } from '../src/auth/open-connections';
import { Clock } from '../src/common/clock/clock';
import { MailTransport } from '../src/mail/mail-transport.service';
import { MatchingService } from '../src/matching/matching.service';
import { ERASURE_LOCK } from '../src/organizations/erasure-lock';
import { SKIPPED_AS_ERASED } from '../src/organizations/organization-erasure.service';
import { SuggestionEvents } from '../src/suggestions/channels/subscription/suggestion-events.service';
import { DeliveryDispatcher } from '../src/suggestions/dispatch/delivery-dispatcher.service';
import { graphql } from './graphql';
import { createApiKey, createMemberOrganization, createNeed, createOffer, fittingOffer, invitationToken, needInput, partnershipThroughResponse } from './utils/fixtures';
import { eventually } from './utils/eventually';
import { advisoryLockWaits } from './utils/lock-waits';
import { expectError } from './utils/expect-errors';
import { MailCatcher, startMailCatcher } from './utils/mail-catcher';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';
import { startWebhookReceiver, WebhookReceiver } from './utils/webhook-receiver';
import { wsClient } from './utils/ws-client';

// The hub erases an organization that leaves it or asks for erasure under the GDPR: what
// the runbook's DELETE did in psql, in the product, confirmed by the organization's name,
// audited; its keys stop at once, its members' accounts stay.

const ERASE = graphql(`
  mutation ErasureErase($input: EraseOrganizationInput!) {
    eraseOrganization(input: $input) {
      organizationId name needs offers responses partnerships matches memberships invitations apiKeys webhooks deliveries emailSuppressions auditEntriesCleared
    }
  }
`);
const ORGANIZATION = graphql(`
  query ErasureOrganization($id: ID!) { organization(id: $id) { id name } }
`);
const INVITE_MEMBER = graphql(`
  mutation ErasureInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }
`);
const SIGN_UP = graphql(`
  mutation ErasureSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }
`);
const ACCEPT_INVITATION = graphql(`
  mutation ErasureAcceptInvitation($invitationToken: String!) { acceptInvitation(invitationToken: $invitationToken) { id } }
`);
const ME = graphql(`
  query ErasureMe { me { id memberships { organization { id } } } }
`);
const CREATE_WEBHOOK = graphql(`
  mutation ErasureCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }
`);
const SUGGESTION_ADDED = graphql(`
  subscription ErasureSuggestionAdded($organizationId: ID!) { suggestionAdded(organizationId: $organizationId) { id } }
`);

describe('eraseOrganization', () => {
  let t: TestApp;
  let people = 0;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const count = async (sql: string, parameters: unknown[]) => ((await t.dataSource.query(`SELECT count(*)::int AS count FROM ${sql}`, parameters)) as { count: number }[])[0].count;

  async function person(organizationId: string, role: 'ADMIN' | 'MEMBER') {
    const email = `erasure-${++people}@example.org`;
    const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId, email, role } }, TEST_ADMIN_KEY);
    const signedUp = await t.graphqlOk(SIGN_UP, { input: { invitationToken: invitationToken(invited.inviteMember), name: `Oseba ${people}`, password: 'a long enough password' } });
    return { token: signedUp.signUp.token, userId: signedUp.signUp.user.id, email };
  }

  /** An organization with a bit of everything the erasure takes, and another that keeps its own. */
  async function organizations() {
    const erased = await createMemberOrganization(t, { sector: 'MUNICIPALITY' });
    const other = await createMemberOrganization(t, { sector: 'COMPANY' });
    const admin = await person(erased.id, 'ADMIN');
    const need = await createNeed(t, erased.token, needInput(erased.id));
    const offer = await createOffer(t, other.token, fittingOffer(other.id));
    await t.app.get(MatchingService).scoreNeed(need.id);
    const partnership = await partnershipThroughResponse(t, erased, other.token);
    await t.graphqlOk(CREATE_WEBHOOK, { input: { organizationId: erased.id, url: 'http://127.0.0.1:9/hook', events: ['SUGGESTION_CREATED'] } }, erased.token);
    for (const organizationId of [erased.id, other.id]) {
      // A pending one among them: it must not be sent after the organization is gone.
      await t.dataSource.query(
        `INSERT INTO delivery (kind, subject_id, organization_id, channel, recipient, status, next_attempt_at)
         VALUES ('SUGGESTION', $1, $1, 'EMAIL', $2, 'PENDING', now() + interval '1 hour')`,
        [organizationId, `pending-${organizationId}@example.org`],
      );
      await t.dataSource.query(`INSERT INTO email_suppression (organization_id, email) VALUES ($1, $2)`, [organizationId, `gone-${organizationId}@example.org`]);
    }
    return { erased, other, admin, need, offer, partnership };
  }

  const stillThere = async (organizationId: string, needId: string) => ({
    organization: (await t.graphqlOk(ORGANIZATION, { id: organizationId }, TEST_ADMIN_KEY)).organization?.id ?? null,
    needs: await count(`need WHERE id = $1`, [needId]),
    deliveries: await count(`delivery WHERE organization_id = $1`, [organizationId]),
    suppressions: await count(`email_suppression WHERE organization_id = $1`, [organizationId]),
  });

  it('erases the organization and everything of it, audited; its key is refused at once; its member keeps the account', async () => {
    const { erased, other, admin, need, offer, partnership } = await organizations();
    const erasedKey = erased.token;
    const otherKeyCount = await count(`api_key WHERE organization_id = $1`, [other.id]);
    // Beside the one written here, the app logged its own (the response's, the partnership's).
    const deliveries = await count(`delivery WHERE organization_id = $1`, [erased.id]);

    // A hub key of a partner system: the audit log names it.
    const hubKey = await createApiKey(t, null);
    const [{ id: hubKeyId }] = (await t.dataSource.query(`SELECT id FROM api_key WHERE organization_id IS NULL ORDER BY created_at DESC LIMIT 1`)) as { id: string }[];

    const result = (await t.graphqlOk(ERASE, { input: { id: erased.id, nameConfirmation: erased.name } }, hubKey)).eraseOrganization;

    expect(result).toEqual({
      organizationId: erased.id,
      name: erased.name,
      needs: 2, // the scored one and the partnership's
      offers: 0,
      responses: 1,
      partnerships: 1,
      matches: expect.any(Number),
      memberships: 1,
      invitations: 1,
      apiKeys: 1,
      webhooks: 1,
      deliveries,
      emailSuppressions: 1,
      auditEntriesCleared: expect.any(Number),
    });
    expect(result.matches).toBeGreaterThanOrEqual(1);
    // Its API key: refused by the very next request.
    expectError(await t.graphql(ORGANIZATION, { id: other.id }, erasedKey), 'UNAUTHENTICATED');
    expect(await stillThere(erased.id, need.id)).toEqual({ organization: null, needs: 0, deliveries: 0, suppressions: 0 });
    for (const [table, column] of [
      ['match', 'need_id'],
      ['response', 'need_id'],
    ] as const) {
      expect({ table, rows: await count(`${table} WHERE ${column} = $1`, [need.id]) }).toEqual({ table, rows: 0 });
    }
    expect(await count(`partnership WHERE id = $1`, [partnership.id])).toBe(0);
    for (const table of ['membership', 'invitation', 'api_key', 'webhook', 'suggestion_preferences']) {
      expect({ table, rows: await count(`${table} WHERE organization_id = $1`, [erased.id]) }).toEqual({ table, rows: 0 });
    }
    // The other organization keeps its own: its offer, key, delivery log and unsubscribes.
    expect(await count(`offer WHERE id = $1`, [offer.id])).toBe(1);
    expect(await count(`api_key WHERE organization_id = $1`, [other.id])).toBe(otherKeyCount);
    expect(await stillThere(other.id, offer.id)).toMatchObject({ organization: other.id, deliveries: expect.any(Number), suppressions: 1 });
    expect((await stillThere(other.id, offer.id)).deliveries).toBeGreaterThanOrEqual(1);
    // The member's account stays, signed in, without the membership.
    expect((await t.graphqlOk(ME, {}, admin.token)).me).toEqual({ id: admin.userId, memberships: [] });

    const entries = (await t.dataSource.query(
      `SELECT action, actor_type, actor_id, changes FROM audit_log_entry WHERE organization_id = $1 ORDER BY id`,
      [erased.id],
    )) as { action: string; actor_type: string; actor_id: string | null; changes: Record<string, unknown> }[];
    const erasure = entries.at(-1)!;
    expect(erasure).toMatchObject({ action: 'organization.erase', actor_type: 'api_key', actor_id: hubKeyId, changes: { name: erased.name, needs: 2, apiKeys: 1 } });
    // The older ones keep what was done and when, not the names and titles the organization wrote.
    const older = entries.slice(0, -1);
    expect(older.map((entry) => entry.action)).toEqual(expect.arrayContaining(['organization.create', 'need.create']));
    expect(older.length).toBe(result.auditEntriesCleared);
    expect(older.filter((entry) => JSON.stringify(entry.changes).includes(erased.name) || 'title' in entry.changes)).toEqual([]);
  });

  /**
   * A graphql-ws client signed in with the token; `closed` is the close event once the socket closed.
   * Not lazy: the client does not close a socket left without subscriptions itself, so the socket
   * stays open unless the server closes it.
   */
  function connect(token: string, clients: Client[]) {
    const client = wsClient(t.url, token, { lazy: false });
    clients.push(client);
    const accepted = new Promise<void>((resolve) => client.on('connected', () => resolve()));
    const state: { closed: { code: number } | null } = { closed: null };
    client.on('closed', (event) => (state.closed = event as { code: number }));
    return { client, accepted, state };
  }

  /** The organization's new suggestions over the client; `next` asked at once (graphql-ws's iterator misses an end that comes while no next() waits). */
  function suggestionsOf(client: Client, organizationId: string) {
    const events = client.iterate({ query: SUGGESTION_ADDED.toString(), variables: { organizationId } });
    return { events, next: events.next().catch((error: unknown) => error) };
  }

  /** Once `count` subscriptions to the organization's events are in place (listening, tied to their connections). */
  async function listening(organizationId: string, count = 1) {
    await eventually(() => t.app.get(OpenConnections).followers(organizationId) >= count, `${count} subscription(s) to ${organizationId}`, 5_000);
  }

  it('closes the websockets its keys opened (4403), and ends the subscriptions to its events, its members’ and the hub’s, on open sockets', async () => {
    const { erased, admin } = await organizations();
    const clients: Client[] = [];
    try {
      const byKey = connect(erased.token, clients);
      const byMember = connect(admin.token, clients);
      const byHub = connect(TEST_ADMIN_KEY, clients);
      const subscriptions = [byKey, byMember, byHub].map(({ client }) => suggestionsOf(client, erased.id));
      await Promise.all([byKey.accepted, byMember.accepted, byHub.accepted]);
      await listening(erased.id, 3);

      await t.graphqlOk(ERASE, { input: { id: erased.id, nameConfirmation: erased.name } }, TEST_ADMIN_KEY);
      // The key is gone: its socket closes (its subscription may have ended a moment before, with the organization).
      await subscriptions[0].next;
      expect(await eventually(() => byKey.state.closed, 'the key’s socket closed', 5_000)).toMatchObject({ code: 4403 });
      // The member's session and the hub's key stay valid: their subscriptions to what is gone
      // end (complete), their sockets stay open.
      expect(await subscriptions[1].next).toEqual({ done: true, value: undefined });
      expect(await subscriptions[2].next).toEqual({ done: true, value: undefined });
      expect([byMember.state.closed, byHub.state.closed]).toEqual([null, null]);
    } finally {
      await Promise.all(clients.map((client) => client.dispose()));
    }
  });

  // A person may be a member of several organizations: erasing one closed the websocket they had
  // open (4403) for all of them, and the web app, which takes 4403 for a lost session, sent them to
  // sign in again.
  it("keeps a member's websocket open for their other organizations, which go on hearing their events", async () => {
    const { erased, other, admin } = await organizations();
    const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: other.id, email: admin.email, role: 'MEMBER' } }, TEST_ADMIN_KEY);
    await t.graphqlOk(ACCEPT_INVITATION, { invitationToken: invitationToken(invited.inviteMember) }, admin.token);
    // A match that stays: another organization's need and the other organization's own offer.
    const third = await createMemberOrganization(t);
    const need = await createNeed(t, third.token, needInput(third.id));
    const offer = await createOffer(t, other.token, fittingOffer(other.id));
    const [{ id: matchId }] = (await t.dataSource.query(`INSERT INTO match (need_id, offer_id, score, components, scored_at) VALUES ($1, $2, 0.81, '[]', now()) RETURNING id`, [
      need.id,
      offer.id,
    ])) as { id: string }[];

    const clients: Client[] = [];
    try {
      // One socket, as the web app has, following both organizations.
      const socket = connect(admin.token, clients);
      const ofErased = suggestionsOf(socket.client, erased.id);
      const ofOther = suggestionsOf(socket.client, other.id);
      await socket.accepted;
      await listening(erased.id);
      await listening(other.id);

      await t.graphqlOk(ERASE, { input: { id: erased.id, nameConfirmation: erased.name } }, TEST_ADMIN_KEY);
      expect(await ofErased.next).toEqual({ done: true, value: undefined });
      await t.app.get(SuggestionEvents).publish(other.id, matchId);
      expect(await ofOther.next).toEqual({ done: false, value: { data: { suggestionAdded: { id: matchId } } } });
      expect(socket.state.closed).toBeNull();
    } finally {
      await Promise.all(clients.map((client) => client.dispose()));
    }
  });

  it('refuses a name that is not exactly the organization’s, naming nameConfirmation, and erases nothing', async () => {
    const { erased, need } = await organizations();
    const before = await stillThere(erased.id, need.id);
    for (const nameConfirmation of [erased.name.toUpperCase(), erased.name.slice(0, -1), 'Društvo']) {
      expectError(await t.graphql(ERASE, { input: { id: erased.id, nameConfirmation } }, TEST_ADMIN_KEY), 'BAD_USER_INPUT', { fields: ['nameConfirmation'], constraint: 'equals' });
    }
    expect(await stillThere(erased.id, need.id)).toEqual(before);
    expect(before).toMatchObject({ organization: erased.id, needs: 1, suppressions: 1 });
    expect(before.deliveries).toBeGreaterThanOrEqual(1);
    // Its key still works.
    expect((await t.graphqlOk(ORGANIZATION, { id: erased.id }, erased.token)).organization?.id).toBe(erased.id);
    expect(await count(`audit_log_entry WHERE action = 'organization.erase' AND organization_id = $1`, [erased.id])).toBe(0);
  });

  it('is FORBIDDEN to everyone but the hub, also to the organization’s own admin and key, and erases nothing', async () => {
    const { erased, other, admin, need } = await organizations();
    const before = await stillThere(erased.id, need.id);
    for (const token of [admin.token, erased.token, other.token, await createApiKey(t, erased.id)]) {
      expectError(await t.graphql(ERASE, { input: { id: erased.id, nameConfirmation: erased.name } }, token), 'FORBIDDEN', { message: 'Only the hub staff may do this.' });
    }
    expectError(await t.graphql(ERASE, { input: { id: erased.id, nameConfirmation: erased.name } }), 'UNAUTHENTICATED');
    expect(await stillThere(erased.id, need.id)).toEqual(before);
  });

  it('answers NOT_FOUND for an organization that is not there (or was erased already)', async () => {
    const { erased } = await organizations();
    await t.graphqlOk(ERASE, { input: { id: erased.id, nameConfirmation: erased.name } }, TEST_ADMIN_KEY);
    expectError(await t.graphql(ERASE, { input: { id: erased.id, nameConfirmation: erased.name } }, TEST_ADMIN_KEY), 'NOT_FOUND');
  });
});

// An erasure that commits while a delivery to or about the organization is being sent (its
// message composed, not yet handed to the SMTP server or the receiver) must not let that
// message out after it: the send finishes first and the erasure waits for it, or the send
// finds the organization gone and is skipped.
describe('eraseOrganization while its deliveries are being sent', () => {
  let t: TestApp;
  let smtp: MailCatcher;
  let receiver: WebhookReceiver;
  // SMTP recipients held at RCPT TO until their gate opens.
  const gates = new Map<string, { reached: boolean; open: () => void; opened: Promise<void> }>();

  function gate(address: string) {
    let open!: () => void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    const held = { reached: false, open, opened };
    gates.set(address, held);
    return held;
  }

  beforeAll(async () => {
    smtp = await startMailCatcher({
      hold: (address) => {
        const held = gates.get(address);
        if (!held) return undefined;
        held.reached = true;
        return held.opened;
      },
    });
    receiver = await startWebhookReceiver();
    t = await startTestApp({ SMTP_URL: smtp.url }, { worker: true });
  });
  afterAll(async () => {
    for (const held of gates.values()) held.open();
    await t?.close();
    await smtp?.close();
    await receiver?.close();
  });
  afterEach(() => jest.restoreAllMocks());

  const count = async (sql: string, parameters: unknown[]) => ((await t.dataSource.query(`SELECT count(*)::int AS count FROM ${sql}`, parameters)) as { count: number }[])[0].count;
  const erase = (organization: { id: string; name: string }) =>
    t.graphqlOk(ERASE, { input: { id: organization.id, nameConfirmation: organization.name } }, TEST_ADMIN_KEY);

  /** A need of the organization to be erased and another organization's offer that fits it, scored: both are told by e-mail. */
  async function suggestedPair(names: string) {
    const erased = await createMemberOrganization(t, { sector: 'MUNICIPALITY', email: `info@${names}.si` });
    const other = await createMemberOrganization(t, { sector: 'COMPANY', email: `hello@${names}-firma.si` });
    return { erased, other };
  }

  it('sends no e-mail to it or about it once the erasure committed', async () => {
    const { erased, other } = await suggestedPair('sredi-posiljanja');
    const toErased = gate(`info@sredi-posiljanja.si`);
    const toOther = gate(`hello@sredi-posiljanja-firma.si`);
    const input = needInput(erased.id);
    const need = await createNeed(t, erased.token, input);
    await createOffer(t, other.token, fittingOffer(other.id));
    await t.app.get(MatchingService).scoreNeed(need.id);
    // Both messages composed (the need's title in them), their senders at RCPT TO.
    await eventually(() => toErased.reached && toOther.reached, 'both suggestions being sent');
    const aboutTheNeed = () => smtp.mails.filter((mail) => mail.text.includes(input.title));

    let answered = false;
    // What had arrived by the time the erasure answered (it answers once committed).
    const erasing = erase(erased).then(() => {
      answered = true;
      return aboutTheNeed().length;
    });
    // Committed already, or waiting for the sends under way.
    await eventually(
      async () => answered || ((await t.dataSource.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)) as unknown[]).length > 0,
      'the erasure to commit or wait',
    );
    toErased.open();
    toOther.open();
    const arrivedBeforeTheErasure = await erasing;
    await t.app.get(MailTransport).settled();

    expect(aboutTheNeed()).toHaveLength(arrivedBeforeTheErasure);
    // Composed before it, they were handed over before it committed: it waited for them, and
    // found the other organization's recorded as sent, not still to send.
    expect(arrivedBeforeTheErasure).toBe(2);
    expect(await count(`delivery WHERE organization_id = $1`, [erased.id])).toBe(0);
    expect(await t.dataSource.query(`SELECT kind, status FROM delivery WHERE organization_id = $1 AND channel = 'EMAIL'`, [other.id])).toEqual([
      { kind: 'SUGGESTION', status: 'SENT' },
    ]);
  });

  /** Another organization's webhook event about the erased organization's need, whose first attempt failed: it waits for a retry. */
  async function webhookAboutIt(names: string) {
    const { erased, other } = await suggestedPair(names);
    const path = `/${names}-${other.id}`;
    receiver.failing.add(path);
    await t.graphqlOk(CREATE_WEBHOOK, { input: { organizationId: other.id, url: receiver.url(path), events: ['SUGGESTION_CREATED'] } }, other.token);
    const need = await createNeed(t, erased.token, needInput(erased.id));
    await createOffer(t, other.token, fittingOffer(other.id));
    await t.app.get(MatchingService).scoreNeed(need.id);
    const read = async () =>
      ((await t.dataSource.query(`SELECT status, attempts, last_error FROM delivery WHERE organization_id = $1 AND channel = 'WEBHOOK'`, [other.id])) as {
        status: string;
        attempts: number;
        last_error: string | null;
      }[])[0];
    // One read: two would see the row before its claim (PENDING, no attempt) and during it (SENDING, one).
    await eventually(async () => {
      const row = await read();
      return row?.status === 'PENDING' && row.attempts === 1;
    }, 'the first, failed attempt');
    receiver.failing.delete(path);
    return { erased, read, received: () => receiver.to(path) };
  }

  /** Makes the retry due (the clock past its backoff) and lets the dispatcher at it. */
  function retryDue() {
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 31 * 60_000));
    return t.app.get(DeliveryDispatcher).dispatchDue();
  }

  it('skips, for good, a webhook event of another organization about it that waits for a retry', async () => {
    const { erased, read, received } = await webhookAboutIt('ponovni-poskus');

    await erase(erased);
    await retryDue();

    expect(received()).toHaveLength(1); // the failed attempt only
    expect(await read()).toEqual({ status: 'SKIPPED', attempts: 1, last_error: SKIPPED_AS_ERASED });
  });

  it('skips a webhook event about it that a worker claimed but had not sent when the erasure committed', async () => {
    const { erased, read, received } = await webhookAboutIt('zasedeno');
    // A send of something else in flight, as far as the lock goes: the erasure waits for it.
    const inFlight = t.dataSource.createQueryRunner();
    await inFlight.startTransaction();
    try {
      await inFlight.query('SELECT pg_advisory_xact_lock_shared($1)', [ERASURE_LOCK]);
      const erasing = erase(erased);
      await eventually(async () => (await advisoryLockWaits(t.dataSource, 'application')) === 1, 'the erasure waiting');
      // The retry, claimed now (SENDING), waits behind the erasure to be handed over, on the sends'
      // pool (with the other sends the clock made due, the suggestion's e-mails among them).
      const retrying = retryDue();
      await eventually(async () => (await read()).status === 'SENDING' && (await advisoryLockWaits(t.dataSource, 'hand-off')) > 0, 'the claimed retry');
      await inFlight.rollbackTransaction();
      await Promise.all([erasing, retrying]);
    } finally {
      if (inFlight.isTransactionActive) await inFlight.rollbackTransaction();
      await inFlight.release();
    }

    expect(received()).toHaveLength(1); // the failed attempt only
    // Recorded by the erasure: skipped, not failed, and not tried again.
    expect(await read()).toEqual({ status: 'SKIPPED', attempts: 2, last_error: SKIPPED_AS_ERASED });
    jest.restoreAllMocks();
    await t.app.get(DeliveryDispatcher).dispatchDue();
    expect(received()).toHaveLength(1);
  });
});
