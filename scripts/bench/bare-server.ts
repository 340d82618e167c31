// The baseline of `npm run bench:api`: a bare @apollo/server standalone server with `pg`
// and a hand-written schema, serving the benchmark's queries from the service's own
// database. Meant as a fair, reasonably efficient baseline, not a straw man: each list is
// one SQL statement with its joins plus a count run beside it, a need is one statement and
// its suggestions one more; only the columns the schema has are read. It has what a
// hand-written server would have and no more: no auth, no limits, no logging, no DataLoader.
// Started by bench-api-load.ts as a child process: DATABASE_URL, LISTING_THRESHOLD; answers
// its URL over IPC.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { GraphQLScalarType } from 'graphql';
import { Pool } from 'pg';
import { profileWhenAsked } from './child';

const typeDefs = /* GraphQL */ `
  scalar Date
  scalar DateTime

  enum NeedKind { CALL_FOR_PARTNERS LOCAL_CHALLENGE PUBLIC_SERVICE }
  enum NeedStatus { CLOSED DRAFT EXPIRED OPEN PARTNERED }
  enum OfferStatus { CLOSED EXPIRED OPEN }
  enum Reach { LOCAL NATIONAL REGIONAL }
  enum ResourceType { EQUIPMENT EXPERTISE FUNDING PREMISES PROJECT_PARTNERSHIP SERVICE_DELIVERY VOLUNTEERS }
  enum Sector { COMPANY DEVELOPMENT_AGENCY MUNICIPALITY NGO PUBLIC_INSTITUTION }
  enum MatchStatus { ACCEPTED DECLINED EXPIRED INTERESTED SUGGESTED }

  type Municipality { code: ID! name: String! region: String! }
  type Organization { id: ID! name: String! sector: Sector! verified: Boolean! }

  type Need {
    id: ID!
    title: String!
    description: String!
    kind: NeedKind!
    status: NeedStatus!
    startsOn: Date
    endsOn: Date
    budgetEur: Int
    resourceTypes: [ResourceType!]!
    createdAt: DateTime!
    organization: Organization!
    municipality: Municipality!
    suggestions(first: Int = 10, offset: Int = 0): [Match!]!
  }

  type Offer {
    id: ID!
    title: String!
    description: String!
    status: OfferStatus!
    reach: Reach!
    availableFrom: Date
    availableUntil: Date
    valueEur: Int
    capacity: Int
    resourceTypes: [ResourceType!]!
    createdAt: DateTime!
    organization: Organization!
    municipality: Municipality!
  }

  type Match { id: ID! score: Float! status: MatchStatus! offer: Offer! }

  type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
  type NeedEdge { cursor: String! node: Need! }
  type NeedConnection { edges: [NeedEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type OfferEdge { cursor: String! node: Offer! }
  type OfferConnection { edges: [OfferEdge!]! pageInfo: PageInfo! totalCount: Int! }

  input NeedFilter { municipalityCodes: [String!] statuses: [NeedStatus!] resourceTypes: [ResourceType!] organizationId: ID }
  input OfferFilter { municipalityCodes: [String!] statuses: [OfferStatus!] resourceTypes: [ResourceType!] reaches: [Reach!] organizationId: ID }

  type Query {
    needs(first: Int, after: String, filter: NeedFilter): NeedConnection!
    offers(first: Int, after: String, filter: OfferFilter): OfferConnection!
    need(id: ID!): Need
  }
`;

type Row = Record<string, unknown>;

const ORGANIZATION = `o.id AS o_id, o.name AS o_name, o.sector AS o_sector, o.verified AS o_verified`;
const MUNICIPALITY = `m.code AS m_code, m.name AS m_name, m.region AS m_region`;
const NEED = `n.id, n.title, n.description, n.kind, n.status, n.starts_on::text AS starts_on, n.ends_on::text AS ends_on,
              n.budget_eur, n.resource_types::text[] AS resource_types, n.created_at, n.organization_id`;
const OFFER = `f.id, f.title, f.description, f.status, f.reach, f.available_from::text AS available_from,
               f.available_until::text AS available_until, f.value_eur, f.capacity, f.resource_types::text[] AS resource_types, f.created_at`;

const organizationOf = (row: Row) => ({ id: row.o_id, name: row.o_name, sector: row.o_sector, verified: row.o_verified });
const municipalityOf = (row: Row) => ({ code: row.m_code, name: row.m_name, region: row.m_region });

const needOf = (row: Row) => ({
  id: row.id,
  title: row.title,
  description: row.description,
  kind: row.kind,
  status: row.status,
  startsOn: row.starts_on,
  endsOn: row.ends_on,
  budgetEur: row.budget_eur,
  resourceTypes: row.resource_types,
  createdAt: row.created_at,
  organization: organizationOf(row),
  municipality: municipalityOf(row),
});

const offerOf = (row: Row) => ({
  id: row.id,
  title: row.title,
  description: row.description,
  status: row.status,
  reach: row.reach,
  availableFrom: row.available_from,
  availableUntil: row.available_until,
  valueEur: row.value_eur,
  capacity: row.capacity,
  resourceTypes: row.resource_types,
  createdAt: row.created_at,
  organization: organizationOf(row),
  municipality: municipalityOf(row),
});

// The service's cursor: base64url of [createdAt ISO, id], newest first.
const cursorOf = (node: { createdAt: unknown; id: unknown }) =>
  Buffer.from(JSON.stringify([(node.createdAt as Date).toISOString(), node.id])).toString('base64url');

