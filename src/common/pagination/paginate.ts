import { isISO8601, isUUID } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadUserInputError } from '../errors/domain-errors';
import { ConnectionArgs, Connection, DEFAULT_PAGE_SIZE } from './connection.type';

interface Keyed {
  id: string;
  createdAt: Date;
}

// Newest first, keyset on (created_at, id): stable while rows are added, and an index
// on (created_at, id) serves every page at the same cost. createdAt is stored with
// millisecond precision, so a JavaScript Date round-trips exactly.
export function encodeCursor(node: Keyed): string {
  return Buffer.from(JSON.stringify([node.createdAt.toISOString(), node.id])).toString('base64url');
}

export function decodeCursor(cursor: string): { createdAt: string; id: string } {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    // Only what encodeCursor writes: an exact toISOString() and a UUID.
    if (typeof createdAt === 'string' && isISO8601(createdAt, { strict: true }) && new Date(createdAt).toISOString() === createdAt && typeof id === 'string' && isUUID(id)) {
      return { createdAt, id };
    }
  } catch {
    // reported below
  }
  throw BadUserInputError.field('after', 'is not a cursor from this list', { constraint: 'isCursor' });
}

export interface PageOptions {
  /**
   * Whether the caller asked for totalCount (see selectsTotalCount). Default true. When
   * false the count is not run: a client that pages through a list without showing its
   * size does not pay for counting it.
   */
  totalCount?: boolean;
  /**
   * Whether the request asks nothing of the nodes' organizations but their summary (see
   * asksOrganizationSummaryOnly): then only those columns are read. Default false.
   */
  organizationSummary?: boolean;
  /** Whether the request asks for the nodes' description (their longest text). Default true: false leaves it unread. */
  description?: boolean;
  /**
   * Joins to add to the page query only (not to the count): to-one joins, which never
   * multiply rows, so the page is limited in SQL. The list's organizations, say, come
   * with its page instead of in a query of their own.
   */
  joinToOne?: <Q extends ObjectLiteral>(page: SelectQueryBuilder<Q>) => SelectQueryBuilder<Q>;
}

// A query without joins has no duplicate rows to leave out: COUNT(*) counts it, where
// TypeORM's getCount() would count DISTINCT ids, a sort or hash the planner cannot skip. A
// query with joins keeps getCount().
function count<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): Promise<number> {
  if (query.expressionMap.joinAttributes.length) return query.clone().getCount();
  return query
    .clone()
    .select('COUNT(*)', 'count')
    .getRawOne<{ count: string }>()
    .then((row) => Number(row?.count ?? 0));
}

/**
 * Runs a filtered query as one Relay page plus its total count: two SQL queries, sent at
 * once on two pooled connections rather than one after the other.
 */
export async function paginate<T extends Keyed & ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  args: ConnectionArgs,
  options: PageOptions = {},
): Promise<Connection<T>> {
  const alias = query.alias;
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const page = query.clone();
  if (args.after) {
    const cursor = decodeCursor(args.after);
    page.andWhere(`(${alias}.createdAt, ${alias}.id) < (:cursorCreatedAt, :cursorId)`, {
      cursorCreatedAt: cursor.createdAt,
      cursorId: cursor.id,
    });
  }
  page.orderBy(`${alias}.createdAt`, 'DESC').addOrderBy(`${alias}.id`, 'DESC');
  // TypeORM's take() pages a query with joins in two statements (the ids, then the rows);
  // a query whose only joins are the to-one ones added here needs none of that.
  if (options.joinToOne && !query.expressionMap.joinAttributes.length) options.joinToOne(page).limit(first + 1);
  else page.take(first + 1);
  const [rows, totalCount] = await Promise.all([
    page.getMany(),
    // Not asked for: never read, so 0 is never seen.
    options.totalCount === false ? 0 : count(query),
  ]);
  return connectionOf(rows, first, args, totalCount);
}

/** The Relay page of `rows`, read with LIMIT first + 1 (one more row says there is a next page). */
export function connectionOf<T extends Keyed>(rows: T[], first: number, args: ConnectionArgs, totalCount: number): Connection<T> {
  return connectionWith(rows, first, args, totalCount, encodeCursor);
}

/** connectionOf for a list in another order than newest first: `cursorOf` gives each node's position in it. */
export function connectionWith<T>(rows: T[], first: number, args: ConnectionArgs, totalCount: number, cursorOf: (node: T) => string): Connection<T> {
  const nodes = rows.length > first ? rows.slice(0, first) : rows;
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
