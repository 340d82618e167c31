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
function encodeCursor(node: Keyed): string {
  return Buffer.from(JSON.stringify([node.createdAt.toISOString(), node.id])).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: string; id: string } {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    // Only what encodeCursor writes: an exact toISOString() and a UUID.
    if (typeof createdAt === 'string' && isISO8601(createdAt, { strict: true }) && new Date(createdAt).toISOString() === createdAt && typeof id === 'string' && isUUID(id)) {
      return { createdAt, id };
    }
  } catch {
    // reported below
  }
  throw BadUserInputError.field('after', 'is not a cursor from this list');
}

/** Runs a filtered query as one Relay page plus its total count (two SQL queries). */
export async function paginate<T extends Keyed & ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  args: ConnectionArgs,
): Promise<Connection<T>> {
  const alias = query.alias;
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const totalCount = await query.clone().getCount();
  const page = query.clone();
  if (args.after) {
    const cursor = decodeCursor(args.after);
    page.andWhere(`(${alias}.createdAt, ${alias}.id) < (:cursorCreatedAt, :cursorId)`, {
      cursorCreatedAt: cursor.createdAt,
      cursorId: cursor.id,
    });
  }
  const rows = await page
    .orderBy(`${alias}.createdAt`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .take(first + 1)
    .getMany();
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node), node }));
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
