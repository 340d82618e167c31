import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The job an outbox row is being handed on in, kept while a relay hands it to the queue:
 * a relay that died before its commit leaves it, and the next one queues the same job
 * again rather than a second one with the same items.
 */
export class OutboxPlannedJob1796030000000 implements MigrationInterface {
  name = 'OutboxPlannedJob1796030000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "outbox_planned_job" ("row_id" bigint NOT NULL, "job_id" text NOT NULL,
        "planned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_outbox_planned_job" PRIMARY KEY ("row_id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "outbox_planned_job"`);
  }
}
