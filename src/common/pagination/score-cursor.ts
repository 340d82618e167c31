import { isUUID } from 'class-validator';
import { BadUserInputError } from '../errors/domain-errors';

interface Scored {
  id: string;
  score: number;
}

// Best first, keyset on (score DESC, id ASC): the position of a node in a list sorted by
// score. A JavaScript number round-trips exactly through JSON and PostgreSQL's double
// precision (shortest exact output since PostgreSQL 12), so a page starts right after the
// last node of the one before.
export function encodeScoreCursor(node: Scored): string {
  return Buffer.from(JSON.stringify([node.score, node.id])).toString('base64url');
}

export function decodeScoreCursor(cursor: string): Scored {
  try {
    const [score, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    // Only what encodeScoreCursor writes: a finite number and a UUID.
    if (typeof score === 'number' && Number.isFinite(score) && typeof id === 'string' && isUUID(id)) return { score, id };
  } catch {
    // reported below
  }
  throw BadUserInputError.field('after', 'is not a cursor from this list', { constraint: 'isCursor' });
}
