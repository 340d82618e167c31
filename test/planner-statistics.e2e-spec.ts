import { PlannerStatisticsService } from '../src/matching/planner-statistics.service';
import { eventually } from './utils/eventually';
import { createMemberOrganization, offerInput } from './utils/fixtures';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

const CREATE_OFFERS = `mutation PlannerStatisticsImport($input: [CreateOfferInput!]!) { createOffers(input: $input) { id } }`;

/** Whether and how often PostgreSQL analyzed the offer table. */
async function offerAnalyses(t: TestApp): Promise<number> {
  const [row] = (await t.dataSource.query(
    `SELECT analyze_count + autoanalyze_count AS analyses FROM pg_stat_user_tables WHERE schemaname = current_schema() AND relname = 'offer'`,
  )) as { analyses: string }[];
  return Number(row.analyses);
}

describe('planner statistics kept by the worker when autovacuum is off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { worker: true });
  });
  afterAll(() => t.close());

  it('analyzes a matching table once it changed as much as autovacuum waits for, and not again until it changes', async () => {
    const statistics = t.app.get(PlannerStatisticsService);
    // Whatever the set-up changed is analyzed first.
    await statistics.analyzeChanged();
    const before = await offerAnalyses(t);

    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    for (let call = 0; call < 2; call++) {
      const input = Array.from({ length: 100 }, (_, index) => offerInput(company.id, { title: `Uvožena ponudba ${call}-${index}` }));
      const response = await t.graphqlRaw(CREATE_OFFERS, { input }, TEST_ADMIN_KEY);
      expect(response.errors).toBeUndefined();
    }
    // PostgreSQL counts changed rows a moment after they commit; the worker's own check,
    // every 10 s, may be the one that analyzes.
    await eventually(async () => (await statistics.analyzeChanged(), (await offerAnalyses(t)) > before), 'the offer table analyzed');
    expect(await statistics.analyzeChanged()).not.toContain('offer');
  });
});
