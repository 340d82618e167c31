import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an API key may change (ApiKeyScope). Existing keys keep null: they may do everything
 * their organization's members (or the hub) may, as before.
 */
export class ApiKeyScopes1796090400000 implements MigrationInterface {
  name = 'ApiKeyScopes1796090400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."api_key_scope" AS ENUM('POSTINGS', 'ANSWERS', 'WEBHOOKS')`);
    await queryRunner.query(`ALTER TABLE "api_key" ADD "scopes" "public"."api_key_scope" array`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_key" DROP COLUMN "scopes"`);
    await queryRunner.query(`DROP TYPE "public"."api_key_scope"`);
  }
}
