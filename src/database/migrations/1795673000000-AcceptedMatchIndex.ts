import { MigrationInterface, QueryRunner } from 'typeorm';

export class AcceptedMatchIndex1795673000000 implements MigrationInterface {
  name = 'AcceptedMatchIndex1795673000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "match_offer_accepted_idx" ON "match" ("offer_id") WHERE status = 'ACCEPTED'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."match_offer_accepted_idx"`);
  }
}
