import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Document frequencies kept as offers change, instead of counting every open offer's stems
 * while scoring (issue 12): `offer_term_count` holds, for each stem, how many open offers
 * with a search profile (match_terms) use it, and under the empty stem how many such
 * offers there are.
 *
 * Statement-level triggers with transition tables keep it current in the transaction of
 * whatever changes an offer (a post, a profile written by the matching worker, a close,
 * the daily expiry, an organization deleted with its offers): one aggregated upsert per
 * statement, however many offers it touched, and none when no counted stem moved (a
 * re-profile with the same stems, a partnership). An offer posted without a profile yet
 * counts nowhere, so posting never waits on these rows; its first profile counts it.
 * Rows are upserted in stem order, so that two transactions never wait on each other in
 * a circle.
 *
 * `offer_term_recount()` is the full count the triggers must agree with, and
 * `rebuild_offer_term_count()` replaces the table with it (here, and as a repair:
 * TermStatisticsService.rebuild).
 */
export class OfferTermCounts1796005761070 implements MigrationInterface {
  name = 'OfferTermCounts1796005761070';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Counts change in place all day: room on each page for the new versions (HOT updates).
    await queryRunner.query(
      `CREATE TABLE "offer_term_count" ("term" text NOT NULL, "offers" integer NOT NULL, CONSTRAINT "PK_2488da330bd46b5cb035fd9689a" PRIMARY KEY ("term"))
         WITH (fillfactor = 70)`,
    );
    await queryRunner.query(
      `CREATE FUNCTION offer_counted_terms(status offer_status, terms text[]) RETURNS SETOF text LANGUAGE sql IMMUTABLE PARALLEL SAFE
         AS $$ SELECT DISTINCT term FROM unnest(array_append(terms, '')) AS term WHERE status = 'OPEN' AND terms IS NOT NULL AND term IS NOT NULL $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION offer_term_recount() RETURNS TABLE (term text, offers integer) LANGUAGE sql STABLE
         AS $$ SELECT counted.stem, count(*)::int FROM offer, offer_counted_terms(offer.status, offer.match_terms) AS counted(stem) GROUP BY counted.stem $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION offer_term_count_apply() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'INSERT' THEN
           INSERT INTO offer_term_count AS current (term, offers)
           SELECT counted.stem, count(*)::int FROM new_rows, offer_counted_terms(new_rows.status, new_rows.match_terms) AS counted(stem)
            GROUP BY counted.stem ORDER BY counted.stem
           ON CONFLICT (term) DO UPDATE SET offers = current.offers + EXCLUDED.offers;
         ELSIF TG_OP = 'DELETE' THEN
           INSERT INTO offer_term_count AS current (term, offers)
           SELECT counted.stem, -count(*)::int FROM old_rows, offer_counted_terms(old_rows.status, old_rows.match_terms) AS counted(stem)
            GROUP BY counted.stem ORDER BY counted.stem
           ON CONFLICT (term) DO UPDATE SET offers = current.offers + EXCLUDED.offers;
         ELSE
           INSERT INTO offer_term_count AS current (term, offers)
           SELECT change.stem, sum(change.offers)::int
             FROM (SELECT counted.stem, 1 AS offers FROM new_rows, offer_counted_terms(new_rows.status, new_rows.match_terms) AS counted(stem)
                   UNION ALL
                   SELECT counted.stem, -1 FROM old_rows, offer_counted_terms(old_rows.status, old_rows.match_terms) AS counted(stem)) AS change
            GROUP BY change.stem HAVING sum(change.offers) <> 0 ORDER BY change.stem
           ON CONFLICT (term) DO UPDATE SET offers = current.offers + EXCLUDED.offers;
         END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER offer_term_count_insert AFTER INSERT ON offer REFERENCING NEW TABLE AS new_rows
         FOR EACH STATEMENT EXECUTE FUNCTION offer_term_count_apply()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER offer_term_count_update AFTER UPDATE ON offer REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
         FOR EACH STATEMENT EXECUTE FUNCTION offer_term_count_apply()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER offer_term_count_delete AFTER DELETE ON offer REFERENCING OLD TABLE AS old_rows
         FOR EACH STATEMENT EXECUTE FUNCTION offer_term_count_apply()`,
    );
    await queryRunner.query(
      `CREATE FUNCTION offer_term_count_clear() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM offer_term_count; RETURN NULL; END $$`,
    );
    await queryRunner.query(`CREATE TRIGGER offer_term_count_truncate AFTER TRUNCATE ON offer FOR EACH STATEMENT EXECUTE FUNCTION offer_term_count_clear()`);
    // Writers wait while it counts (SHARE blocks them, not readers): no change slips between
    // the count and the table replaced by it.
    await queryRunner.query(
      `CREATE FUNCTION rebuild_offer_term_count() RETURNS void LANGUAGE plpgsql AS $$
       BEGIN
         LOCK TABLE offer IN SHARE MODE;
         DELETE FROM offer_term_count;
         INSERT INTO offer_term_count (term, offers) SELECT term, offers FROM offer_term_recount() ORDER BY term;
       END $$`,
    );
    await queryRunner.query(`SELECT rebuild_offer_term_count()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION rebuild_offer_term_count()`);
    for (const trigger of ['truncate', 'delete', 'update', 'insert']) await queryRunner.query(`DROP TRIGGER offer_term_count_${trigger} ON offer`);
    await queryRunner.query(`DROP FUNCTION offer_term_count_clear()`);
    await queryRunner.query(`DROP FUNCTION offer_term_count_apply()`);
    await queryRunner.query(`DROP FUNCTION offer_term_recount()`);
    await queryRunner.query(`DROP FUNCTION offer_counted_terms(offer_status, text[])`);
    await queryRunner.query(`DROP TABLE "offer_term_count"`);
  }
}
