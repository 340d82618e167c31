import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLObjectType, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';

// A partner's developer reads the API from the schema (GraphiQL's docs, codegen's comments):
// every type, field, argument and enum value says what it means. schema.graphql is the
// printed schema (test/schema-and-migrations.e2e-spec.ts checks it matches the code).
function undescribed(sdl: string): string[] {
  const schema = buildSchema(sdl);
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const argument of 'args' in field ? field.args : []) {
          if (!argument.description) missing.push(`${type.name}.${field.name}(${argument.name})`);
        }
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}

describe('the schema describes itself', () => {
  it('has a description on every type, field, argument and enum value', () => {
    expect(undescribed(readFileSync(join(__dirname, '../../schema.graphql'), 'utf8'))).toEqual([]);
  });

  // A partner listing its webhooks after deleting one found it gone, while Webhook.active
  // suggested deleted ones were listed with false.
  it('says what webhooks, deleteWebhook and sendTestWebhook do with a deleted webhook', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '../../schema.graphql'), 'utf8'));
    expect(schema.getQueryType()!.getFields().webhooks.description).toMatch(/not deleted.*webhook\(id\)/);
    const mutations = schema.getMutationType()!.getFields();
    expect(mutations.deleteWebhook.description).toMatch(/Deleting a deleted webhook changes nothing/);
    expect(mutations.sendTestWebhook.description).toMatch(/NOT_FOUND for a deleted webhook/);
  });

  // notifySuggestions off stops every e-mail to the member, a new partner's contacts included.
  it('says that a member without notifySuggestions gets none of the organization\'s e-mails', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '../../schema.graphql'), 'utf8'));
    const membership = schema.getType('Membership') as GraphQLObjectType;
    expect(membership.getFields().notifySuggestions.description).toMatch(/partnerships formed or ended and responses \(false: none of them/);
  });

  it('finds what lacks one', () => {
    const sdl = '"""The root."""\ntype Query {\n  """Described."""\n  a(x: Int): Int\n  b: Kind\n}\nenum Kind {\n  """One."""\n  ONE\n  TWO\n}\n';
    expect(undescribed(sdl)).toEqual(['Query.a(x)', 'Query.b', 'Kind', 'Kind.TWO']);
  });
});
