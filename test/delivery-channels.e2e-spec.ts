import { Injectable, Module } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { createApi } from '../src/bootstrap/bootstrap';
import { SuggestionLinksController } from '../src/partnerships/suggestion-links.controller';
import {
  DeliveryChannel,
  OutgoingMessage,
  PlannedMessage,
  RegisterDeliveryChannel,
  SendOutcome,
  SuggestionEvent,
} from '../src/suggestions/channels/delivery-channel';
import { DeliveryChannels } from '../src/suggestions/channels/delivery-channels';
import { UnsubscribeController } from '../src/suggestions/channels/email/unsubscribe.controller';
import { DeliveryKind } from '../src/suggestions/delivery.enums';
import { DeliveryDispatcher } from '../src/suggestions/dispatch/delivery-dispatcher.service';
import { eventually } from './utils/eventually';
import { createMemberOrganization, createNeed, createOffer, fittingOffer, needInput } from './utils/fixtures';
import { startTestApp, TestApp } from './utils/test-app';

// What adding a channel takes (README, "How the code is laid out"): a provider that
// implements DeliveryChannel, marked @RegisterDeliveryChannel(), in a module the app imports.
const inbox: OutgoingMessage[] = [];

@RegisterDeliveryChannel()
@Injectable()
class TestInboxChannel implements DeliveryChannel {
  readonly name = 'TEST_INBOX';
  readonly mode = 'recorded';
  readonly maxAttempts = 3;
  private failed = false;

  async plan(event: SuggestionEvent): Promise<PlannedMessage[]> {
    return event.kind === DeliveryKind.SUGGESTION ? [{ recipient: `inbox:${event.organizationId}`, payload: { side: event.side } }] : [];
  }

  async send(message: OutgoingMessage): Promise<SendOutcome> {
    // The first send fails, as a real inbox sometimes does: the dispatcher must retry it.
    if (!this.failed) {
      this.failed = true;
      throw new Error('the inbox is briefly down');
    }
    inbox.push(message);
    return { status: 'SENT' };
  }
}

@Module({ providers: [TestInboxChannel] })
class TestInboxChannelModule {}

describe('delivery channels', () => {
  let t: TestApp;
  /** An API process with the worker in it, as `npm start` runs, plus the test channel. */
  let app: NestExpressApplication;

  beforeAll(async () => {
    // Without SMTP_URL, whatever the environment running the tests says: e-mail is off.
    t = await startTestApp({ SMTP_URL: undefined } as unknown as Record<string, string>);
    app = await createApi(t.config, { worker: true }, { imports: [{ module: TestInboxChannelModule }] });
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  it('registers each feature module once, so the worker runs one dispatcher and mounts each link route once', () => {
    const modules = [...app.get(ModulesContainer).values()];
    const count = (type: unknown) => modules.filter((module) => [...module.providers.values(), ...module.controllers.values()].some((wrapper) => wrapper.metatype === type)).length;
    expect(count(DeliveryDispatcher)).toBe(1);
    expect(count(SuggestionLinksController)).toBe(1);
    expect(count(UnsubscribeController)).toBe(1);
    for (const name of ['MatchingModule', 'SuggestionsModule', 'EmailChannelModule', 'SubscriptionChannelModule', 'PartnershipsModule', 'ResponsesModule']) {
      expect(modules.filter((module) => module.metatype.name === name)).toHaveLength(1);
    }
    const routes = (app.getHttpAdapter().getInstance() as { router: { stack: { route?: { path: string } }[] } }).router.stack
      .map((layer) => layer.route?.path)
      .filter((path) => path === '/suggestions/:token/:action' || path?.startsWith('/unsubscribe/:token'));
    // GET and POST each, and the undo of an unsubscribe
    expect(routes.sort()).toEqual(['/suggestions/:token/:action', '/suggestions/:token/:action', '/unsubscribe/:token', '/unsubscribe/:token', '/unsubscribe/:token/undo']);
  });

  it('finds every registered channel, the test one included', () => {
    expect(
      app
        .get(DeliveryChannels)
        .all.map((channel) => channel.name)
        .sort(),
    ).toEqual(['EMAIL', 'SUBSCRIPTION', 'TEST_INBOX', 'WEBHOOK']);
  });

  it('plans a suggestion for both sides on a new channel, records it and retries a failed send', async () => {
    const municipality = await createMemberOrganization(t, { name: 'Občina Kanal', sector: 'MUNICIPALITY' });
    const company = await createMemberOrganization(t, { name: 'Podjetje Kanal', sector: 'COMPANY' });
    const need = await createNeed(t, municipality.token, needInput(municipality.id));
    const offer = await createOffer(t, company.token, fittingOffer(company.id));

    const rows = await eventually(async () => {
      const found = (await t.dataSource.query(
        `SELECT d.recipient, d.status, d.attempts FROM delivery d JOIN match m ON m.id = d.match_id
          WHERE d.channel = 'TEST_INBOX' AND m.need_id = $1 AND m.offer_id = $2 ORDER BY d.recipient`,
        [need.id, offer.id],
      )) as { recipient: string; status: string; attempts: number }[];
      return found.length === 2 && found.every((row) => row.status !== 'SENDING' && row.attempts === 1) && found;
    }, 'the test channel to try both sides once');
    expect(rows.map((row) => row.recipient).sort()).toEqual([`inbox:${company.id}`, `inbox:${municipality.id}`].sort());
    // One of the two sends failed at first; it waits for its retry (30 s on the clock) while the other went out.
    expect(rows.map((row) => row.status).sort()).toEqual(['PENDING', 'SENT']);
    expect(rows.find((row) => row.status === 'PENDING')!.attempts).toBe(1);
    expect(inbox).toHaveLength(1);

    // Its retry comes due: the dispatcher sends it through the same channel. The app's own
    // dispatcher may lease it first (it is due now), so wait until whichever took it is done.
    await t.dataSource.query(`UPDATE delivery SET next_attempt_at = now() WHERE channel = 'TEST_INBOX' AND status = 'PENDING'`);
    await app.get(DeliveryDispatcher).dispatchDue();
    const retried = await eventually(async () => {
      const [row] = (await t.dataSource.query(`SELECT status, attempts FROM delivery WHERE channel = 'TEST_INBOX' AND attempts = 2`)) as {
        status: string;
        attempts: number;
      }[];
      return row && row.status !== 'SENDING' && row;
    }, 'the retry to finish');
    expect(retried).toEqual({ status: 'SENT', attempts: 2 });
    expect(inbox.map((message) => message.payload.side).sort()).toEqual(['need', 'offer']);

    // E-mail is off here (no SMTP_URL): the same suggestion's e-mails are recorded as skipped,
    // with the reason, not left pending or counted as failed (SPEC section 7).
    expect(t.config.smtpUrl).toBeUndefined();
    const emails = await eventually(async () => {
      const found = (await t.dataSource.query(
        `SELECT d.status, d.last_error FROM delivery d JOIN match m ON m.id = d.match_id
          WHERE d.channel = 'EMAIL' AND m.need_id = $1 AND m.offer_id = $2`,
        [need.id, offer.id],
      )) as { status: string; last_error: string | null }[];
      return found.length === 2 && found.every((row) => row.status !== 'PENDING' && row.status !== 'SENDING') && found;
    }, "the suggestion's two e-mails to be settled");
    expect(emails).toEqual([
      { status: 'SKIPPED', last_error: 'e-mail is off: SMTP_URL is not set' },
      { status: 'SKIPPED', last_error: 'e-mail is off: SMTP_URL is not set' },
    ]);
  });
});
