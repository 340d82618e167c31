// `npm run bench:web`: does a need's page stay responsive with 100 suggestions? In headless
// Chromium (Debian's), with the production build of the web app: the time from opening the
// page to its first suggestions, to all 100 (clicking "show more"), and from a click on
// "Zavrni" to its dialog while 100 are on the page. Uses a database of its own and drops it.
import 'reflect-metadata';
import { launchBrowser } from '../test/utils/browser';
import { startBenchApi } from './bench/bench-api';

const SUGGESTIONS = Number(process.env.BENCH_SUGGESTIONS ?? 100);
const CLICKS = 15;
const PASSWORD = 'a long enough password 2027';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const api = await startBenchApi('web');
  const { graphql, url } = api;
  const createOrganization = async (name: string, sector: string) =>
    (await graphql<{ createOrganization: { id: string } }>('mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', {
      input: { name, sector, municipalityCode: '082' },
    })).createOrganization.id;
  const browser = await launchBrowser();

  try {
    const municipality = await createOrganization('Občina Naklo', 'MUNICIPALITY');
    const { inviteMember } = await graphql<{ inviteMember: { token: string } }>(
      'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }',
      { input: { organizationId: municipality, email: 'referentka@naklo.si', role: 'ADMIN' } },
    );
    await graphql('mutation($input: SignUpInput!) { signUp(input: $input) { token } }', {
      input: { invitationToken: inviteMember.token, name: 'Mojca Referentka', password: PASSWORD },
    });
    const { createNeed } = await graphql<{ createNeed: { id: string } }>('mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }', {
      input: {
        organizationId: municipality,
        title: 'Prevozi starejših do zdravnika',
        description: 'Iščemo prostovoljce, ki bi starejše občane vozili k zdravniku in v lekarno.',
        themeCodes: ['SOCIAL_ELDERLY'],
        resourceTypes: ['VOLUNTEERS'],
        municipalityCode: '082',
        startsOn: '2027-03-01',
        endsOn: '2027-06-30',
      },
    });
    const companies = await Promise.all(Array.from({ length: 10 }, (_, index) => createOrganization(`Podjetje ${index + 1}`, 'COMPANY')));
    for (let index = 0; index < SUGGESTIONS; index++) {
      await graphql('mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }', {
        input: {
          organizationId: companies[index % companies.length],
          title: `Prostovoljni prevozi starejših ${index + 1}`,
          description: `Naši zaposleni kot prostovoljci ${index % 7 + 1}-krat na mesec vozijo starejše občane k zdravniku in v lekarno.`,
          themeCodes: ['SOCIAL_ELDERLY'],
          resourceTypes: ['VOLUNTEERS'],
          municipalityCode: '052',
          reach: 'REGIONAL',
          availableFrom: '2027-01-01',
          availableUntil: '2027-12-31',
          capacity: 1 + (index % 5),
        },
      });
    }
    await api.drained();

    const page = await browser.newPage();
    await page.goto(`${url}/login`);
    await page.fill('[name="email"]', 'referentka@naklo.si');
    await page.fill('[name="password"]', PASSWORD);
    await page.click('button[type="submit"]');
    await page.waitForURL(`${url}/`);

    const accept = page.getByRole('button', { name: 'Sprejmi' });
    const opened = performance.now();
    await page.goto(`${url}/needs/${createNeed.id}`);
    await accept.first().waitFor();
    const firstPageMs = performance.now() - opened;
    const showMore = page.getByRole('button', { name: 'Pokaži več' });
    let allMs = firstPageMs;
    while ((await accept.count()) < SUGGESTIONS && (await showMore.count()) > 0) {
      const before = await accept.count();
      await showMore.click();
      const more = await accept
        .nth(before)
        .waitFor({ timeout: 30_000 })
        .then(() => true, () => false);
      if (!more) break;
      allMs = performance.now() - opened;
    }
    const shown = await accept.count();

    const dialogMs: number[] = [];
    for (let click = 0; click < CLICKS; click++) {
      const started = performance.now();
      await page.getByRole('button', { name: 'Zavrni' }).nth(Math.floor((click * shown) / CLICKS)).click();
      await page.getByRole('dialog').waitFor();
      dialogMs.push(performance.now() - started);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
    process.stdout.write(
      `bench:web suggestions=${shown} first_page_ms=${firstPageMs.toFixed(0)} all_ms=${allMs.toFixed(0)} decline_dialog_p50_ms=${median(dialogMs).toFixed(0)} decline_dialog_max_ms=${Math.max(...dialogMs).toFixed(0)}\n`,
    );
  } finally {
    await browser.close();
    await api.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench:web: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
