import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a partnership ended (Partnership.endedAt). Until now ending it was the only change to
 * a partnership's row after it was formed, so an ended one's updated_at is when it ended.
 */
export class PartnershipEndedAt1796090500000 implements MigrationInterface {
  name = 'PartnershipEndedAt1796090500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "partnership" ADD "ended_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "partnership" SET "ended_at" = "updated_at" WHERE "status" <> 'ACTIVE'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "partnership" DROP COLUMN "ended_at"`);
  }
}
