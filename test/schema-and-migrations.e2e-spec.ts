import { GraphQLSchemaHost } from '@nestjs/graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchemaFile } from '../src/graphql/print-schema';
import { startTestApp, TestApp } from './utils/test-app';

// CI's guard against drift: the committed schema and the migrations must match the code.
describe('schema.graphql and migrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('schema.graphql is what the code generates (run `npm run schema` after changing the API)', () => {
    const generated = printSchemaFile(t.app.get(GraphQLSchemaHost).schema);
    const committed = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');
    expect(committed).toBe(generated);
  });

  it('the migrations create exactly what the entities describe (run `npm run migration:generate` after changing an entity)', async () => {
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
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
