import { randomUUID } from 'node:crypto';
import { NeedsService } from '../src/needs/needs.service';
import { OffersService } from '../src/offers/offers.service';
import { createMemberOrganization, createNeed, createOffer, needInput, offerInput } from './utils/fixtures';
import { startTestApp, TestApp } from './utils/test-app';

// What NeedsService and OffersService offer the partnerships module: each writes its own table.
describe('postings for partnerships', () => {
  let t: TestApp;
  let needs: NeedsService;
  let offers: OffersService;
  beforeAll(async () => {
    t = await startTestApp();
    needs = t.app.get(NeedsService);
    offers = t.app.get(OffersService);
  });
  afterAll(() => t.close());

  const eventsOf = async (aggregateId: string): Promise<string[]> =>
    ((await t.dataSource.query(`SELECT event_type FROM outbox_event WHERE aggregate_id = $1 ORDER BY id`, [aggregateId])) as { event_type: string }[]).map(
      (event) => event.event_type,
    );

  it('locks an open need and an offer with room, then partners the need and takes one place of the offer', async () => {
    const organization = await createMemberOrganization(t);
    const need = await createNeed(t, organization.token, needInput(organization.id));
    const offer = await createOffer(t, organization.token, offerInput(organization.id, { capacity: 2 }));

    await t.dataSource.transaction(async (manager) => {
      expect(await needs.lockForPartnership(manager, need.id)).toBe('OPEN');
      expect(await offers.lockForPartnership(manager, offer.id)).toEqual({ status: 'OPEN', capacity: 2, activePartnerships: 0 });
      await needs.markPartnered(manager, need.id);
      await offers.partnershipFormed(manager, offer.id);
    });

    const [stored] = await t.dataSource.query(`SELECT n.status, o.active_partnerships FROM need n, offer o WHERE n.id = $1 AND o.id = $2`, [need.id, offer.id]);
    expect(stored).toEqual({ status: 'PARTNERED', active_partnerships: 1 });
    expect(await eventsOf(need.id)).toEqual(['need.created', 'need.partnered']);
    expect(await eventsOf(offer.id)).toEqual(['offer.created', 'offer.partnered']);
  });

  it('answers null for a need or an offer that does not exist', async () => {
    await t.dataSource.transaction(async (manager) => {
      expect(await needs.lockForPartnership(manager, randomUUID())).toBeNull();
      expect(await offers.lockForPartnership(manager, randomUUID())).toBeNull();
    });
  });
});
