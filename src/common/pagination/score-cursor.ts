import { isUUID } from 'class-validator';
import { BadUserInputError } from '../errors/domain-errors';

/**
 * A position in a list sorted best first by the scores as they were at one moment, the
 * `horizon` (a transaction id: what the list's first page could see, see
 * MatchesService.awaiting), and then by id. `score` is the node's score as of the horizon,
 * or null for a node whose score changed twice or more since then, which such a list puts
 * after the others, by id.
 */
export interface ScorePosition {
  horizon: string;
  score: number | null;
  id: string;
}

// The largest bigint: a horizon beyond it is no transaction id PostgreSQL could compare.
const MAX_HORIZON = 9223372036854775807n;

// A JavaScript number round-trips exactly through JSON and PostgreSQL's double precision
// (shortest exact output since PostgreSQL 12), so a page starts right after the last node of
// the one before.
export function encodeScoreCursor(position: ScorePosition): string {
  return Buffer.from(JSON.stringify([position.horizon, position.score, position.id])).toString('base64url');
}

export function decodeScoreCursor(cursor: string): ScorePosition {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    // Only what encodeScoreCursor writes: a transaction id as digits, a finite number or null,
    // and a UUID. A cursor of the list before the horizon was added (a score and an id) is not one.
    if (Array.isArray(parsed) && parsed.length === 3) {
      const [horizon, score, id] = parsed as unknown[];
      if (
        typeof horizon === 'string' &&
        /^[0-9]{1,19}$/.test(horizon) &&
        BigInt(horizon) <= MAX_HORIZON &&
        (score === null || (typeof score === 'number' && Number.isFinite(score))) &&
        typeof id === 'string' &&
        isUUID(id)
      ) {
        return { horizon: BigInt(horizon).toString(), score, id };
      }
    }
  } catch {
    // reported below
  }
  throw BadUserInputError.field('after', 'is not a cursor from this list', { constraint: 'isCursor' });
}
