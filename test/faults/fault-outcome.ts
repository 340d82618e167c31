import { ERASURE_LOCK } from '../../src/organizations/erasure-lock';
import type { CaughtMail } from '../utils/mail-catcher';
import type { Party, PostedPair } from './pair-burst';
import type { ServiceCluster } from './service-cluster';

/** One line of the summary table: what a fault did to the work posted around it. */
export interface FaultOutcome {
  fault: string;
  /** Needs and offers the API answered. */
  posted: number;
  /** Of those, scored (lastMatchedAt set) with their pair's match stored. */
  scored: number;
  lost: number;
  duplicateMatches: number;
  emails: number;
  duplicateEmails: number;
  webhooks: number;
  duplicateWebhooks: number;
  /** Deliveries that needed more than one attempt, all delivered in the end. */
  retried: number;
  /** Messages whose worker was killed between the send and its record, sent again (the at-least-once gap). */
  resentEmails: number;
  resentWebhooks: number;
  /** Posts that failed and were sent again by the client. */
  postRetries: number;
  /** From the end of the fault (or of the burst, if later) until every item was scored. */
  scoredAfterS: number;
  /** ... until every delivery was received. */
  deliveredAfterS: number;
}

interface DeliveryRow {
  id: string;
  channel: string;
  recipient: string;
  match_id: string;
  status: string;
  attempts: number;
}

interface Observation {
  items: number;
  unscored: number;
  matchedPairs: number;
  matches: number;
  distinctPairs: number;
  deliveries: DeliveryRow[];
}

