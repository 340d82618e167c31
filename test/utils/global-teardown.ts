import { dropDatabase, TEMPLATE_DATABASE } from './test-database';

export default async function globalTeardown(): Promise<void> {
  await dropDatabase(TEMPLATE_DATABASE);
}
