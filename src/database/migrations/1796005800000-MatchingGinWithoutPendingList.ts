import { MigrationInterface, QueryRunner } from 'typeorm';

// The GIN indexes a matching job searches (feasibility and candidate narrowing).
const SEARCHED = [
  'offer_resource_types_gin',
  'offer_service_area_codes_gin',
  'offer_match_terms_gin',
  'offer_match_theme_codes_gin',
  'need_resource_types_gin',
  'need_match_terms_gin',
  'need_match_theme_codes_gin',
];

/**
 * A GIN index with fastupdate (PostgreSQL's default) queues new entries in an unsorted
 * pending list of up to 4 MB, which every search reads in full until a vacuum merges it.
 * After a bulk load, or between autovacuums of a busy table (at 100,000 offers autovacuum
 * waits for some 20,000 changed rows), each candidate query paid 10-30 ms of CPU per index
 * for it, searching a key that matches nothing included. Without fastupdate, each insert
 * or update puts its few keys in place (a matching profile has some twenty), and searches
 * cost the same on any day.
 */
export class MatchingGinWithoutPendingList1796005800000 implements MigrationInterface {
  name = 'MatchingGinWithoutPendingList1796005800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const index of SEARCHED) {
      await queryRunner.query(`ALTER INDEX "${index}" SET (fastupdate = off)`);
      await queryRunner.query(`SELECT gin_clean_pending_list('"${index}"'::regclass)`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of SEARCHED) await queryRunner.query(`ALTER INDEX "${index}" RESET (fastupdate)`);
  }
}
