import { MigrationInterface, QueryRunner } from 'typeorm';

/** rematchAll runs paced, in pages, and reports how far it is (issue 12). */
export class RematchRuns1796020100000 implements MigrationInterface {
  name = 'RematchRuns1796020100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rematch_run" ("id" BIGSERIAL NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "total" integer NOT NULL,
        "queued" integer NOT NULL DEFAULT '0', "done" integer NOT NULL DEFAULT '0', "cursor" text, "fed_at" TIMESTAMP WITH TIME ZONE,
        "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_rematch_run" PRIMARY KEY ("id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rematch_run"`);
  }
}
