import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { buildSchema, getOperationAST, GraphQLError, GraphQLSchema, parse } from 'graphql';
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

// The cost of `query` on `on`: the plugin refuses everything (limit 0) and says the cost.
async function costOn(on: GraphQLSchema, query: string, variables: Record<string, unknown> = {}): Promise<number> {
  const document = parse(query);
  const listener = await complexityLimitPlugin(0, { introspection: false }).requestDidStart?.({} as never);
  const context = { request: { variables }, document, schema: on, operation: getOperationAST(document) } as unknown as GraphQLRequestContextDidResolveOperation<never>;
  try {
    await listener?.didResolveOperation?.(context);
  } catch (error) {
    return Number(/cost is (\d+)/.exec((error as GraphQLError).message)?.[1]);
  }
  throw new Error('not refused');
}

describe('the cost of a plain list', () => {
  const lists = buildSchema(`
    type Item { id: ID! name: String! }
    type Query { responses(first: Int = 100): [Item!] suggestions(first: Int = 10): [Item!] }
  `);
  const cost = (query: string, variables: Record<string, unknown> = {}) => costOn(lists, query, variables);

  it('counts the size the query asks for, and a size left to a default above 20 as 20 (as before that list had a `first`)', async () => {
    // Each item costs 2 (id and name), the list itself 1.
    expect(await cost('{ responses { id name } }')).toBe(1 + 20 * 2);
    expect(await cost('{ responses(first: 100) { id name } }')).toBe(1 + 100 * 2);
    expect(await cost('query ($first: Int) { responses(first: $first) { id name } }', { first: 40 })).toBe(1 + 40 * 2);
    expect(await cost('{ suggestions { id name } }')).toBe(1 + 10 * 2);
    expect(await cost('{ suggestions(first: 5) { id name } }')).toBe(1 + 5 * 2);
  });
});

describe('the cost of a list of scalars or enums', () => {
  // As the API's own: Need.resourceTypes, SuggestionPreferences.themeCodes, Webhook.events.
  const leaves = buildSchema(`
    enum Kind { A B C }
    type Item { id: ID! codes: [String!]! kinds: [Kind!] children(first: Int): [Item!]! }
    type ItemEdge { node: Item! }
    type ItemConnection { edges: [ItemEdge!]! totalCount: Int! }
    type Query { items(first: Int): ItemConnection! responses(first: Int = 100): [Item!] tags: [String!]! kinds: [Kind!]! }
  `);
  const cost = (query: string, variables: Record<string, unknown> = {}) => costOn(leaves, query, variables);

  it('counts one as a single field: it comes with its parent, nothing more to resolve', async () => {
    // Counted as 20 items each (21), a page of needs with their resource types cost 20 more per
    // need. A connection multiplies what each of its items asks (edges, node, fields), and
    // counts its totalCount once.
    expect(await cost('{ tags }')).toBe(1);
    expect(await cost('{ tags kinds }')).toBe(2);
    expect(await cost('{ responses(first: 10) { id codes kinds } }')).toBe(1 + 10 * 3);
    expect(await cost('query ($first: Int) { items(first: $first) { totalCount edges { node { id codes kinds } } } }', { first: 100 })).toBe(1 + 1 + 100 * (1 + 1 + 3));
  });

  it('still multiplies a list of objects by its page size, also with lists of scalars inside', async () => {
    expect(await cost('{ responses(first: 10) { id codes children(first: 5) { id kinds } } }')).toBe(1 + 10 * (1 + 1 + (1 + 5 * 2)));
    // Left to its default (100 here): counted as 20, as before.
    expect(await cost('{ responses { codes } }')).toBe(1 + 20 * 1);
    expect(await cost('{ items { edges { node { kinds } } } }')).toBe(1 + 20 * (1 + 1 + 1));
  });
});

describe('the cost of a connection', () => {
  const connections = buildSchema(`
    type PageInfo { endCursor: String hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String }
    type Item { id: ID! name: String! children(first: Int): ItemConnection! }
    type ItemEdge { cursor: String! node: Item! }
    type ItemConnection { edges: [ItemEdge!]! pageInfo: PageInfo! totalCount: Int! }
    type Query { items(first: Int): ItemConnection! }
  `);
  const cost = (query: string, variables: Record<string, unknown> = {}) => costOn(connections, query, variables);

  it('multiplies only its items (edges) by the page size: totalCount and pageInfo come once per connection', async () => {
    // Each item: edges 1 + node 1 + id 1 + name 1 = 4.
    expect(await cost('{ items(first: 100) { edges { node { id name } } } }')).toBe(1 + 100 * 4);
    // totalCount (1) and pageInfo with two fields (3) add 4 to the connection, not 4 per item.
    expect(await cost('{ items(first: 100) { totalCount pageInfo { endCursor hasNextPage } edges { node { id name } } } }')).toBe(1 + 1 + 3 + 100 * 4);
    // The page size does not change what a count alone costs.
    expect(await cost('{ items(first: 1) { totalCount } }')).toBe(1 + 1);
    expect(await cost('{ items(first: 100) { totalCount } }')).toBe(1 + 1);
    expect(await cost('{ items { totalCount pageInfo { hasNextPage } } }')).toBe(1 + 1 + 2);
  });

  it('keeps each connection to its own items when connections nest or stand side by side', async () => {
    // The inner connection: 1 + totalCount 1 + 5 × (edges 1 + node 1 + id 1) = 17, per outer item.
    const inner = 1 + 1 + 5 * 3;
    expect(await cost('{ items(first: 10) { totalCount edges { node { id children(first: 5) { totalCount edges { node { id } } } } } } }')).toBe(
      1 + 1 + 10 * (1 + 1 + 1 + inner),
    );
    // Two connections, and an aliased copy of one: each counts its own page once.
    expect(await cost('{ a: items(first: 10) { totalCount edges { cursor } } b: items(first: 3) { pageInfo { hasNextPage } edges { node { id } } } }')).toBe(
      1 + 1 + 10 * 2 + (1 + 2 + 3 * 3),
    );
  });

  it('counts the items asked for in a fragment, and edges asked twice, per item', async () => {
    const query = `
      { items(first: 10) { ...Page edges { cursor } } }
      fragment Page on ItemConnection { totalCount edges { node { id } } }
    `;
    expect(await cost(query)).toBe(1 + 1 + 10 * (3 + 2));
  });
});
