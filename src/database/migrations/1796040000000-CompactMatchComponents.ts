import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A match's components as json, stored as written: with reasons instead of sentences they
 * are about 370 bytes of text (stored-components.ts), which jsonb's binary form would make
 * nearly twice as large. Existing rows keep their sentences until they are scored again.
 */
export class CompactMatchComponents1796040000000 implements MigrationInterface {
  name = 'CompactMatchComponents1796040000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match" ALTER COLUMN "components" TYPE json USING "components"::json`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match" ALTER COLUMN "components" TYPE jsonb USING "components"::jsonb`);
  }
}
