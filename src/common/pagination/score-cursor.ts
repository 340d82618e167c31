import { isUUID } from 'class-validator';
import { BadUserInputError } from '../errors/domain-errors';

/**
 * A position in a list sorted best first by the scores as they were at one moment, the
 * `snapshot` (PostgreSQL's pg_snapshot as text, "xmin:xmax:xip,…": which transactions had
 * committed when the list's first page was read, see MatchesService.awaiting), and then by
 * id. `score` is the node's score as of the snapshot, or null for a node whose score changed
 * twice or more since then, which such a list puts after the others, by id.
 */
export interface ScorePosition {
  snapshot: string;
  score: number | null;
  id: string;
}

// The largest bigint: a transaction id beyond it is none PostgreSQL could compare.
const MAX_XID = 9223372036854775807n;

// A JavaScript number round-trips exactly through JSON and PostgreSQL's double precision
// (shortest exact output since PostgreSQL 12), so a page starts right after the last node of
// the one before.
export function encodeScoreCursor(position: ScorePosition): string {
  return Buffer.from(JSON.stringify([position.snapshot, position.score, position.id])).toString('base64url');
}

export function decodeScoreCursor(cursor: string): ScorePosition {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    // Only what encodeScoreCursor writes: a snapshot, a finite number or null, and a UUID. A
    // cursor of the list before the horizon was added (a score and an id) is not one.
    if (Array.isArray(parsed) && parsed.length === 3) {
      const [moment, score, id] = parsed as unknown[];
      const snapshot = typeof moment === 'string' ? snapshotOf(moment) : null;
      if (snapshot !== null && (score === null || (typeof score === 'number' && Number.isFinite(score))) && typeof id === 'string' && isUUID(id)) {
        return { snapshot, score, id };
      }
    }
  } catch {
    // reported below
  }
  throw BadUserInputError.field('after', 'is not a cursor from this list', { constraint: 'isCursor' });
}

/**
 * The snapshot a cursor names, as PostgreSQL reads it, or null for none: "xmin:xmax:xip,…"
 * with xmin ≤ xmax and the running transactions ascending in [xmin, xmax) (what
 * pg_current_snapshot() writes), or a single transaction id H, which cursors carried before
 * (every transaction before H committed, none from H on: the snapshot "H:H:").
 */
function snapshotOf(text: string): string | null {
  const xid = (digits: string) => (/^[0-9]{1,19}$/.test(digits) && BigInt(digits) <= MAX_XID ? BigInt(digits) : null);
  if (!text.includes(':')) {
    const horizon = xid(text);
    // PostgreSQL's snapshots start at 1: before 1 nothing ran, as before 0.
    return horizon === null ? null : `${horizon || 1n}:${horizon || 1n}:`;
  }
  const parts = text.split(':');
  if (parts.length !== 3) return null;
  const [xmin, xmax] = [xid(parts[0]), xid(parts[1])];
  if (xmin === null || xmax === null || xmin < 1n || xmin > xmax) return null;
  const running = parts[2] === '' ? [] : parts[2].split(',').map(xid);
  let previous = xmin - 1n;
  for (const each of running) {
    if (each === null || each <= previous || each >= xmax) return null;
    previous = each;
  }
  return `${xmin}:${xmax}:${running.join(',')}`;
}
