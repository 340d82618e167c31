import { dropDatabase, templateDatabase } from './test-database';

export default async function globalTeardown(): Promise<void> {
  await dropDatabase(templateDatabase());
}
