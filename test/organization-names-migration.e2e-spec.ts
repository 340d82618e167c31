import { plainToInstance } from 'class-transformer';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { OrganizationNamesSingleSpaced1796090800001 as Migration } from '../src/database/migrations/1796090800001-OrganizationNamesSingleSpaced';
import { CreateOrganizationInput } from '../src/organizations/dto/create-organization.input';
import { createTestDatabase, databaseUrl, dropDatabase } from './utils/test-database';

// What the API makes of a name since TrimToSingleSpaces: the migration must agree with it.
const asTyped = (name: string) => plainToInstance(CreateOrganizationInput, { name }).name;

// Every space separator, and the other white space trim() takes from the ends but leaves inside.
const SPACES = [' ', '\u00A0', '\u1680', '\u2000', '\u2005', '\u200A', '\u202F', '\u205F', '\u3000'];
const OTHER_WHITE_SPACE = ['\t', '\u000B', '\f', '\uFEFF', '\n', '\r', '\u2028', '\u2029'];

describe('the migration that trims organization names to single spaces', () => {
  let database: string;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase(); // a copy of the migrated template: a scratch database
    dataSource = await new DataSource(dataSourceOptions(databaseUrl(database))).initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await dropDatabase(database);
  });

  const insert = async (name: string, contactName: string | null) => {
    const [{ id }] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO "organization" ("name", "sector", "municipality_code", "contact_name", "updated_at") VALUES ($1, 'NGO', '052', $2, now() - interval '1 day') RETURNING "id"`,
      [name, contactName],
    );
    return id;
  };
  const read = async (id: string) =>
    (await dataSource.query<{ name: string; contactName: string | null; changed: boolean }[]>(
      `SELECT "name", "contact_name" AS "contactName", "updated_at" > now() - interval '1 hour' AS "changed" FROM "organization" WHERE "id" = $1`,
      [id],
    ))[0];
  const migrate = async (step: 'up' | 'down') => {
    const runner = dataSource.createQueryRunner();
    try {
      await new Migration()[step](runner);
    } finally {
      await runner.release();
    }
  };

  it('is one of the migrations every database runs', async () => {
    expect(dataSource.migrations.map((migration) => migration.name)).toContain('OrganizationNamesSingleSpaced1796090800001');
    const ran = await dataSource.query<{ name: string }[]>(`SELECT "name" FROM "migrations" WHERE "name" = 'OrganizationNamesSingleSpaced1796090800001'`);
    expect(ran).toHaveLength(1);
  });

  it('stores names saved before with double or edge spaces as the API now reads them in, and leaves the others', async () => {
    const doubled = await insert('Društvo  Sonček', '  Ana   Novak ');
    const noBreak = await insert('\u00A0Društvo\u00A0\u00A0upokojencev Naklo\u3000', 'Ana\u202FNovak');
    const blank = await insert('Zavod Tri  ', '\u00A0 ');
    const clean = await insert('Društvo Sonček Kranj', 'Ana Novak');
    const noContact = await insert('Občina Naklo', null);

    await migrate('up');

    expect(await read(doubled)).toEqual({ name: 'Društvo Sonček', contactName: 'Ana Novak', changed: true });
    expect(await read(noBreak)).toEqual({ name: 'Društvo upokojencev Naklo', contactName: 'Ana Novak', changed: true });
    // An empty contact person is none: the API refuses an empty one.
    expect(await read(blank)).toEqual({ name: 'Zavod Tri', contactName: null, changed: true });
    expect(await read(clean)).toEqual({ name: 'Društvo Sonček Kranj', contactName: 'Ana Novak', changed: false });
    expect(await read(noContact)).toEqual({ name: 'Občina Naklo', contactName: null, changed: false });
  });

  it('does what TrimToSingleSpaces does, for every kind of white space', async () => {
    const names = [...SPACES, ...OTHER_WHITE_SPACE].flatMap((space) => [
      `${space}Društvo${space}${space}Sonček${space}`,
      `${space} Zavod${space} ${space}Tri ${space}`,
      `Dru${space}štvo`,
    ]);
    const ids = await Promise.all(names.map((name) => insert(name, name)));

    await migrate('up');

    const stored = await Promise.all(ids.map(read));
    expect(stored.map(({ name, contactName }) => ({ name, contactName }))).toEqual(names.map((name) => ({ name: asTyped(name), contactName: asTyped(name) })));
    // A sample of what that is, so that the test cannot agree with a transform that does nothing.
    expect(asTyped('\u00A0Društvo\u2003\u2003Sonček\t')).toBe('Društvo Sonček');
  });

  it('leaves the names as they are on the way down, and can run again', async () => {
    const id = await insert('Društvo   Mavrica', null);
    await migrate('up');
    await migrate('down');
    expect(await read(id)).toEqual({ name: 'Društvo Mavrica', contactName: null, changed: true });
    await migrate('up');
    expect((await read(id)).name).toBe('Društvo Mavrica');
  });
});
