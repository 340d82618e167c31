import { TableMaintenanceService } from '../src/matching/table-maintenance.service';
import { eventually } from './utils/eventually';
import { createMemberOrganization, offerInput } from './utils/fixtures';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

const CREATE_OFFERS = `mutation TableMaintenanceImport($input: [CreateOfferInput!]!) { createOffers(input: $input) { id } }`;

interface OfferTableStatistics {
  analyses: number;
  vacuums: number;
  dead: number;
}

/** How often PostgreSQL analyzed and vacuumed the offer table, and its dead rows. */
async function offerTable(t: TestApp): Promise<OfferTableStatistics> {
  const [row] = (await t.dataSource.query(
    `SELECT analyze_count + autoanalyze_count AS analyses, vacuum_count + autovacuum_count AS vacuums, n_dead_tup AS dead
       FROM pg_stat_user_tables WHERE schemaname = current_schema() AND relname = 'offer'`,
  )) as Record<keyof OfferTableStatistics, string>[];
  return { analyses: Number(row.analyses), vacuums: Number(row.vacuums), dead: Number(row.dead) };
}

// The checks below depend on the worker doing autovacuum's work: this machine's PostgreSQL
// and CI's run with autovacuum off. Where it is on, PostgreSQL does it and the service stays out.
describe('table maintenance by the worker when autovacuum is off', () => {
  let t: TestApp;
  let autovacuum: boolean;
  beforeAll(async () => {
    t = await startTestApp({}, { worker: true });
    const [row] = (await t.dataSource.query(`SELECT current_setting('autovacuum') = 'on' AS on`)) as { on: boolean }[];
    autovacuum = row.on;
  });
  afterAll(() => t.close());

  it('analyzes and vacuums the offer table once an import changed it as much as autovacuum waits for, and not again until it changes', async () => {
    const maintenance = t.app.get(TableMaintenanceService);
    if (autovacuum) {
      expect(await maintenance.maintainChanged()).toEqual({ vacuumed: [], analyzed: [] });
      return;
    }
    // Whatever the set-up changed is dealt with first.
    await eventually(async () => {
      const done = await maintenance.maintainChanged();
      return !done.vacuumed.includes('offer') && !done.analyzed.includes('offer');
    }, 'the set-up maintained');
    const before = await offerTable(t);

    // 200 offers posted, then profiled and stamped by the worker: 400 dead row versions on a
    // table of 200 rows, over autovacuum's 50 + 20 %.
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    for (let call = 0; call < 2; call++) {
      const input = Array.from({ length: 100 }, (_, index) => offerInput(company.id, { title: `Uvožena ponudba ${call}-${index}` }));
      const response = await t.graphqlRaw(CREATE_OFFERS, { input }, TEST_ADMIN_KEY);
      expect(response.errors).toBeUndefined();
    }
    await eventually(async () => {
      const [row] = (await t.dataSource.query(`SELECT count(*)::int AS waiting FROM offer WHERE organization_id = $1 AND last_matched_at IS NULL`, [
        company.id,
      ])) as { waiting: number }[];
      return row.waiting === 0;
    }, 'the imported offers scored');
    // PostgreSQL counts changed rows a moment after they commit; the worker's own check,
    // every 10 s, may be the one that acts.
    await eventually(async () => {
      await maintenance.maintainChanged();
      const now = await offerTable(t);
      return now.vacuums > before.vacuums && now.analyses > before.analyses;
    }, 'the offer table vacuumed and analyzed');
    await eventually(async () => (await offerTable(t)).dead < 50, 'the dead row versions gone');
    // PostgreSQL may count the last of the worker's changes a moment after the analysis, and
    // one more pass then takes them; a service that maintained at every pass never settles.
    await eventually(async () => {
      const done = await maintenance.maintainChanged();
      return !done.vacuumed.includes('offer') && !done.analyzed.includes('offer');
    }, 'the offer table settled');
    const again = await maintenance.maintainChanged();
    expect(again.vacuumed).not.toContain('offer');
    expect(again.analyzed).not.toContain('offer');
  });
});
