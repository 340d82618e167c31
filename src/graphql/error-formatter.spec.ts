import { graphql, GraphQLError, GraphQLID, GraphQLObjectType, GraphQLScalarType, GraphQLSchema, GraphQLString } from 'graphql';
import { ForbiddenError } from '../common/errors/domain-errors';
import { errorFormatter } from './graphql-options';

// A field resolver's error reaches formatError unmapped (no Nest exception filter runs on
// field resolvers): the formatter gives it the code the filter would have.
describe('errorFormatter', () => {
  const Strict = new GraphQLScalarType({
    name: 'Strict',
    parseValue: (value) => {
      if (typeof value !== 'string') throw new TypeError('not a string');
      return value;
    },
  });
  const Item = new GraphQLObjectType({
    name: 'Item',
    fields: {
      id: { type: GraphQLID },
      secret: {
        type: GraphQLString,
        resolve: () => {
          throw new ForbiddenError('Only the owner may read it.');
        },
      },
    },
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: { item: { type: Item, args: { key: { type: Strict } }, resolve: () => ({ id: '1' }) } },
    }),
  });
  const format = errorFormatter({ introspection: true });
  // As Apollo hands an error to formatError: formatted, with the code it gave (INTERNAL_SERVER_ERROR when none).
  const asApollo = (error: GraphQLError, code: string) => format({ ...error.toJSON(), extensions: { ...error.extensions, code } }, error);

  it("maps a field resolver's domain error to its code, keeping its path", async () => {
    const { errors } = await graphql({ schema, source: '{ item { id secret } }' });
    expect(asApollo(errors![0], 'INTERNAL_SERVER_ERROR')).toMatchObject({
      message: 'Only the owner may read it.',
      path: ['item', 'secret'],
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it("keeps a request's own error as Apollo coded it, even with a plain error as its cause (no path: not a resolver's)", async () => {
    const { errors } = await graphql({ schema, source: 'query($key: Strict) { item(key: $key) { id } }', variableValues: { key: 5 } });
    expect(asApollo(errors![0], 'BAD_USER_INPUT').extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const caused = new GraphQLError('Variable "$key" got invalid value 5.', { originalError: new TypeError('not a string') });
    expect(asApollo(caused, 'BAD_USER_INPUT')).toMatchObject({ message: 'Variable "$key" got invalid value 5.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('answers anything unexpected from a resolver as an internal error, without details', async () => {
    const fail = () => {
      throw new Error('secret detail');
    };
    const broken = new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { boom: { type: GraphQLString, resolve: fail } } }) });
    const { errors } = await graphql({ schema: broken, source: '{ boom }' });
    expect(asApollo(errors![0], 'INTERNAL_SERVER_ERROR')).toEqual({ message: 'Internal server error.', locations: expect.any(Array), path: ['boom'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});
