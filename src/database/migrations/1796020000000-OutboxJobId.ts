import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Offers are scored in batches: each outbox row records the job it was handed on in, so
 * that a job a Redis restart lost is added again with the same id and the same items
 * (a job the queue still has is then not added twice).
 */
export class OutboxJobId1796020000000 implements MigrationInterface {
  name = 'OutboxJobId1796020000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_event" ADD "job_id" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_event" DROP COLUMN "job_id"`);
  }
}
