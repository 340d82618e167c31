import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox rows are stamped when the job that scored their change finished, not only when
 * the job was queued: a Redis that restarts without persistence loses its queued jobs, and
 * the relay queues the rows that were dispatched but never handled again. Rows dispatched
 * before this migration count as handled.
 */
export class OutboxHandled1796010000000 implements MigrationInterface {
  name = 'OutboxHandled1796010000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_event" ADD "handled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "outbox_event" SET handled_at = dispatched_at WHERE dispatched_at IS NOT NULL`);
    // Small: only the rows whose scoring has not finished (the backlog).
    await queryRunner.query(`CREATE INDEX "outbox_event_unhandled_idx" ON "outbox_event" ("aggregate_id", "id") WHERE "handled_at" IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."outbox_event_unhandled_idx"`);
    await queryRunner.query(`ALTER TABLE "outbox_event" DROP COLUMN "handled_at"`);
  }
}
