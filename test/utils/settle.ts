import { graphql } from '../graphql';
import { eventually } from './eventually';
import { TEST_ADMIN_KEY, TestApp } from './test-app';

const MATCHING_BACKLOG = graphql(`
  query SettleMatchingBacklog { matchingBacklog }
`);

/**
 * Waits until nothing that could still send a message is left, so that a test can then
 * prove that nothing (more) was sent: every change scored (the outbox relayed and the
 * matching queue drained), one whole delivery pass run after that (it plans what the new
 * matches call for and sends everything due), and no delivery still being sent by another
 * pass (the worker's own, woken by NOTIFY). `pass` is the app's DeliveryDispatcher.pass().
 */
export async function settleDeliveries(t: TestApp, pass: () => Promise<void>): Promise<void> {
  await eventually(async () => (await t.graphqlOk(MATCHING_BACKLOG, {}, TEST_ADMIN_KEY)).matchingBacklog === 0, 'the matching backlog to drain');
  await pass();
  await eventually(async () => {
    const [{ busy }] = await t.dataSource.query(
      `SELECT count(*)::int AS busy FROM delivery WHERE status = 'SENDING' OR (status = 'PENDING' AND NOT digest AND next_attempt_at <= now())`,
    );
    return busy === 0;
  }, 'the deliveries in flight to be sent');
}
