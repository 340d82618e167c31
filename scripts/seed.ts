// `npm run seed`: loads the demo data set into the configured database, through the same
// services as the API (validation rules aside), as the hub. Runs once: a second run finds
// the demo organizations and stops.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../src/app.module';
import { Principal } from '../src/auth/principal';
import { prepareServices } from '../src/bootstrap/bootstrap';
import { loadConfig } from '../src/config/app-config';
import { NeedsService } from '../src/needs/needs.service';
import { OffersService } from '../src/offers/offers.service';
import { OrganizationsService } from '../src/organizations/organizations.service';
import { SEED_NEEDS, SEED_OFFERS, SEED_ORGANIZATIONS } from './seed-data';

const asDate = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`) : null);

async function main() {
  const config = { ...loadConfig(), logLevel: 'warn' };
  await prepareServices(config);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, { api: false, worker: false }), { logger: ['error', 'warn'] });
  const hub = new Principal('bootstrap_key', null, true);
  try {
    const organizations = app.get(OrganizationsService);
    const existing = await organizations.list(hub, { text: SEED_ORGANIZATIONS[0].name }, { first: 1 });
    if (existing.totalCount > 0) {
      process.stdout.write('seed: the demo data is already there; nothing done\n');
      return;
    }
    const ids = new Map<string, string>();
    for (const { key, ...input } of SEED_ORGANIZATIONS) ids.set(key, (await organizations.create(hub, input)).id);
    for (const { organization, startsOn, endsOn, ...input } of SEED_NEEDS) {
      await app.get(NeedsService).create(hub, { ...input, organizationId: ids.get(organization)!, startsOn: asDate(startsOn), endsOn: asDate(endsOn) });
    }
    for (const { organization, availableFrom, availableUntil, ...input } of SEED_OFFERS) {
      await app.get(OffersService).create(hub, {
        ...input,
        organizationId: ids.get(organization)!,
        availableFrom: asDate(availableFrom),
        availableUntil: asDate(availableUntil),
      });
    }
    process.stdout.write(`seed: ${SEED_ORGANIZATIONS.length} organizations, ${SEED_NEEDS.length} needs, ${SEED_OFFERS.length} offers\n`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`seed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
