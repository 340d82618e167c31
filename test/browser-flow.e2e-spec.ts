import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import type { Page } from 'playwright-core';
import { DEFAULT_MATCHING_CONFIG } from '../src/matching/scoring/matching-config';
import { REDIS } from '../src/redis/redis.module';
import { graphql } from './graphql';
import { Browser, emulateTouch, launchBrowser, rowGaps, screenshotWhole, scrollsSideways, seriousAccessibilityViolations, sidewaysScrollers, smallTapTargets } from './utils/browser';
import { monthEnd, monthStart } from './utils/days';
import { eventually } from './utils/eventually';
import { BLED, createApiKey, createNeed, createOffer, createOrganization, fittingOffer, NAKLO, needInput, offerInput } from './utils/fixtures';
import { CaughtMail, startMailCatcher } from './utils/mail-catcher';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

// The web app as people use it (SPEC.md section 8, issue "People use it in a browser"): two
// organizations, invited by the hub, find each other through the pages and an e-mail link.
// Screenshots of the main pages go to SCREENSHOTS_DIR when it is set (npm run screenshots).

const INVITE_MEMBER = graphql(`
  mutation WebInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } } }
`);

const PHONE = { width: 360, height: 740 };
const RADOVLJICA = '102';

// A person's whole flow in a real browser takes a while on a busy 2-core machine.
jest.setTimeout(120_000);
const SCREENSHOTS_DIR = process.env.SCREENSHOTS_DIR;

