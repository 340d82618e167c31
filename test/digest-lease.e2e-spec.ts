import { Clock } from '../src/common/clock/clock';
import { DigestService } from '../src/suggestions/channels/email/digest.service';
import { DeliveryDispatcher } from '../src/suggestions/dispatch/delivery-dispatcher.service';
import { graphql } from './graphql';
import { eventually } from './utils/eventually';
import { createMemberOrganization, createNeed, createOffer, fittingOffer, needInput } from './utils/fixtures';
import { mailsTo, MailCatcher, startMailCatcher } from './utils/mail-catcher';
import { settleDeliveries } from './utils/settle';
import { startTestApp, TestApp } from './utils/test-app';

/**
 * A digest whose message takes longer to go out than its two-minute lease (an SMTP server that
 * answers slowly, each wait within nodemailer's timeouts) keeps its deliveries: the lease is
 * renewed while the send lasts, so the dispatcher's sweep of expired leases does not put them
 * back to PENDING, the next run does not send them again, and the first send is recorded.
 */
const UPDATE_PREFERENCES = graphql(`
  mutation DigestLeaseUpdatePreferences($input: UpdateSuggestionPreferencesInput!) { updateSuggestionPreferences(input: $input) { frequency } }
`);

const ADDRESS = 'slow-digest@drustvo.si';
let t: TestApp;
let smtp: MailCatcher;
let clock: Clock;
// The SMTP server keeps the digest's sender waiting at RCPT TO until released.
let reached: () => void;
const senderWaits = new Promise<void>((resolve) => (reached = resolve));
let release: () => void;
const released = new Promise<void>((resolve) => (release = resolve));

beforeAll(async () => {
  smtp = await startMailCatcher({
    hold: (address) => {
      if (address !== ADDRESS) return undefined;
      reached();
      return released;
    },
  });
  t = await startTestApp({ SMTP_URL: smtp.url }, { worker: true });
  clock = t.app.get(Clock);
});
afterAll(async () => {
  release();
  jest.restoreAllMocks();
  await t?.close();
  await smtp?.close();
});

const leasesOf = async (organizationId: string): Promise<{ status: string; lease_until: Date | null }[]> =>
  t.dataSource.query(`SELECT status, lease_until FROM delivery WHERE organization_id = $1 AND digest`, [organizationId]);

it('keeps its deliveries while its message goes out for longer than the lease, and is sent once', async () => {
  const ngo = await createMemberOrganization(t, { sector: 'NGO', email: ADDRESS });
  await t.graphqlOk(UPDATE_PREFERENCES, { input: { organizationId: ngo.id, frequency: 'DAILY' } }, ngo.token);
  const company = await createMemberOrganization(t, { sector: 'COMPANY' });
  await createOffer(t, company.token, fittingOffer(company.id));
  await createNeed(t, ngo.token, needInput(ngo.id));
  await eventually(async () => (await leasesOf(ngo.id)).some((row) => row.status === 'PENDING'), 'a suggestion held for the digest');
  await settleDeliveries(t, () => t.app.get(DeliveryDispatcher).pass());

  // 08:00 in Ljubljana: the digest goes out, and its sender waits at the SMTP server.
  const start = new Date('2027-01-12T07:00:00Z');
  const now = jest.spyOn(clock, 'now').mockReturnValue(start);
  const first = t.app.get(DigestService).sendDue();
  await senderWaits;
  // A minute at a time (the clock moves on while the lease is renewed every LEASE_RENEW_MS),
  // three minutes in all, past the two-minute lease taken at 08:00: each time the rows' lease
  // is renewed to two minutes from the clock's time.
  for (const minutes of [1, 2, 3]) {
    const later = new Date(start.getTime() + minutes * 60_000);
    now.mockReturnValue(later);
    const renewed = new Date(later.getTime() + 60_000);
    await eventually(
      async () => (await leasesOf(ngo.id)).every((row) => row.status === 'SENDING' && row.lease_until !== null && row.lease_until > renewed),
      `the lease renewed ${minutes} min after the claim, while the message goes out`,
    );
  }
  // The sweep of expired leases (the dispatcher's, at 08:03) leaves the rows alone, and the
  // next digest run finds nothing to send.
  await t.app.get(DeliveryDispatcher).dispatchDue();
  expect(new Set((await leasesOf(ngo.id)).map((row) => row.status))).toEqual(new Set(['SENDING']));
  expect(await t.app.get(DigestService).sendDue()).toBe(0);

  release();
  expect(await first).toBe(1);
  expect(mailsTo(smtp.mails, ADDRESS)).toHaveLength(1);
  const rows = await leasesOf(ngo.id);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((row) => row.status === 'SENT' && row.lease_until === null)).toBe(true);
});
