import { NestExpressApplication } from '@nestjs/platform-express';
import { Client, createClient } from 'graphql-ws';
import { Redis } from 'ioredis';
import { createApi } from '../src/bootstrap/bootstrap';
import { REDIS } from '../src/redis/redis.module';
import { createMemberOrganization, createNeed, needInput } from './utils/fixtures';
import { expectError } from './utils/expect-errors';
import { graphql } from './graphql';
import { eventually } from './utils/eventually';
import { startTestApp, TestApp, TypedDocument } from './utils/test-app';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const WebSocket = require('ws') as new (url: string, protocols?: string | string[]) => object;

// When one side completed or cancelled a partnership, the other organization's open pages (the
// partnerships page, the desk, the need's page) showed it ACTIVE until a reload. partnershipChanged
// tells both organizations of each end, through Redis, whichever API process the page is
// connected to (here: the second; the partnerships are ended on the first).

const PARTNERSHIP_CHANGED = graphql(`
  subscription PartnershipChangedEvents($organizationId: ID!) {
    partnershipChanged(organizationId: $organizationId) {
      id status outcomeNote endedAt
      need { id status }
      needOrganization { id }
      partnerOrganization { id }
    }
  }
`);
const RESPOND = graphql(`
  mutation PartnershipChangedRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }
`);
const ACCEPT = graphql(`
  mutation PartnershipChangedAccept($id: ID!) { acceptResponse(id: $id) { id } }
`);
const END = graphql(`
  mutation PartnershipChangedEnd($input: EndPartnershipInput!) { endPartnership(input: $input) { id status } }
`);

function subscribe<TResult, TVariables>(client: Client, document: TypedDocument<TResult, TVariables>, variables: TVariables) {
  return client.iterate<TResult>({ query: document.toString(), variables: variables as Record<string, unknown> });
}

describe('partnershipChanged subscription', () => {
  let t: TestApp;
  let second: NestExpressApplication;
  let secondUrl: string;
  let redis: Redis;
  const clients: Client[] = [];
  type Member = Awaited<ReturnType<typeof createMemberOrganization>>;
  let municipality: Member;
  let ngo: Member;

  beforeAll(async () => {
    t = await startTestApp();
    second = await createApi(t.config, { worker: false });
    await second.listen(0, '127.0.0.1');
    secondUrl = (await second.getUrl()).replace('[::1]', '127.0.0.1');
    redis = t.app.get<Redis>(REDIS);
  });

  // Organizations of their own in each test: no channel is still being left by an earlier one.
  beforeEach(async () => {
    municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY' });
    ngo = await createMemberOrganization(t);
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });

  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  function connect(token: string) {
    const client = createClient({ url: `${secondUrl.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { Authorization: `Bearer ${token}` }, retryAttempts: 0 });
    clients.push(client);
    return client;
  }

  /** The organization's partnership events, over a connection to the second API process, once its Redis channel is subscribed. */
  async function listen(token: string, organizationId: string) {
    const events = subscribe(connect(token), PARTNERSHIP_CHANGED, { organizationId });
    await eventually(async () => (await subscribers(organizationId)) > 0, `a subscriber to ${organizationId}'s partnerships`, 5_000);
    return {
      next: async () => {
        const event = await events.next();
        expect(event.value.errors).toBeUndefined();
        return event.value.data?.partnershipChanged;
      },
    };
  }

  async function subscribers(organizationId: string): Promise<number> {
    return Number(((await redis.pubsub('NUMSUB', `${t.config.queuePrefix}:partnership-changed:${organizationId}`)) as [string, number])[1]);
  }

  /** A partnership between the municipality's new need and the NGO, formed by accepting the NGO's response. */
  async function partnership() {
    const needId = (await createNeed(t, municipality.token, needInput(municipality.id, { kind: 'CALL_FOR_PARTNERS' }))).id;
    const responseId = (await t.graphqlOk(RESPOND, { input: { needId, message: 'Radi pomagamo.' } }, ngo.token)).respondToNeed.id;
    const id = (await t.graphqlOk(ACCEPT, { id: responseId }, municipality.token)).acceptResponse.id;
    return { id, needId };
  }

  it('tells both organizations of a cancellation by either, with its need open again; nothing of its forming', async () => {
    const needSide = await listen(municipality.token, municipality.id);
    const partner = await listen(ngo.token, ngo.id);
    // Formed while both listen: the first event either hears is its end.
    const { id, needId } = await partnership();

    await t.graphqlOk(END, { input: { id, status: 'CANCELLED', outcomeNote: 'Ni steklo.' } }, ngo.token);
    const cancelled = await needSide.next();
    expect(cancelled).toEqual({
      id,
      status: 'CANCELLED',
      outcomeNote: 'Ni steklo.',
      endedAt: expect.any(String),
      need: { id: needId, status: 'OPEN' },
      needOrganization: { id: municipality.id },
      partnerOrganization: { id: ngo.id },
    });
    expect(await partner.next()).toEqual(cancelled);
  });

  it('tells both organizations of a completion, its need still PARTNERED', async () => {
    const { id, needId } = await partnership();
    const needSide = await listen(municipality.token, municipality.id);
    const partner = await listen(ngo.token, ngo.id);

    await t.graphqlOk(END, { input: { id, status: 'COMPLETED' } }, municipality.token);
    const completed = await partner.next();
    expect(completed).toMatchObject({ id, status: 'COMPLETED', endedAt: expect.any(String), need: { id: needId, status: 'PARTNERED' } });
    expect(await needSide.next()).toEqual(completed);
  });

  it('says nothing when an ending is refused', async () => {
    const ended = await partnership();
    const active = await partnership();
    await t.graphqlOk(END, { input: { id: ended.id, status: 'COMPLETED' } }, municipality.token);
    const needSide = await listen(municipality.token, municipality.id);
    const partner = await listen(ngo.token, ngo.id);

    // Already ended, and ended by a third organization's member: refused, and not announced.
    expectError(await t.graphql(END, { input: { id: ended.id, status: 'CANCELLED' } }, ngo.token), 'CONFLICT');
    const third = await createMemberOrganization(t);
    expectError(await t.graphql(END, { input: { id: active.id, status: 'CANCELLED' } }, third.token), 'FORBIDDEN');
    // The first event each hears is of the ending made after those refused.
    await t.graphqlOk(END, { input: { id: active.id, status: 'CANCELLED' } }, municipality.token);
    expect(await needSide.next()).toMatchObject({ id: active.id, status: 'CANCELLED' });
    expect(await partner.next()).toMatchObject({ id: active.id, status: 'CANCELLED' });
  });

  it('refuses a member of a third organization with FORBIDDEN', async () => {
    const third = await createMemberOrganization(t);
    const refused = await subscribe(connect(third.token), PARTNERSHIP_CHANGED, { organizationId: municipality.id }).next();
    expect(refused.value.data).toBeUndefined();
    expect(refused.value.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
  });
});
