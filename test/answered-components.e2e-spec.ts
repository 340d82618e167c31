import { DecisionHistoryRepository } from '../src/matching/decision-history.repository';
import { MatchingService } from '../src/matching/matching.service';
import { DeliveryDispatcher } from '../src/suggestions/dispatch/delivery-dispatcher.service';
import { graphql } from './graphql';
import { eventually } from './utils/eventually';
import { createMemberOrganization, createNeed, createOffer, fittingOffer, needInput } from './utils/fixtures';
import { settleDeliveries } from './utils/settle';
import { startTestApp, TestApp } from './utils/test-app';

const SUGGESTIONS = graphql(`
  query AnsweredComponentsSuggestions($id: ID!) { need(id: $id) { suggestions { id offer { id } } } }
`);
const RESPOND = graphql(`
  mutation AnsweredComponentsRespond($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status } }
`);
const UPDATE_OFFER = graphql(`
  mutation AnsweredComponentsUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { id capacity } }
`);

// The calibration learns from each answer with its pair's stored components
// (DecisionHistoryRepository.answeredPairs): they must be those the answer was given on, not
// what a later scoring of the pair's need or offer made of it.
describe('the components an answer is learned with', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({}, { worker: true });
  });

  afterAll(async () => {
    await t?.close();
  });

  const settle = () => settleDeliveries(t, () => t.app.get(DeliveryDispatcher).pass());
  const storedOf = async (id: string) =>
    ((await t.dataSource.query(`SELECT status, score, components::text AS components, scored_at FROM match WHERE id = $1`, [id])) as {
      status: string;
      components: string;
    }[])[0];
  /** The capacity reason of each answer the calibration learns from, declines and acceptances apart. */
  const learned = async () =>
    (await t.app.get(DecisionHistoryRepository).answeredPairs()).map((answer) => ({
      accepted: answer.accepted,
      capacity: (answer.components as readonly { name: string; reason?: unknown }[]).find((part) => part.name === 'capacity')?.reason,
    }));

  it('keeps a declined pair as it was declined when its need and offer are scored again', async () => {
    const municipality = await createMemberOrganization(t, { name: 'Občina Zavrnjeni Razlogi', sector: 'MUNICIPALITY' });
    const company = await createMemberOrganization(t, { name: 'Podjetje Zavrnjeni Razlogi', sector: 'COMPANY' });
    const offer = await createOffer(t, company.token, { ...fittingOffer(company.id), capacity: 3 });
    const need = await createNeed(t, municipality.token, needInput(municipality.id));
    const match = await eventually(async () => {
      const data = await t.graphqlOk(SUGGESTIONS, { id: need.id }, municipality.token);
      return data.need?.suggestions?.find((suggestion) => suggestion.offer.id === offer.id);
    }, 'the need to be matched with the offer');
    await settle();

    // Declined on "3 of 3 places free".
    await t.graphqlOk(RESPOND, { input: { matchId: match.id, decision: 'DECLINE', declineReason: 'NOT_RELEVANT' } }, municipality.token);
    await settle();
    const declined = await storedOf(match.id);
    expect(declined.status).toBe('DECLINED');
    expect(await learned()).toEqual([{ accepted: false, capacity: ['placesFree', 3, 3] }]);

    // The offer now has five places: its scoring, and the need's, find the pair again and would
    // say "5 of 5 places free", which the municipality never saw.
    await t.graphqlOk(UPDATE_OFFER, { input: { id: offer.id, capacity: 5 } }, company.token);
    await settle();
    await t.app.get(MatchingService).scoreNeed(need.id);
    await t.app.get(MatchingService).scoreOffer(offer.id);
    await settle();

    expect(await storedOf(match.id)).toEqual(declined);
    expect(await learned()).toEqual([{ accepted: false, capacity: ['placesFree', 3, 3] }]);
  });

  // A pair one side accepted is scored again while the other may still answer (its card says
  // today's truth), so its stored components move on; the acceptance was given on those before.
  it('learns the first answer of a pair scored again after it with the components it was given on, the second with the stored ones', async () => {
    const municipality = await createMemberOrganization(t, { name: 'Občina Prvi Odgovor', sector: 'MUNICIPALITY' });
    const company = await createMemberOrganization(t, { name: 'Podjetje Prvi Odgovor', sector: 'COMPANY' });
    const offer = await createOffer(t, company.token, { ...fittingOffer(company.id), capacity: 3 });
    const need = await createNeed(t, municipality.token, needInput(municipality.id));
    const match = await eventually(async () => {
      const data = await t.graphqlOk(SUGGESTIONS, { id: need.id }, municipality.token);
      return data.need?.suggestions?.find((suggestion) => suggestion.offer.id === offer.id);
    }, 'the need to be matched with the offer');
    await settle();
    const before = await learned();

    // The municipality accepts on "3 of 3 places free"; the offer then grows to five places.
    await t.graphqlOk(RESPOND, { input: { matchId: match.id, decision: 'ACCEPT' } }, municipality.token);
    await settle();
    await t.graphqlOk(UPDATE_OFFER, { input: { id: offer.id, capacity: 5 } }, company.token);
    await settle();
    await t.app.get(MatchingService).scoreOffer(offer.id);
    const interested = await storedOf(match.id);
    // The pair still waiting for the company says what is true now.
    expect(interested.status).toBe('INTERESTED');
    expect(interested.components).toContain('["placesFree",5,5]');
    expect(await learned()).toEqual([{ accepted: true, capacity: ['placesFree', 3, 3] }, ...before]);

    // The company declines it, on "5 of 5".
    await t.graphqlOk(RESPOND, { input: { matchId: match.id, decision: 'DECLINE', declineReason: 'TIMING' } }, company.token);
    await settle();
    expect(await learned()).toEqual([{ accepted: true, capacity: ['placesFree', 3, 3] }, { accepted: false, capacity: ['placesFree', 5, 5] }, ...before]);
  });
});
