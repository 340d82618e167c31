import { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchProfiles1795672800000 implements MigrationInterface {
  name = 'MatchProfiles1795672800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['need', 'offer']) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "match_terms" text array`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD "match_theme_codes" text array`);
      await queryRunner.query(`CREATE INDEX "${table}_match_terms_gin" ON "${table}" USING gin ("match_terms")`);
      await queryRunner.query(`CREATE INDEX "${table}_match_theme_codes_gin" ON "${table}" USING gin ("match_theme_codes")`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['offer', 'need']) {
      await queryRunner.query(`DROP INDEX "public"."${table}_match_theme_codes_gin"`);
      await queryRunner.query(`DROP INDEX "public"."${table}_match_terms_gin"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "match_theme_codes"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "match_terms"`);
    }
  }
}
