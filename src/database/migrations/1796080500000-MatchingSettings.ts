import { MigrationInterface, QueryRunner } from 'typeorm';

/** The hub sets the sending threshold at run time (issue 11); no row means the shipped value. */
export class MatchingSettings1796080500000 implements MigrationInterface {
  name = 'MatchingSettings1796080500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "matching_settings" ("id" smallint NOT NULL DEFAULT '1', "sending_threshold" double precision NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_type" text NOT NULL, "updated_by_id" uuid,
        CONSTRAINT "matching_settings_single_row" CHECK ("id" = 1), CONSTRAINT "PK_matching_settings" PRIMARY KEY ("id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "matching_settings"`);
  }
}
