import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which transaction last changed what the candidate search reads of an offer (its status,
 * owner, resource types, dates, place, reach and search profile): the matching worker's
 * in-memory offer index (offer-search.index.ts) reads only the offers changed since its last
 * read. A row trigger sets it, so every writer is covered, an import's plain INSERT as much
 * as the API's; an update of anything else (last_matched_at, active_partnerships) leaves it.
 */
export class OfferSearchXid1796050000000 implements MigrationInterface {
  name = 'OfferSearchXid1796050000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "offer" ADD "search_xid" bigint`);
    await queryRunner.query(`CREATE INDEX "offer_search_xid_idx" ON "offer" ("search_xid") `);
    await queryRunner.query(
      `CREATE FUNCTION offer_search_touch() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         NEW.search_xid := pg_current_xact_id()::text::bigint;
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER offer_search_touch BEFORE INSERT OR UPDATE OF status, organization_id, resource_types, available_from,
         available_until, municipality_code, reach, service_area_codes, match_terms, match_theme_codes
         ON offer FOR EACH ROW EXECUTE FUNCTION offer_search_touch()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER offer_search_touch ON offer`);
    await queryRunner.query(`DROP FUNCTION offer_search_touch()`);
    await queryRunner.query(`DROP INDEX "public"."offer_search_xid_idx"`);
    await queryRunner.query(`ALTER TABLE "offer" DROP COLUMN "search_xid"`);
  }
}
