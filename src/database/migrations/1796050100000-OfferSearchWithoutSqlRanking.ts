import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A need's candidate offers are ranked in the worker's memory (offer-search.index.ts), so
 * nothing searches an offer's stems, themes or service area by index any more, nor counts
 * the overlap of its hashed keys: the indexes and the key columns only cost writes, every
 * time an offer is posted or its profile written (some twenty GIN entries each).
 */
export class OfferSearchWithoutSqlRanking1796050100000 implements MigrationInterface {
  name = 'OfferSearchWithoutSqlRanking1796050100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "offer_match_terms_gin"`);
    await queryRunner.query(`DROP INDEX "offer_match_theme_codes_gin"`);
    await queryRunner.query(`DROP INDEX "offer_service_area_codes_gin"`);
    await queryRunner.query(`ALTER TABLE "offer" DROP COLUMN "match_term_ids", DROP COLUMN "match_theme_ids"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "offer" ADD "match_term_ids" integer array, ADD "match_theme_ids" integer array`);
    await queryRunner.query(`UPDATE "offer" SET match_term_ids = match_key_ids(match_terms), match_theme_ids = match_key_ids(match_theme_codes) WHERE match_terms IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "offer_service_area_codes_gin" ON "offer" USING gin ("service_area_codes") WITH (fastupdate = off)`);
    await queryRunner.query(`CREATE INDEX "offer_match_theme_codes_gin" ON "offer" USING gin ("match_theme_codes") WITH (fastupdate = off)`);
    await queryRunner.query(`CREATE INDEX "offer_match_terms_gin" ON "offer" USING gin ("match_terms") WITH (fastupdate = off)`);
  }
}