describe('the web app in a browser, as two organizations use it', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startMailCatcher>>;
  let browser: Browser;
  /** Each person has a browser profile of their own (their own session cookie). */
  let clerkBrowser: Browser;
  let staffBrowser: Browser;
  let redis: Redis;

  beforeAll(async () => {
    smtp = await startMailCatcher();
    t = await startTestApp({ SMTP_URL: smtp.url }, { worker: true });
    redis = t.app.get<Redis>(REDIS);
    browser = await launchBrowser();
    clerkBrowser = await launchBrowser();
    staffBrowser = await launchBrowser();
    if (SCREENSHOTS_DIR) mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  });

  afterAll(async () => {
    await staffBrowser?.close();
    await clerkBrowser?.close();
    await browser?.close();
    await t?.close();
    await smtp?.close();
  });

  // Links in e-mails carry PUBLIC_URL, which in the tests does not know the port.
  const local = (link: string) => link.replace(/^https?:\/\/[^/]+/, t.url);
  const linkIn = (mail: CaughtMail, pattern: RegExp) => {
    const link = pattern.exec(mail.text)?.[0];
    if (!link) throw new Error(`no link ${pattern} in the e-mail "${mail.subject}"`);
    return local(link);
  };
  const mailTo = (address: string, subject: RegExp) =>
    eventually(() => smtp.mails.find((mail) => mail.to.includes(address) && subject.test(mail.subject)), `an e-mail to ${address} (${subject})`);

  /** Every page a person sees is checked for serious accessibility faults, and photographed for the README. */
  async function looked(page: Page, name: string, options: { screenshot?: boolean } = {}) {
    await page.waitForLoadState('networkidle');
    // What a person looks at: the page, not its loading spinner (a lazy page may still be coming).
    await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached', timeout: 10_000 });
    expect({ page: name, violations: await seriousAccessibilityViolations(page) }).toEqual({ page: name, violations: [] });
    // One main heading, and a document title that says where one is (WCAG 2.4.2): every page was "grozd-match".
    expect({ page: name, h1: await page.locator('h1, [role="heading"][aria-level="1"]').count() }).toEqual({ page: name, h1: 1 });
    expect({ page: name, title: await page.title() }).toEqual({ page: name, title: expect.stringMatching(/^\S.* · grozd-match$/) });
    if (SCREENSHOTS_DIR && options.screenshot !== false) await screenshotWhole(page, join(SCREENSHOTS_DIR, `${name}.png`));
  }

  /** The hub invites; the person follows the e-mail's link and signs up. No organization: hub staff. */
  async function signUpFromInvitation(profile: Browser, organizationId: string | null, email: string, name: string): Promise<Page> {
    await t.graphqlOk(INVITE_MEMBER, { input: { organizationId, email, role: 'ADMIN' } }, TEST_ADMIN_KEY);
    const invitation = await mailTo(email, /./);
    const page = await profile.newPage();
    await page.goto(linkIn(invitation, /https?:\/\/\S+\/signup\?token=\S+/));
    await looked(page, `signup-${name.split(' ')[0].toLowerCase()}`);
    await page.fill('[name="name"]', name);
    await page.fill('[name="password"]', 'a long enough password 2027');
    await page.click('button[type="submit"]');
    await page.waitForURL(`${t.url}/`);
    return page;
  }

  it('invitation → sign-up → a need through the form → a live suggestion → both accept → contacts on both sides', async () => {
    const municipality = await createOrganization(t, { name: 'Občina Naklo', sector: 'MUNICIPALITY', municipalityCode: NAKLO, email: 'obcina@naklo.si' });
    const company = await createOrganization(t, { name: 'Podjetje Kovač d.o.o.', sector: 'COMPANY', email: 'csr@kovac.si' });

    // The municipality's clerk joins from the invitation e-mail and lands on the desk.
    const clerk = await signUpFromInvitation(clerkBrowser, municipality.id, 'referentka@naklo.si', 'Mojca Referentka');
    expect(await clerk.getAttribute('html', 'lang')).toBe('sl');
    await looked(clerk, 'desk-first-visit');
    // The same empty desk on a phone: the organization's name under the page's word, in smaller
    // type, and the ways to start fill their rows (the third, alone on its row, left it empty).
    const phoneDesk = await clerkBrowser.newPage(PHONE);
    await emulateTouch(phoneDesk);
    await phoneDesk.goto(`${t.url}/`);
    const deskTitle = phoneDesk.getByRole('heading', { level: 1, name: 'Pregled · Občina Naklo' });
    await phoneDesk.getByRole('heading', { name: 'Kako začeti' }).waitFor();
    await looked(phoneDesk, 'phone-desk-first-visit');
    // Two lines of a 34 px title are 88 px.
    expect((await deskTitle.boundingBox())!.height).toBeLessThan(80);
    expect(await rowGaps(phoneDesk, '[aria-labelledby="desk-first-steps"] .mantine-Group-root')).toEqual([]);
    expect(await smallTapTargets(phoneDesk)).toEqual([]);
    await phoneDesk.close();

    // A need, posted through the form.
    await clerk.goto(`${t.url}/needs/new`);
    await looked(clerk, 'need-form');
    // A mouse keeps Mantine's 36 px fields; a touch screen's are 40 px (the phone test below).
    expect((await clerk.locator('[name="title"]').boundingBox())!.height).toBe(36);
    await clerk.fill('[name="title"]', 'Prevozi starejših do zdravnika');
    await clerk.fill('[name="description"]', 'Iščemo prostovoljce, ki bi enkrat tedensko vozili starejše občane k zdravniku in v lekarno.');
    await clerk.selectOption('select[name="municipalityCode"]', NAKLO);
    await clerk.check('input[name="resourceTypes"][value="VOLUNTEERS"]');
    await clerk.fill('[name="startsOn"]', monthStart(3));
    await clerk.fill('[name="endsOn"]', monthEnd(6));
    await clerk.click('button[type="submit"]');
    await clerk.waitForURL(/\/needs\/[0-9a-f-]{36}$/);
    const needPage = clerk.url();

    // The other side's offer arrives through the API; the suggestion appears on the open page,
    // no reload. Live events are not replayed, so the offer is posted once the page listens.
    await eventually(async () => {
      const [, listeners] = (await redis.pubsub('NUMSUB', `${t.config.queuePrefix}:suggestion-added:${municipality.id}`)) as [string, number];
      return listeners > 0;
    }, 'the open need page to subscribe to new suggestions');
    const companyKey = await createApiKey(t, company.id);
    const offer = await createOffer(t, companyKey, fittingOffer(company.id));
    const suggestion = clerk.getByText('Prostovoljni prevozi starejših');
    await suggestion.first().waitFor({ timeout: 20_000 });
    await clerk.getByText(/starejši/).first().waitFor(); // the explanation names the shared theme
    await looked(clerk, 'need-with-suggestion');

    // A weaker candidate: the same kind of help in the same place, on another subject. It is
    // not sent, so it comes with a reload, under a heading of its own below the suggestion.
    const club = await createOrganization(t, { name: 'Planinsko društvo Naklo', sector: 'NGO', email: 'pd@naklo.si' });
    const weakerTitle = 'Prostovoljci za urejanje planinskih poti';
    const weaker = await createOffer(
      t,
      await createApiKey(t, club.id),
      offerInput(club.id, { title: weakerTitle, description: 'Naši člani ob sobotah čistijo in označujejo planinske poti.', themeCodes: [] }),
    );
    const { score } = await eventually(
      async () => ((await t.dataSource.query(`SELECT score FROM match WHERE offer_id = $1`, [weaker.id])) as { score: number }[])[0],
      'the weaker candidate scored',
    );
    expect(score).toBeLessThan(DEFAULT_MATCHING_CONFIG.sendingThreshold);
    await clerk.reload();
    const weakerSection = clerk.getByRole('region', { name: 'Šibkejši kandidati' });
    await weakerSection.getByText(weakerTitle).first().waitFor();
    expect(await weakerSection.getByText('Prostovoljni prevozi starejših').count()).toBe(0);
    await looked(clerk, 'need-with-weaker-candidate');
    // The same page on a phone, in English: nothing scrolls sideways.
    const phone = await clerkBrowser.newPage(PHONE);
    await phone.goto(`${needPage}?lang=en`);
    await phone.getByRole('region', { name: 'Weaker candidates' }).getByText(weakerTitle).first().waitFor();
    await looked(phone, 'phone-need-weaker-candidate-en');
    expect(await scrollsSideways(phone)).toBe(false);
    await phone.goto(`${needPage}?lang=sl`);
    expect(await phone.getAttribute('html', 'lang')).toBe('sl');
    await phone.close();

    // The municipality accepts on the page; the company through the e-mail link.
    await clerk.getByRole('button', { name: 'Sprejmi' }).first().click();
    const suggestionMail = await mailTo('csr@kovac.si', /^Nov predlog za /);
    const companyPage = await browser.newPage();
    await companyPage.goto(linkIn(suggestionMail, /https?:\/\/\S+\/suggestions\/\S+\/accept/));
    await companyPage.getByRole('button').first().click();
    await companyPage.getByText(/sprejet|obe strani/i).first().waitFor();

    // Contacts on both sides: the clerk sees the company's, the company's member sees the municipality's.
    // The clerk's page, open since her acceptance ("Sprejeli ste; čakamo na drugo stran."), moves
    // on by itself (suggestionAnswered): it stayed so until a reload.
    await clerk.getByText('csr@kovac.si').first().waitFor({ timeout: 10_000 });
    expect(await clerk.getByText('Sprejeli ste; čakamo na drugo stran.').count()).toBe(0);
    await looked(clerk, 'need-partnered');
    const companyMember = await signUpFromInvitation(browser, company.id, 'ana@kovac.si', 'Ana Kovač');
    await companyMember.goto(`${t.url}/offers/${offer.id}`);
    await companyMember.getByText('obcina@naklo.si').first().waitFor();
    await clerk.goto(`${t.url}/`);
    await clerk.getByText('Podjetje Kovač d.o.o.').first().waitFor();
    await looked(clerk, 'desk');

    // The work done, the clerk marks the partnership completed, with what came of it. From the
    // menu: the new page's heading takes the focus, so that a screen reader says where one is.
    await clerk.getByRole('navigation', { name: 'Glavni meni' }).getByRole('link', { name: 'Partnerstva' }).click();
    await clerk.waitForURL(`${t.url}/partnerships`);
    await eventually(async () => (await clerk.evaluate<string>(`document.activeElement.tagName + ' ' + document.activeElement.textContent`)) === 'H1 Partnerstva', 'the focus on the heading of /partnerships');
    expect(await clerk.title()).toBe('Partnerstva · grozd-match');
    await clerk.getByRole('button', { name: 'Označi kot zaključeno' }).click();
    const ending = clerk.getByRole('form', { name: /Zaključi partnerstvo z organizacijo Podjetje Kovač/ });
    await ending.locator('[name="outcomeNote"]').fill('Vozniki so do junija peljali 12 starejših k zdravniku.');
    await looked(clerk, 'partnership-ending');
    await ending.getByRole('button', { name: 'Označi kot zaključeno' }).click();
    await clerk.getByText('Zaključeno', { exact: true }).waitFor();
    expect(await t.dataSource.query(`SELECT status, outcome_note FROM partnership WHERE need_organization_id = $1`, [municipality.id])).toEqual([
      { status: 'COMPLETED', outcome_note: 'Vozniki so do junija peljali 12 starejših k zdravniku.' },
    ]);
    expect(await t.dataSource.query(`SELECT active_partnerships FROM offer WHERE id = $1`, [offer.id])).toEqual([{ active_partnerships: 0 }]);
    // The need's page says so beside the contacts.
    await clerk.goto(needPage);
    await clerk.getByText(/^Obe strani sta sprejeli; partnerstvo je bilo zaključeno \d+\. [a-zčšž]+\.? \d{4}\.$/).waitFor();
  });

  it("shows the hub's staff the statistics, the organizations to verify and the queues", async () => {
    await createOrganization(t, { name: 'Društvo Čaka Potrditev' });
    const staff = await signUpFromInvitation(staffBrowser, null, 'osebje@sticisce.si', 'Petra Stičišče');
    await staff.goto(`${t.url}/hub`);
    const section = (title: string) => staff.locator('section', { has: staff.getByRole('heading', { name: title }) });
    const verification = section('Organizacije, ki čakajo na potrditev');
    const withoutMembers = section('Organizacije brez članov');
    const waiting = verification.getByRole('listitem').filter({ hasText: 'Društvo Čaka Potrditev' });
    await waiting.waitFor();
    await staff.getByRole('heading', { name: 'Ujemanje in čakalne vrste' }).waitFor();
    await looked(staff, 'hub');
    await waiting.getByRole('button', { name: 'Potrdi', exact: true }).click();
    await staff.getByText(/je potrjena/).waitFor();
    // Verified and still without a member: the hub finds it among those, to invite someone.
    const noMembers = withoutMembers.getByRole('listitem').filter({ hasText: 'Društvo Čaka Potrditev' });
    await noMembers.getByText(/ · potrjena$/).waitFor();
    await staff.setViewportSize(PHONE);
    await noMembers.getByText('Osebe in povabila').click();
    await noMembers.getByRole('form', { name: 'Povabi prvo osebo v Društvo Čaka Potrditev' }).waitFor();
    await looked(staff, 'phone-hub');
    expect(await scrollsSideways(staff)).toBe(false);
    // The queues, lanes and the threshold's trade-offs as cards: no table hides its last columns.
    expect(await sidewaysScrollers(staff)).toEqual([]);

    // An organization's people come with the controls its admins have in /settings, each asking
    // first: its only admin is not made a member, and staff are told why in words.
    await emulateTouch(staff);
    const kovac = verification.getByRole('listitem').filter({ hasText: 'Podjetje Kovač d.o.o.' }).first();
    await kovac.getByText('Osebe in povabila').click();
    await kovac.getByRole('button', { name: 'Naredi za člana: Ana Kovač' }).click();
    const question = staff.getByRole('dialog', { name: 'Naredite osebo Ana Kovač za člana organizacije Podjetje Kovač d.o.o.?' });
    await question.getByText('Oseba Ana Kovač ne bo več mogla urejati članov, povabil in ključev API organizacije.').waitFor();
    await question.getByRole('button', { name: 'Naredi za člana', exact: true }).click();
    await kovac.getByRole('status').filter({ hasText: 'Organizacija mora imeti vsaj enega skrbnika: najprej za skrbnika določite še koga drugega.' }).waitFor();
    await kovac.getByText('Ana Kovač · Skrbnik').waitFor();
    await looked(staff, 'phone-hub-people', { screenshot: false });
    expect(await smallTapTargets(staff)).toEqual([]);

    // Every partnership of the region, with what came of it (the first test's, completed).
    await staff.goto(`${t.url}/partnerships`);
    await staff.getByText('Občina Naklo z organizacijo Podjetje Kovač d.o.o.').waitFor();
    await staff.getByText('Vozniki so do junija peljali 12 starejših k zdravniku.').waitFor();
    await looked(staff, 'hub-partnerships', { screenshot: false });
  });

  it('speaks English on request and remembers it; the pages before signing in are accessible too', async () => {
    const page = await browser.newPage();
    for (const path of ['/forgot-password', '/reset-password?token=not-a-token', '/signup?token=not-a-token']) {
      await page.goto(`${t.url}${path}`);
      await looked(page, path, { screenshot: false });
    }
    await page.goto(`${t.url}/login?lang=en`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.goto(`${t.url}/login`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await looked(page, 'login-en');
    await page.goto(`${t.url}/login?lang=sl`);
    expect(await page.getAttribute('html', 'lang')).toBe('sl');
  });

  // Signed in as the clerk of the first test (her browser profile keeps the session cookie).
  it('fits a phone: no page scrolls sideways at 360 px, and every button and checkbox takes a thumb', async () => {
    // Another organization's call, so that the map on /calls has a dot to tap.
    const choir = await createOrganization(t, { name: 'Pevsko društvo Naklo', sector: 'NGO', municipalityCode: NAKLO });
    const choirKey = await createApiKey(t, choir.id);
    const call = await createNeed(t, choirKey, needInput(choir.id, { title: 'Prostor za vaje zbora', description: 'Iščemo prostor, kjer bi zbor enkrat tedensko vadil.', municipalityCode: NAKLO, themeCodes: [], resourceTypes: ['PREMISES'] }));
    // And two neighbours' calls, whose dots lie 29 px apart at 360 px: Bled's and Radovljica's.
    for (const municipalityCode of [BLED, RADOVLJICA]) await createNeed(t, choirKey, needInput(choir.id, { municipalityCode, themeCodes: [], resourceTypes: ['PREMISES'] }));
    const page = await clerkBrowser.newPage(PHONE);
    await emulateTouch(page);
    // Every page the clerk can open, each also checked for accessibility.
    for (const path of ['/', '/calls', '/partnerships', '/settings', '/offers/new', '/needs/new']) {
      await page.goto(`${t.url}${path}`);
      await looked(page, `phone${path.replace(/\//g, '-')}`, { screenshot: false });
      expect({ path, sideways: await scrollsSideways(page) }).toEqual({ path, sideways: false });
      // Compact buttons (26 px), checkboxes 26 px apart, 36 px fields and 13 px dots on the map
      // were easy to miss with a thumb.
      expect({ path, small: await smallTapTargets(page) }).toEqual({ path, small: [] });
    }
    // A link alone on its line is a target too: "Podrobnosti" was 16 px tall at 360 px.
    await page.goto(`${t.url}/partnerships`);
    const details = page.getByRole('link', { name: 'Podrobnosti' }).first();
    expect((await details.boundingBox())!.height).toBeGreaterThanOrEqual(40);
    await looked(page, 'phone-need-form');
    // A colleague invited from /settings: e-mail is on here, so the notice says where it went and
    // the sign-up link reaches the invited address only (without SMTP_URL the admin gets it to
    // pass on, as the hub always does: SettingsPage.test.tsx).
    await page.goto(`${t.url}/settings`);
    const inviteForm = page.getByRole('form', { name: 'Povabi člana' });
    await inviteForm.locator('[name="email"]').fill('sodelavka@naklo.si');
    await inviteForm.getByRole('button', { name: 'Pošlji povabilo' }).click();
    const sent = inviteForm.getByRole('status');
    await sent.getByText('Povabilo je poslano po e-pošti na sodelavka@naklo.si.').waitFor();
    await looked(page, 'phone-settings-invitation-sent', { screenshot: false });
    expect(await scrollsSideways(page)).toBe(false);
    expect(await smallTapTargets(page)).toEqual([]);
    const mailedLink = linkIn(await mailTo('sodelavka@naklo.si', /./), /https?:\/\/\S+\/signup\?token=\S+/);
    expect(await sent.textContent()).not.toContain(new URL(mailedLink).searchParams.get('token')!);
    expect(await sent.getByRole('button', { name: 'Kopiraj povezavo' }).count()).toBe(0);
    // The pages before signing in, as the colleague opens them on her phone (a profile of her own,
    // signed out): the password field's box is 40 px (its input, inside the border, 38). The
    // forgotten password's pages too: one reads them on a phone, from the e-mail.
    const colleague = await launchBrowser();
    try {
      const colleaguePage = await colleague.newPage(PHONE);
      await emulateTouch(colleaguePage);
      const fitsThePhone = async (path: string, url: string, field: string) => {
        await colleaguePage.goto(url);
        await colleaguePage.locator(`[name="${field}"]`).waitFor();
        await looked(colleaguePage, `phone${path.replace(/\//g, '-')}`, { screenshot: false });
        expect({ path, sideways: await scrollsSideways(colleaguePage) }).toEqual({ path, sideways: false });
        expect({ path, small: await smallTapTargets(colleaguePage) }).toEqual({ path, small: [] });
      };
      await fitsThePhone('/login', `${t.url}/login`, 'password');
      await fitsThePhone('/signup', mailedLink, 'password');
      // A forgotten password, asked for on the phone (the clerk's, who signed up in the first
      // test), and the page its e-mail's link opens, with a token that is good.
      await fitsThePhone('/forgot-password', `${t.url}/forgot-password`, 'email');
      await colleaguePage.locator('[name="email"]').fill('referentka@naklo.si');
      await colleaguePage.getByRole('button', { name: 'Pošlji povezavo' }).click();
      await colleaguePage.getByText('Če naslov pripada računu, je povezava na poti.', { exact: false }).waitFor();
      const resetMail = await eventually(() => smtp.mails.find((mail) => mail.to.includes('referentka@naklo.si') && /\/reset-password\?token=/.test(mail.text)), 'the password reset e-mail');
      await fitsThePhone('/reset-password', linkIn(resetMail, /https?:\/\/\S+\/reset-password\?token=\S+/), 'password');
    } finally {
      await colleague.close();
    }
    // That call on its own page (where an e-mail's link to the whole need leads): /calls' Respond, as easy to tap.
    await page.goto(`${t.url}/needs/${call.id}`);
    await page.getByRole('button', { name: 'Odzovi se' }).waitFor();
    await looked(page, 'phone-call-need-page', { screenshot: false });
    expect(await scrollsSideways(page)).toBe(false);
    expect(await smallTapTargets(page)).toEqual([]);
    // The same in English, as a partner's staff may read it.
    await page.goto(`${t.url}/needs/${call.id}?lang=en`);
    await page.getByRole('button', { name: 'Respond' }).waitFor();
    await looked(page, 'phone-call-need-page-en');
    expect(await scrollsSideways(page)).toBe(false);
    await page.goto(`${t.url}/needs/${call.id}?lang=sl`);
    await page.getByRole('button', { name: 'Odzovi se' }).waitFor();
    // The map's dot: 40 px to a thumb (so in the check above), and a button for the keyboard too.
    await page.goto(`${t.url}/calls`);
    const dot = page.getByRole('group', { name: 'Občine z odprtimi potrebami: izberite občino za filter' }).getByRole('button', { name: 'Naklo: 1 potreba' });
    const dotBox = (await dot.boundingBox())!;
    expect(Math.min(dotBox.width, dotBox.height)).toBeGreaterThanOrEqual(40);
    // Bled's and Radovljica's 40 px buttons would overlap: a tap between goes to the nearer dot
    // (each button is clipped to the part nearer its own), here 40 % of the way from Bled's.
    const centreOf = async (name: string) => {
      const box = (await page.getByRole('button', { name }).boundingBox())!;
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    await page.getByRole('button', { name: 'Bled: 1 potreba' }).scrollIntoViewIfNeeded();
    const [bled, radovljica] = [await centreOf('Bled: 1 potreba'), await centreOf('Radovljica: 1 potreba')];
    expect(Math.hypot(radovljica.x - bled.x, radovljica.y - bled.y)).toBeLessThan(40);
    const between = (share: number) => ({ x: bled.x + (radovljica.x - bled.x) * share, y: bled.y + (radovljica.y - bled.y) * share });
    const tappedAt = ({ x, y }: { x: number; y: number }) => page.evaluate<string | null>(`document.elementFromPoint(${x}, ${y})?.closest('button')?.getAttribute('aria-label') ?? null`);
    expect(await Promise.all([0.1, 0.4, 0.6, 0.9].map((share) => tappedAt(between(share))))).toEqual(['Bled: 1 potreba', 'Bled: 1 potreba', 'Radovljica: 1 potreba', 'Radovljica: 1 potreba']);
    await page.mouse.click(between(0.4).x, between(0.4).y);
    await page.waitForURL(/[?&]municipality=003/);
    // A tap on a place's name chooses it too: each name is its dot's button's label, above the buttons.
    await page.goto(`${t.url}/calls`);
    await page.locator('label[for]', { hasText: /^Radovljica$/ }).click({ timeout: 10_000 });
    await page.waitForURL(/[?&]municipality=102/);
    await page.goto(`${t.url}/calls`);
    await dot.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/[?&]municipality=082/);
    await page.getByRole('button', { name: 'Naklo: 1 potreba', pressed: true }).waitFor();
    // A long title, with a web address that cannot break: at an h1's 34 px it took six lines of
    // the phone's screen (265 px); at 22 px it takes four (123 px), and the address wraps.
    const longTitle = 'Pevske vaje ob četrtkih: iščemo prostor za 30 pevcev, vpis na https://www.zbor-naklo.si/vaje';
    const longCall = await createNeed(t, await createApiKey(t, choir.id), needInput(choir.id, { title: longTitle, description: 'Iščemo prostor za vaje.', municipalityCode: NAKLO, themeCodes: [], resourceTypes: ['PREMISES'] }));
    await page.goto(`${t.url}/needs/${longCall.id}`);
    const longHeading = page.getByRole('heading', { level: 1, name: longTitle });
    await longHeading.waitFor();
    await looked(page, 'phone-need-long-title', { screenshot: false });
    expect((await longHeading.boundingBox())!.height).toBeLessThan(130);
    expect(await scrollsSideways(page)).toBe(false);
    // A computer's screen keeps the h1's size for it.
    const desktop = await clerkBrowser.newPage();
    await desktop.goto(`${t.url}/needs/${longCall.id}`);
    const desktopHeading = desktop.getByRole('heading', { level: 1, name: longTitle });
    await desktopHeading.waitFor();
    await looked(desktop, 'need-long-title', { screenshot: false });
    expect(await desktop.evaluate<string>("getComputedStyle(document.querySelector('h1')).fontSize")).toBe('34px');
    await desktop.close();
    // It walks every page at a phone's width: 50 s here with the machine quiet, and a CI run
    // beside other tests' load (load average 11-15) took more than 120 s.
  }, 240_000);
});