const RESPOND_LINK = /\/suggestions\/([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]+\/accept/;

/** The delivery a suggestion e-mail was sent for: its accept link's signed claims name it. */
export function deliveryIdOf(mail: CaughtMail): string | null {
  const claims = RESPOND_LINK.exec(mail.text)?.[1];
  if (!claims) return null;
  try {
    return (JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as { d?: string }).d ?? null;
  } catch {
    return null;
  }
}

/** Counts per key of the items that have one. */
function countBy<T>(items: T[], key: (item: T) => string | null): Map<string, T[]> {
  const counts = new Map<string, T[]>();
  for (const item of items) {
    const value = key(item);
    if (value === null) continue;
    counts.set(value, [...(counts.get(value) ?? []), item]);
  }
  return counts;
}

/**
 * Waits until the work of one burst is done, the way the service should leave it: every
 * item scored, each pair's match stored once, and (with deliveries) every suggestion
 * planned for both sides, on every channel, sent and received. Then counts what the
 * SMTP server and the webhook receiver got, per recipient and match.
 *
 * Every delivery SENT does not yet mean that nothing more will arrive: a worker that lost its
 * lease mid-send (its renewal failed while PostgreSQL connections were cut) may still be
 * handing a second copy over. Every send holds the hand-off lock (ERASURE_LOCK, shared) for
 * its whole hand-off, so the count waits, bounded by the same timeout, until no session of
 * the service's database holds or waits for that lock, twice, one poll apart, with the same
 * number of e-mails and webhook requests of the burst read after each look. A send whose lock
 * connection was itself cut is invisible in PostgreSQL; the quiet poll between the two looks
 * catches its copy if it arrives by then.
 */
export async function awaitOutcome(
  cluster: ServiceCluster,
  burst: { pairs: PostedPair[]; parties: { needSide: Party; offerSide: Party }; postRetries: number },
  options: {
    fault: string;
    since: number;
    deliveries: boolean;
    /** When a killed worker was seen gone: a message it sent just before may be sent again once its lease ran out. */
    killedAt?: number;
    timeoutMs?: number;
  },
): Promise<FaultOutcome> {
  const { pairs, parties } = burst;
  const recipients = [parties.needSide.email, parties.offerSide.email];
  const hookPaths = [parties.needSide.hookPath, parties.offerSide.hookPath].filter((path): path is string => path !== null);
  const channelsPerSide = 1 + (hookPaths.length ? 1 : 0);
  const mailsOfBurst = () => (cluster.smtp?.mails ?? []).filter((mail) => mail.to.some((to) => recipients.includes(to)));
  const hooksOfBurst = () => cluster.receiver.received.filter((request) => hookPaths.includes(request.path) && request.answered);
  // What arrived for the burst so far, answered or not: unchanged while nothing is being sent.
  const arrivals = () =>
    `${mailsOfBurst().length} e-mails, ${cluster.receiver.received.filter((request) => hookPaths.includes(request.path)).length} webhook requests`;
  // Sessions holding or waiting for the hand-off lock (the one-key form: classid 0, the key in objid, objsubid 1).
  const handOffs = async () =>
    (
      await cluster.db.query<{ sessions: number }>(
        `SELECT count(*)::int AS sessions FROM pg_locks
          WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            AND classid = 0 AND objid = $1::oid AND objsubid = 1`,
        [ERASURE_LOCK],
      )
    ).rows[0].sessions;

  const observe = async (): Promise<Observation> => {
    const [items] = (
      await cluster.db.query<{ items: number; unscored: number }>(
        `SELECT count(*)::int AS items, count(*) FILTER (WHERE last_matched_at IS NULL)::int AS unscored
           FROM (SELECT last_matched_at FROM need WHERE id = ANY($1::uuid[]) UNION ALL SELECT last_matched_at FROM offer WHERE id = ANY($2::uuid[])) item`,
        [pairs.map((pair) => pair.needId), pairs.map((pair) => pair.offerId)],
      )
    ).rows;
    const [matches] = (
      await cluster.db.query<{ matched_pairs: number; matches: number; distinct_pairs: number }>(
        `SELECT (SELECT count(*)::int FROM unnest($1::uuid[], $2::uuid[]) AS pair(need_id, offer_id)
                   JOIN match m USING (need_id, offer_id) WHERE m.status IN ('SUGGESTED', 'INTERESTED')) AS matched_pairs,
                count(*)::int AS matches, count(DISTINCT (m.need_id, m.offer_id))::int AS distinct_pairs
           FROM match m JOIN need n ON n.id = m.need_id WHERE n.organization_id = $3`,
        [pairs.map((pair) => pair.needId), pairs.map((pair) => pair.offerId), parties.needSide.id],
      )
    ).rows;
    const deliveries = options.deliveries
      ? (
          await cluster.db.query<DeliveryRow>(
            `SELECT id, channel, recipient, match_id, status::text, attempts FROM delivery WHERE organization_id = ANY($1::uuid[]) AND kind = 'SUGGESTION'`,
            [[parties.needSide.id, parties.offerSide.id]],
          )
        ).rows
      : [];
    return { items: items.items, unscored: items.unscored, matchedPairs: matches.matched_pairs, matches: matches.matches, distinctPairs: matches.distinct_pairs, deliveries };
  };

  const scoredNow = (seen: Observation) => seen.items === pairs.length * 2 && seen.unscored === 0 && seen.matchedPairs === pairs.length;
  const deliveredNow = (seen: Observation) => {
    if (!options.deliveries) return true;
    if (seen.deliveries.length < pairs.length * 2 * channelsPerSide || seen.deliveries.some((delivery) => delivery.status !== 'SENT')) return false;
    const mailed = new Set(mailsOfBurst().map(deliveryIdOf));
    const hooked = new Set(hooksOfBurst().map((request) => request.deliveryId));
    return seen.deliveries.every((delivery) => (delivery.channel === 'EMAIL' ? mailed : hooked).has(delivery.id));
  };

  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  let scoredAt = 0;
  let seen = await observe();
  for (;;) {
    if (!scoredAt && scoredNow(seen)) scoredAt = Date.now();
    if (scoredAt && deliveredNow(seen)) break;
    if (Date.now() > deadline) {
      const states = countBy(seen.deliveries, (delivery) => `${delivery.channel} ${delivery.status}`);
      throw new Error(
        `${options.fault}: not settled after ${Math.round((options.timeoutMs ?? 120_000) / 1000)} s: ${seen.unscored} of ${seen.items} items unscored, ` +
          `${seen.matchedPairs} of ${pairs.length} pairs matched, deliveries ${JSON.stringify([...states].map(([state, rows]) => `${state}: ${rows.length}`))}, ` +
          `${mailsOfBurst().length} e-mails and ${hooksOfBurst().length} webhooks received\n${cluster.logs()}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
    seen = await observe();
  }
  const deliveredAt = Date.now();

  // Every delivery is SENT; a late copy may still be on its way (see above).
  let quietWith: string | null = null;
  for (;;) {
    const inFlight = await handOffs();
    const arrived = arrivals();
    if (!inFlight && arrived === quietWith) break;
    quietWith = inFlight ? null : arrived;
    if (Date.now() > deadline) {
      throw new Error(
        `${options.fault}: every delivery sent, but ${inFlight ? `${inFlight} sessions hold or wait for the hand-off lock` : 'copies still arriving'} ` +
          `after ${Math.round((options.timeoutMs ?? 120_000) / 1000)} s (${arrived})\n${cluster.logs()}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  // No send in flight and nothing arrived since: the counts are final.
  const byId = new Map(seen.deliveries.map((delivery) => [delivery.id, delivery]));
  const mails = mailsOfBurst();
  const unknownMails = mails.filter((mail) => {
    const id = deliveryIdOf(mail);
    return id === null || !byId.has(id);
  });
  if (unknownMails.length) throw new Error(`${options.fault}: ${unknownMails.length} e-mails name no delivery of this burst`);
  // A copy received up to a second after the exit was seen may still have been in the catcher's
  // socket buffer; the second copy of a resend comes once the lease ran out (seconds later).
  const cutByKill = (first: number, second: number, attempts: number) =>
    options.killedAt !== undefined && first <= options.killedAt + 1_000 && second > options.killedAt && attempts >= 2;
  let duplicateEmails = 0;
  let resentEmails = 0;
  let resentWebhooks = 0;
  for (const copies of countBy(mails, (mail) => {
    const delivery = byId.get(deliveryIdOf(mail)!)!;
    return `${delivery.recipient} ${delivery.match_id}`;
  }).values()) {
    if (copies.length < 2) continue;
    const delivery = byId.get(deliveryIdOf(copies[0])!)!;
    // The one gap SMTP leaves: accepted by the server, then the worker died before recording it.
    if (copies.length === 2 && cutByKill(copies[0].receivedAt, copies[1].receivedAt, delivery.attempts)) resentEmails++;
    else duplicateEmails += copies.length - 1;
  }
  let duplicateWebhooks = 0;
  const hooks = hooksOfBurst();
  for (const copies of countBy(hooks, (request) => `${request.path} ${request.matchId}`).values()) {
    if (copies.length < 2) continue;
    const delivery = byId.get(copies[0].deliveryId);
    if (copies.length === 2 && cutByKill(copies[0].receivedAt, copies[1].receivedAt, delivery?.attempts ?? 0)) resentWebhooks++;
    else duplicateWebhooks += copies.length - 1;
  }
  const since = options.since;
  return {
    fault: options.fault,
    posted: pairs.length * 2,
    scored: seen.items - seen.unscored,
    lost: pairs.length * 2 - (seen.items - seen.unscored),
    duplicateMatches: seen.matches - seen.distinctPairs,
    emails: mails.length,
    duplicateEmails,
    webhooks: hooks.length,
    duplicateWebhooks,
    retried: seen.deliveries.filter((delivery) => delivery.attempts > 1).length,
    resentEmails,
    resentWebhooks,
    postRetries: burst.postRetries,
    scoredAfterS: Math.max(0, (scoredAt - since) / 1000),
    deliveredAfterS: Math.max(0, (deliveredAt - since) / 1000),
  };
}

/** The summary table, one line per fault. */
export function formatOutcomes(outcomes: FaultOutcome[]): string {
  const columns: [string, (outcome: FaultOutcome) => string][] = [
    ['fault', (o) => o.fault],
    ['posted', (o) => String(o.posted)],
    ['scored', (o) => String(o.scored)],
    ['lost', (o) => String(o.lost)],
    ['dup matches', (o) => String(o.duplicateMatches)],
    ['e-mails', (o) => String(o.emails)],
    ['dup e-mails', (o) => String(o.duplicateEmails)],
    ['webhooks', (o) => String(o.webhooks)],
    ['dup webhooks', (o) => String(o.duplicateWebhooks)],
    ['retried', (o) => String(o.retried)],
    ['resent (kill)', (o) => String(o.resentEmails + o.resentWebhooks)],
    ['post retries', (o) => String(o.postRetries)],
    ['scored after s', (o) => o.scoredAfterS.toFixed(1)],
    ['delivered after s', (o) => o.deliveredAfterS.toFixed(1)],
  ];
  const rows = [columns.map(([name]) => name), ...outcomes.map((outcome) => columns.map(([, value]) => value(outcome)))];
  const widths = columns.map((_, index) => Math.max(...rows.map((row) => row[index].length)));
  const line = (row: string[]) => `| ${row.map((cell, index) => cell.padEnd(widths[index])).join(' | ')} |`;
  return [line(rows[0]), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}
