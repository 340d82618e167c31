import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A posting can carry its organization's own id for it (externalId), unique per
 * organization where set: a partner's import repeated after a timeout then returns what the
 * first call stored instead of storing everything twice. Existing rows have none.
 */
export class PostingExternalId1796070000000 implements MigrationInterface {
  name = 'PostingExternalId1796070000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['need', 'offer']) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "external_id" text`);
      await queryRunner.query(
        `CREATE UNIQUE INDEX "${table}_organization_external_id_key" ON "${table}" ("organization_id", "external_id") WHERE "external_id" IS NOT NULL`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['offer', 'need']) {
      await queryRunner.query(`DROP INDEX "public"."${table}_organization_external_id_key"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "external_id"`);
    }
  }
}
