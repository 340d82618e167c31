import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BadUserInputError } from '../common/errors/domain-errors';
import { Sector } from '../organizations/sector.enum';
import { DeclineReason } from '../matching/match.enums';
import { Municipality } from '../reference-data/municipality.entity';
import { MUNICIPALITY_BY_CODE, THEME_BY_CODE } from '../reference-data/reference-data';
import { Theme } from '../reference-data/theme.entity';
import { HubStatistics, HubStatisticsArgs, StatisticsInterval, StatisticsPeriod } from './hub-statistics.type';

// $1 and $2: the window [from, to), either end open when null.
const CREATED_IN_WINDOW = (column: string) => `($1::timestamptz IS NULL OR ${column} >= $1) AND ($2::timestamptz IS NULL OR ${column} < $2)`;

// Every partnership of the window with the sectors of both sides and the need's place and
// themes; the counts are taken from it in the same statement.
const PARTNERSHIPS_SQL = `
  WITH formed AS (
    SELECT partnership.id, partnership.status, partnership.need_organization_id, partnership.partner_organization_id,
           need_side.sector AS need_sector, partner_side.sector AS partner_sector,
           need.kind, need.municipality_code, need.theme_codes
      FROM partnership
      JOIN organization need_side ON need_side.id = partnership.need_organization_id
      JOIN organization partner_side ON partner_side.id = partnership.partner_organization_id
      JOIN need ON need.id = partnership.need_id
     WHERE ${CREATED_IN_WINDOW('partnership.created_at')}
  )
  SELECT
    (SELECT count(*)::int FROM formed) AS "formed",
    (SELECT count(*)::int FROM formed WHERE status = 'COMPLETED') AS "completed",
    (SELECT count(*)::int FROM formed WHERE status = 'CANCELLED') AS "cancelled",
    (SELECT count(*)::int FROM formed
      WHERE status = 'COMPLETED' AND kind = 'PUBLIC_SERVICE' AND 'NGO' IN (need_sector, partner_sector)) AS "publicServices",
    (SELECT count(DISTINCT organization_id)::int FROM (
       SELECT need_organization_id AS organization_id FROM formed WHERE need_sector = 'NGO'
       UNION ALL
       SELECT partner_organization_id FROM formed WHERE partner_sector = 'NGO'
     ) AS ngo) AS "ngos",
    (SELECT coalesce(json_agg(pair ORDER BY pair.count DESC, pair."needSector", pair."partnerSector"), '[]')
       FROM (SELECT need_sector AS "needSector", partner_sector AS "partnerSector", count(*)::int AS count
               FROM formed GROUP BY 1, 2) AS pair) AS "bySectorPair",
    (SELECT coalesce(json_agg(place ORDER BY place.count DESC, place.code), '[]')
       FROM (SELECT municipality_code AS code, count(*)::int AS count
               FROM formed GROUP BY 1) AS place) AS "byMunicipality",
    (SELECT coalesce(json_agg(topic ORDER BY topic.count DESC, topic.code), '[]')
       FROM (SELECT theme_code AS code, count(DISTINCT formed.id)::int AS count
               FROM formed, unnest(formed.theme_codes) AS theme_code GROUP BY 1) AS topic) AS "byTheme"`;

const SUGGESTIONS_SQL = `
  WITH suggested AS (
    SELECT id, status, decline_reason FROM match WHERE ${CREATED_IN_WINDOW('match.created_at')}
  )
  SELECT
    (SELECT count(*)::int FROM suggested
      WHERE EXISTS (SELECT 1 FROM delivery
                     WHERE delivery.match_id = suggested.id AND delivery.kind = 'SUGGESTION' AND delivery.status = 'SENT')) AS "sent",
    (SELECT count(*)::int FROM suggested WHERE status = 'ACCEPTED') AS "accepted",
    (SELECT count(*)::int FROM suggested WHERE status = 'DECLINED') AS "declined",
    (SELECT coalesce(json_agg(declined ORDER BY declined.count DESC, declined.reason NULLS LAST), '[]')
       FROM (SELECT decline_reason AS reason, count(*)::int AS count
               FROM suggested WHERE status = 'DECLINED' GROUP BY 1) AS declined) AS "declineReasons"`;

