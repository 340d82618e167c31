import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An offer counts its ACTIVE partnerships itself (OffersService.partnershipFormed adds one),
 * so that matching reads an offer's remaining capacity from the offer alone instead of
 * counting the partnership table for every candidate.
 */
export class OfferActivePartnerships1795680000000 implements MigrationInterface {
  name = 'OfferActivePartnerships1795680000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "offer" ADD "active_partnerships" integer NOT NULL DEFAULT 0`);
    await queryRunner.query(
      `UPDATE "offer" SET active_partnerships = active.count
         FROM (SELECT offer_id, count(*)::int AS count FROM partnership WHERE status = 'ACTIVE' AND offer_id IS NOT NULL GROUP BY offer_id) AS active
        WHERE active.offer_id = offer.id`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "offer" DROP COLUMN "active_partnerships"`);
  }
}
