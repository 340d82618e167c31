import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { buildSchema, getOperationAST, GraphQLError, parse } from 'graphql';
import { complexityLimitPlugin } from './query-limits';

const schema = buildSchema(`
  type Item { id: ID! name: String! }
  type ItemEdge { node: Item! }
  type ItemConnection { edges: [ItemEdge!]! totalCount: Int! }
  type Query { items(first: Int, filter: String): ItemConnection! }
`);

// A page of `first` items with two fields each costs 1 + first * 4: the limit 60 takes 5 (21), not 20 (81).
const PAGE = parse(`
  query Page($first: Int = 5, $filter: String, $more: Boolean = false) {
    items(first: $first, filter: $filter) { edges { node { id name } } }
    more: items(first: 100) @include(if: $more) { edges { node { id name } } }
  }
`);

async function check(plugin: ApolloServerPlugin, variables: Record<string, unknown>): Promise<'ok' | string> {
  const listener = await plugin.requestDidStart?.({} as never);
  const context = {
    request: { variables },
    document: PAGE,
    schema,
    operation: getOperationAST(PAGE),
  } as unknown as GraphQLRequestContextDidResolveOperation<never>;
  try {
    await listener?.didResolveOperation?.(context);
    return 'ok';
  } catch (error) {
    return (error as GraphQLError).extensions.reason as string;
  }
}

describe('complexityLimitPlugin', () => {
  it('estimates again whenever a value the estimate reads differs, also after caching an estimate', async () => {
    const plugin = complexityLimitPlugin(60, { introspection: false });
    for (let round = 0; round < 2; round++) {
      expect(await check(plugin, { first: 5 })).toBe('ok');
      expect(await check(plugin, { first: 50 })).toBe('QUERY_TOO_LARGE');
      // Absent: its default (5); explicit null: the default page size of the estimate (20).
      expect(await check(plugin, {})).toBe('ok');
      expect(await check(plugin, { first: null })).toBe('QUERY_TOO_LARGE');
      // A directive's variable decides whether the costly second page counts.
      expect(await check(plugin, { first: 5, more: true })).toBe('QUERY_TOO_LARGE');
      expect(await check(plugin, { first: 5, more: false })).toBe('ok');
      // Variables the estimate does not read share the estimate.
      expect(await check(plugin, { first: 5, filter: `x${round}` })).toBe('ok');
      expect(await check(plugin, { first: 50, filter: `y${round}` })).toBe('QUERY_TOO_LARGE');
    }
  });

  it('leaves variables that do not fit to execution (BAD_USER_INPUT there), cached or not', async () => {
    const plugin = complexityLimitPlugin(60, { introspection: false });
    expect(await check(plugin, { first: 'many' })).toBe('ok');
    expect(await check(plugin, { first: 5 })).toBe('ok');
    expect(await check(plugin, { first: 5, filter: 7 })).toBe('ok');
  });
});
