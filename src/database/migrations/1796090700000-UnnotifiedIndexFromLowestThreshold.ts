import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * match_unnotified_idx holds only pairs that can still be sent: not sent yet, not answered
 * away, and scored at least 0.05, the lowest sending threshold the hub may set. Until now it
 * also held every stored pair under that, which never leaves it (only a sent pair does): most
 * of an item's hundred stored pairs (on the development set 267 of 366 score under 0.05), so
 * the index grew with every item scored and every store wrote to it for nothing.
 *
 * The hub's threshold is held to that range in the database too, since the delivery planner
 * reads the index only from 0.05 on. A row out of it (none can be set through the API) is
 * brought to the nearest end first.
 */
export class UnnotifiedIndexFromLowestThreshold1796090700000 implements MigrationInterface {
  name = 'UnnotifiedIndexFromLowestThreshold1796090700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."match_unnotified_idx"`);
    await queryRunner.query(
      `CREATE INDEX "match_unnotified_idx" ON "match" ("score") WHERE notified_at IS NULL AND status IN ('SUGGESTED', 'INTERESTED') AND score >= 0.05`,
    );
    await queryRunner.query(`UPDATE "matching_settings" SET "sending_threshold" = least(greatest("sending_threshold", 0.05), 0.99) WHERE "sending_threshold" NOT BETWEEN 0.05 AND 0.99`);
    await queryRunner.query(`ALTER TABLE "matching_settings" ADD CONSTRAINT "matching_settings_threshold_range" CHECK ("sending_threshold" BETWEEN 0.05 AND 0.99)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "matching_settings" DROP CONSTRAINT "matching_settings_threshold_range"`);
    await queryRunner.query(`DROP INDEX "public"."match_unnotified_idx"`);
    await queryRunner.query(`CREATE INDEX "match_unnotified_idx" ON "match" ("score") WHERE notified_at IS NULL AND status IN ('SUGGESTED', 'INTERESTED')`);
  }
}