interface Filter {
  municipalityCodes?: string[] | null;
  statuses?: string[] | null;
  resourceTypes?: string[] | null;
  reaches?: string[] | null;
  organizationId?: string | null;
}

/** WHERE conditions on alias `a` of a need or offer table, with their parameters from $1. */
function where(a: string, table: 'need' | 'offer', filter: Filter | null | undefined, after: string | null | undefined) {
  const conditions: string[] = [];
  const values: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    values.push(value);
    conditions.push(sql.replace('?', `$${values.length}`));
  };
  if (filter?.municipalityCodes?.length) add(`${a}.municipality_code = ANY(?::bpchar[])`, filter.municipalityCodes);
  if (filter?.statuses?.length) add(`${a}.status = ANY(?::${table}_status[])`, filter.statuses);
  if (filter?.resourceTypes?.length) add(`${a}.resource_types && ?::resource_type[]`, filter.resourceTypes);
  if (filter?.reaches?.length) add(`${a}.reach = ANY(?::reach[])`, filter.reaches);
  if (filter?.organizationId) add(`${a}.organization_id = ?`, filter.organizationId);
  const countConditions = [...conditions];
  const countValues = [...values];
  if (after) {
    const [createdAt, id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as [string, string];
    values.push(createdAt, id);
    conditions.push(`(${a}.created_at, ${a}.id) < ($${values.length - 1}::timestamptz, $${values.length}::uuid)`);
  }
  const sql = (list: string[]) => (list.length ? `WHERE ${list.join(' AND ')}` : '');
  return { page: sql(conditions), pageValues: values, count: sql(countConditions), countValues };
}

async function connection(pool: Pool, table: 'need' | 'offer', args: { first?: number | null; after?: string | null; filter?: Filter | null }) {
  const first = args.first ?? 20;
  const a = table === 'need' ? 'n' : 'f';
  const { page, pageValues, count, countValues } = where(a, table, args.filter, args.after);
  const [rows, total] = await Promise.all([
    pool.query(
      `SELECT ${table === 'need' ? NEED : OFFER}, ${ORGANIZATION}, ${MUNICIPALITY}
         FROM ${table} ${a} JOIN organization o ON o.id = ${a}.organization_id JOIN municipality m ON m.code = ${a}.municipality_code
         ${page} ORDER BY ${a}.created_at DESC, ${a}.id DESC LIMIT ${first + 1}`,
      pageValues,
    ),
    pool.query(`SELECT count(*)::int AS total FROM ${table} ${a} ${count}`, countValues),
  ]);
  const toNode: (row: Row) => { id: unknown; createdAt: unknown } = table === 'need' ? needOf : offerOf;
  const nodes = (rows.rows as Row[]).slice(0, first).map(toNode);
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    totalCount: (total.rows[0] as { total: number }).total,
    pageInfo: {
      hasNextPage: rows.rows.length > first,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

async function main() {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10, application_name: 'bench-bare', options: '-c jit=off' });
  const listingThreshold = Number(process.env.LISTING_THRESHOLD);
  const server = new ApolloServer({
    typeDefs,
    // As the service: no cache-control hook on every resolved field.
    plugins: [ApolloServerPluginCacheControlDisabled()],
    resolvers: {
      Date: new GraphQLScalarType({ name: 'Date', serialize: (value) => value }),
      DateTime: new GraphQLScalarType({ name: 'DateTime', serialize: (value) => (value as Date).toISOString() }),
      Query: {
        needs: (_: unknown, args: { first?: number; after?: string; filter?: Filter }) => connection(pool, 'need', args),
        offers: (_: unknown, args: { first?: number; after?: string; filter?: Filter }) => connection(pool, 'offer', args),
        need: async (_: unknown, { id }: { id: string }) => {
          const { rows } = await pool.query(
            `SELECT ${NEED}, ${ORGANIZATION}, ${MUNICIPALITY}
               FROM need n JOIN organization o ON o.id = n.organization_id JOIN municipality m ON m.code = n.municipality_code
              WHERE n.id = $1`,
            [id],
          );
          return rows[0] ? needOf(rows[0] as Row) : null;
        },
      },
      Need: {
        // As the service shows them: above the listing threshold, never DECLINED or EXPIRED, best first.
        suggestions: async (need: { id: string }, { first, offset }: { first: number; offset: number }) => {
          const { rows } = await pool.query(
            `SELECT x.id AS match_id, x.score, x.status AS match_status, ${OFFER}, ${ORGANIZATION}, ${MUNICIPALITY}
               FROM match x JOIN offer f ON f.id = x.offer_id
               JOIN organization o ON o.id = f.organization_id JOIN municipality m ON m.code = f.municipality_code
              WHERE x.need_id = $1 AND x.status NOT IN ('DECLINED', 'EXPIRED') AND x.score >= $2
              ORDER BY x.score DESC, x.id ASC LIMIT $3 OFFSET $4`,
            [need.id, listingThreshold, first, offset],
          );
          return rows.map((row: Row) => ({ id: row.match_id, score: row.score, status: row.match_status, offer: offerOf(row) }));
        },
      },
    },
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  process.send?.({ type: 'ready', url: url.replace(/\/$/, '') });
  profileWhenAsked();
  process.on('message', (message: { type: string }) => {
    if (message.type === 'close') void server.stop().then(() => pool.end()).then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench bare server: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
