import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When an API key last authenticated (written at most once a minute per key), so that the
 * hub and organizations rotating keys see which one a partner system still uses. Existing
 * keys have none: null reads "never used" until their next request.
 */
export class ApiKeyLastUsed1796090100000 implements MigrationInterface {
  name = 'ApiKeyLastUsed1796090100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_key" ADD "last_used_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_key" DROP COLUMN "last_used_at"`);
  }
}
