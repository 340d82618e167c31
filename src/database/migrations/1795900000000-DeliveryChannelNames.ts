import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A delivery's channel is the name a delivery channel registers under (EMAIL, WEBHOOK, …),
 * not a fixed enum: adding a channel then needs no migration.
 */
export class DeliveryChannelNames1795900000000 implements MigrationInterface {
  name = 'DeliveryChannelNames1795900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "delivery" ALTER COLUMN "channel" TYPE text USING "channel"::text`);
    await queryRunner.query(`DROP TYPE "public"."delivery_channel"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."delivery_channel" AS ENUM('EMAIL', 'WEBHOOK')`);
    await queryRunner.query(
      `ALTER TABLE "delivery" ALTER COLUMN "channel" TYPE "public"."delivery_channel" USING "channel"::"public"."delivery_channel"`,
    );
  }
}
