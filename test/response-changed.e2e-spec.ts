import { afterCommit } from '../src/database/after-commit';
import { createMemberOrganization, createNeed, createOffer, needInput, offerInput } from './utils/fixtures';
import { graphql } from './graphql';
import { subscribe, twoApis } from './utils/live-apis';
import { TestApp } from './utils/test-app';
// A municipality whose need's page or desk was open saw a new response only after a reload, and
// an NGO whose response was accepted, declined or closed saw no change. responseChanged tells
// both organizations of each new response and each change of its status, through Redis, whichever
// API process the page is connected to (here: the second; the changes are made on the first).

const RESPONSE_CHANGED = graphql(`
  subscription ResponseChangedEvents($organizationId: ID!) {
    responseChanged(organizationId: $organizationId) {
      id status message
      organization { id }
      need { id status organization { id } }
      partnership { id }
    }
  }
`);
const RESPOND = graphql(`
  mutation ResponseChangedRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }
`);
const ACCEPT = graphql(`
  mutation ResponseChangedAccept($id: ID!) { acceptResponse(id: $id) { id } }
`);
const DECLINE = graphql(`
  mutation ResponseChangedDecline($id: ID!) { declineResponse(id: $id) { id } }
`);
const WITHDRAW = graphql(`
  mutation ResponseChangedWithdraw($id: ID!) { withdrawResponse(id: $id) { id } }
`);
const ANSWER_SUGGESTION = graphql(`
  mutation ResponseChangedAnswerSuggestion($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status } }
`);

describe('responseChanged subscription', () => {
  const apis = twoApis();
  let t: TestApp;
  type Member = Awaited<ReturnType<typeof createMemberOrganization>>;
  let municipality: Member;
  let ngo: Member;

  beforeAll(() => {
    t = apis.t;
  });

  // Organizations of their own in each test: no channel is still being left by an earlier one.
  beforeEach(async () => {
    municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY' });
    ngo = await createMemberOrganization(t);
  });

  /** The organization's response events, over a connection to the second API process, once its Redis channel is subscribed. */
  async function listen(token: string, organizationId: string) {
    const events = await apis.listen(token, RESPONSE_CHANGED, { organizationId }, 'response-changed');
    return { next: async () => (await events.next())?.responseChanged };
  }

  const newNeed = async () => (await createNeed(t, municipality.token, needInput(municipality.id, { kind: 'CALL_FOR_PARTNERS' }))).id;
  const respond = async (needId: string, token: string, message = 'Radi pomagamo.') => (await t.graphqlOk(RESPOND, { input: { needId, message } }, token)).respondToNeed.id;

  it('tells both organizations of a new response, then of its acceptance with the partnership it formed', async () => {
    const needId = await newNeed();
    const needSide = await listen(municipality.token, municipality.id);
    const responder = await listen(ngo.token, ngo.id);

    const responseId = await respond(needId, ngo.token, 'Imamo 10 prostovoljcev.');
    const arrived = { id: responseId, status: 'PENDING', message: 'Imamo 10 prostovoljcev.', organization: { id: ngo.id }, need: { id: needId, status: 'OPEN', organization: { id: municipality.id } }, partnership: null };
    expect(await needSide.next()).toEqual(arrived);
    expect(await responder.next()).toEqual(arrived);

    await t.graphqlOk(ACCEPT, { id: responseId }, municipality.token);
    const accepted = await responder.next();
    // As it is once committed: the need partnered, the partnership there to read.
    expect(accepted).toMatchObject({ id: responseId, status: 'ACCEPTED', need: { id: needId, status: 'PARTNERED' }, partnership: { id: expect.any(String) } });
    expect(await needSide.next()).toEqual(accepted);
  });

  it("tells the responding organization of a decline, and the need's of a withdrawal", async () => {
    const needId = await newNeed();
    const needSide = await listen(municipality.token, municipality.id);
    const responder = await listen(ngo.token, ngo.id);
    const declined = await respond(needId, ngo.token);
    expect((await responder.next())?.status).toBe('PENDING');
    await t.graphqlOk(DECLINE, { id: declined }, municipality.token);
    expect(await responder.next()).toMatchObject({ id: declined, status: 'DECLINED' });

    const withdrawn = await respond(needId, ngo.token);
    await t.graphqlOk(WITHDRAW, { id: withdrawn }, ngo.token);
    // In the order they happened: the first response, its decline, the second, its withdrawal.
    expect((await needSide.next())?.id).toBe(declined);
    expect(await needSide.next()).toMatchObject({ id: declined, status: 'DECLINED' });
    expect(await needSide.next()).toMatchObject({ id: withdrawn, status: 'PENDING' });
    expect(await needSide.next()).toMatchObject({ id: withdrawn, status: 'WITHDRAWN' });
  });

  it('tells the responding organization that its response closed when a suggestion partnered the need', async () => {
    const needId = await newNeed();
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    const offer = await createOffer(t, company.token, offerInput(company.id));
    const responseId = await respond(needId, ngo.token);
    const [{ id: matchId }] = await t.dataSource.query(`INSERT INTO match (need_id, offer_id, score, components, scored_at) VALUES ($1, $2, 0.8, '[]', now()) RETURNING id`, [needId, offer.id]);
    const responder = await listen(ngo.token, ngo.id);

    await t.graphqlOk(ANSWER_SUGGESTION, { input: { matchId, decision: 'ACCEPT' } }, company.token);
    await t.graphqlOk(ANSWER_SUGGESTION, { input: { matchId, decision: 'ACCEPT' } }, municipality.token);
    expect(await responder.next()).toMatchObject({ id: responseId, status: 'CLOSED', need: { id: needId, status: 'PARTNERED' }, partnership: null });
  });

  it('refuses a member of a third organization with FORBIDDEN', async () => {
    const third = await createMemberOrganization(t);
    const refused = await subscribe(apis.connect(third.token), RESPONSE_CHANGED, { organizationId: municipality.id }).next();
    expect(refused.value.data).toBeUndefined();
    expect(refused.value.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
  });

  it('tells an organization nothing of responses between two others', async () => {
    const third = await createMemberOrganization(t);
    const bystander = await listen(third.token, third.id);
    const needId = await newNeed();
    const other = await respond(needId, ngo.token);
    await t.graphqlOk(DECLINE, { id: other }, municipality.token);
    // The first event it hears is of its own response, made after the others.
    const own = await respond(needId, third.token);
    expect((await bystander.next())?.id).toBe(own);
  });

  it('announces a change only once its transaction commits, and never one rolled back', async () => {
    const heard: string[] = [];
    await t.dataSource.transaction(async (manager) => {
      afterCommit(manager, () => heard.push('committed'));
      await manager.query('SELECT 1');
      expect(heard).toEqual([]);
    });
    expect(heard).toEqual(['committed']);
    await expect(
      t.dataSource.transaction(async (manager) => {
        afterCommit(manager, () => heard.push('rolled back'));
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    afterCommit(t.dataSource.manager, () => heard.push('no transaction'));
    expect(heard).toEqual(['committed', 'no transaction']);
  });
});
