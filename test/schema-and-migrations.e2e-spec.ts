import { GraphQLSchemaHost } from '@nestjs/graphql';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildApiSchema } from '../src/bootstrap/bootstrap';
import { printSchemaFile } from '../src/graphql/print-schema';
import { startTestApp, TestApp } from './utils/test-app';

// CI's guard against drift: the committed schema and the migrations must match the code.
describe('schema.graphql and migrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('schema.graphql is what the code generates (run `npm run schema` after changing the API)', async () => {
    // The builder of `npm run schema`, with PostgreSQL and Redis out of reach: it needs neither.
    const generated = printSchemaFile(await buildApiSchema({ ...t.config, databaseUrl: 'postgres://postgres@127.0.0.1:1/none', redisUrl: 'redis://127.0.0.1:1' }));
    const committed = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');
    expect(committed).toBe(generated);
  });

  it('`npm run schema` builds the schema the running API serves', async () => {
    expect(printSchemaFile(await buildApiSchema(t.config))).toBe(printSchemaFile(t.app.get(GraphQLSchemaHost).schema));
  });

  it('test/graphql/ is what codegen makes of schema.graphql and the tests (run `npm run codegen:test` after changing either)', async () => {
    const script = join(__dirname, 'utils', 'generate-documents.ts');
    const { stdout } = await promisify(execFile)(process.execPath, ['-r', 'ts-node/register/transpile-only', script], { maxBuffer: 64 * 1024 * 1024 });
    const generated = JSON.parse(stdout) as Record<string, string>;
    const output = join(__dirname, 'graphql');
    const committed = Object.fromEntries(readdirSync(output).map((name) => [name, readFileSync(join(output, name), 'utf8')]));
    expect(Object.keys(committed).sort()).toEqual(Object.keys(generated).sort());
    for (const name of Object.keys(generated)) expect({ name, content: committed[name] }).toEqual({ name, content: generated[name] });
    // codegen in a child process of its own: 10-20 s here, over 30 s when the machine is busy.
  }, 120_000);

  it('the migrations create exactly what the entities describe (run `npm run migration:generate` after changing an entity)', async () => {
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  // NeedFilter and OfferFilter share their conditions (PostingFilter); a description written for
  // one read wrongly on the other ("open calls of the others" on OfferFilter.excludeOrganizationId).
  it("describes each posting filter's conditions in words of its own postings", () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const describedAs = (typeName: string, words: RegExp) =>
      Object.values((schema.getType(typeName) as unknown as { getFields(): Record<string, { name: string; description?: string | null }> }).getFields())
        .filter((field) => words.test(field.description ?? ''))
        .map((field) => field.name);
    expect(describedAs('OfferFilter', /\b(calls?|needs?)\b/i)).toEqual([]);
    expect(describedAs('NeedFilter', /\boffers?\b/i)).toEqual([]);
  });

  it('keeps the core contract names of SPEC.md', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const fieldsOf = (typeName: string) => Object.keys((schema.getType(typeName) as unknown as { getFields(): object }).getFields());
    expect(fieldsOf('Query')).toEqual(expect.arrayContaining(['municipalities', 'themes', 'need', 'offer', 'needs', 'offers', 'matchingBacklog']));
    expect(fieldsOf('Mutation')).toEqual(expect.arrayContaining(['createOrganization', 'createApiKey', 'createNeed', 'createOffer']));
    expect(fieldsOf('Need')).toEqual(expect.arrayContaining(['id', 'title', 'organization', 'lastMatchedAt']));
    expect(fieldsOf('Offer')).toEqual(expect.arrayContaining(['id', 'title', 'organization', 'lastMatchedAt']));
    expect(fieldsOf('NeedConnection')).toEqual(expect.arrayContaining(['edges', 'pageInfo', 'totalCount']));
    expect(fieldsOf('CreateNeedInput')).toEqual(
      expect.arrayContaining(['organizationId', 'title', 'description', 'themeCodes', 'resourceTypes', 'municipalityCode', 'startsOn', 'endsOn', 'budgetEur', 'preferredSectors']),
    );
    expect(fieldsOf('CreateOfferInput')).toEqual(
      expect.arrayContaining(['organizationId', 'title', 'description', 'themeCodes', 'resourceTypes', 'municipalityCode', 'reach', 'serviceAreaCodes', 'availableFrom', 'availableUntil', 'valueEur', 'capacity']),
    );
  });
});