// The same counts as above, per week or month ($3) of the window in Ljubljana time, every
// period listed (zeros too, for charts). An open start begins at the first activity.
const TIMELINE_SQL = `
  WITH bounds AS (
    SELECT date_trunc($3, coalesce($1::timestamptz,
                                   least((SELECT min(created_at) FROM partnership), (SELECT min(created_at) FROM match), now()))
                          AT TIME ZONE 'Europe/Ljubljana') AS first,
           date_trunc($3, (coalesce($2::timestamptz, now()) - interval '1 microsecond') AT TIME ZONE 'Europe/Ljubljana') AS last
  ),
  periods AS (
    SELECT generate_series(bounds.first, bounds.last, ('1 ' || $3)::interval) AS start FROM bounds
  ),
  formed AS (
    SELECT date_trunc($3, created_at AT TIME ZONE 'Europe/Ljubljana') AS start, count(*)::int AS count
      FROM partnership WHERE ${CREATED_IN_WINDOW('partnership.created_at')} GROUP BY 1
  ),
  suggested AS (
    SELECT date_trunc($3, created_at AT TIME ZONE 'Europe/Ljubljana') AS start,
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM delivery
                                           WHERE delivery.match_id = match.id AND delivery.kind = 'SUGGESTION' AND delivery.status = 'SENT'))::int AS sent,
           count(*) FILTER (WHERE status = 'ACCEPTED')::int AS accepted,
           count(*) FILTER (WHERE status = 'DECLINED')::int AS declined
      FROM match WHERE ${CREATED_IN_WINDOW('match.created_at')} GROUP BY 1
  )
  SELECT to_char(periods.start, 'YYYY-MM-DD') AS "periodStart",
         coalesce(formed.count, 0) AS "partnershipsFormed",
         coalesce(suggested.sent, 0) AS "suggestionsSent",
         coalesce(suggested.accepted, 0) AS "accepted",
         coalesce(suggested.declined, 0) AS "declined"
    FROM periods
    LEFT JOIN formed ON formed.start = periods.start
    LEFT JOIN suggested ON suggested.start = periods.start
   ORDER BY periods.start`;

/** More periods than a chart can show is a mistake in the window, not a request to honour. */
const MAX_PERIODS = 1000;
const PERIOD_DAYS = { [StatisticsInterval.WEEK]: 7, [StatisticsInterval.MONTH]: 28 } as const;

interface PartnershipRow {
  formed: number;
  completed: number;
  cancelled: number;
  publicServices: number;
  ngos: number;
  bySectorPair: { needSector: Sector; partnerSector: Sector; count: number }[];
  byMunicipality: { code: string; count: number }[];
  byTheme: { code: string; count: number }[];
}

interface SuggestionRow {
  sent: number;
  accepted: number;
  declined: number;
  declineReasons: { reason: DeclineReason | null; count: number }[];
}

/** The hub's indicators, computed with SQL aggregates over partnerships, matches and deliveries. */
@Injectable()
export class StatisticsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async hubStatistics({ from, to }: HubStatisticsArgs): Promise<HubStatistics> {
    if (from && to && to <= from) throw BadUserInputError.field('to', 'must be after from', { constraint: 'isAfter' });
    const window = [from ?? null, to ?? null];
    const [[partnerships], [suggestions]] = (await Promise.all([
      this.dataSource.query(PARTNERSHIPS_SQL, window),
      this.dataSource.query(SUGGESTIONS_SQL, window),
    ])) as [PartnershipRow[], SuggestionRow[]];
    return {
      window: { from: from ?? null, to: to ?? null },
      partnershipsFormed: partnerships.formed,
      partnershipsCompleted: partnerships.completed,
      partnershipsCancelled: partnerships.cancelled,
      publicServicesDelivered: partnerships.publicServices,
      partnershipsBySectorPair: partnerships.bySectorPair,
      partnershipsByMunicipality: partnerships.byMunicipality.map(({ code, count }) => ({
        municipality: MUNICIPALITY_BY_CODE.get(code) as Municipality,
        count,
      })),
      // A theme code a later taxonomy dropped has no Theme to show: it is left out.
      partnershipsByTheme: partnerships.byTheme
        .filter(({ code }) => THEME_BY_CODE.has(code))
        .map(({ code, count }) => ({ theme: THEME_BY_CODE.get(code) as Theme, count })),
      ngosInvolved: partnerships.ngos,
      suggestionsSent: suggestions.sent,
      suggestionsAccepted: suggestions.accepted,
      suggestionsDeclined: suggestions.declined,
      declineReasons: suggestions.declineReasons,
    };
  }

  async timeline(window: HubStatistics['window'], interval: StatisticsInterval): Promise<StatisticsPeriod[]> {
    const days = ((window.to ?? new Date()).getTime() - (window.from ?? new Date()).getTime()) / 86_400_000;
    if (days / PERIOD_DAYS[interval] > MAX_PERIODS) {
      throw BadUserInputError.field('interval', `the window holds more than ${MAX_PERIODS} periods: choose MONTH or a shorter window`, {
        constraint: 'maxPeriods',
        limit: MAX_PERIODS,
      });
    }
    return this.dataSource.query(TIMELINE_SQL, [window.from, window.to, interval === StatisticsInterval.WEEK ? 'week' : 'month']);
  }
}
