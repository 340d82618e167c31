import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A direct response to a need is told to the need's organization, and its decline to the
 * organization that responded: by e-mail, and to webhooks that ask for RESPONSE_RECEIVED or
 * RESPONSE_DECLINED. A value added to an enum type is not used in this transaction, which
 * PostgreSQL allows.
 */
export class ResponseEvents1796090000000 implements MigrationInterface {
  name = 'ResponseEvents1796090000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."delivery_kind" ADD VALUE IF NOT EXISTS 'RESPONSE_RECEIVED' AFTER 'PARTNERSHIP_ENDED'`);
    await queryRunner.query(`ALTER TYPE "public"."delivery_kind" ADD VALUE IF NOT EXISTS 'RESPONSE_DECLINED' AFTER 'RESPONSE_RECEIVED'`);
    await queryRunner.query(`ALTER TYPE "public"."webhook_event" ADD VALUE IF NOT EXISTS 'RESPONSE_RECEIVED' AFTER 'PARTNERSHIP_ENDED'`);
    await queryRunner.query(`ALTER TYPE "public"."webhook_event" ADD VALUE IF NOT EXISTS 'RESPONSE_DECLINED' AFTER 'RESPONSE_RECEIVED'`);
  }

  // PostgreSQL cannot drop a value from an enum type: the types are made again without them,
  // after the deliveries of those kinds are deleted and webhooks stop asking for them.
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "delivery" WHERE "kind" IN ('RESPONSE_RECEIVED', 'RESPONSE_DECLINED')`);
    await queryRunner.query(`ALTER TYPE "public"."delivery_kind" RENAME TO "delivery_kind_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."delivery_kind" AS ENUM('SUGGESTION', 'MATCH_ACCEPTED', 'PARTNERSHIP_FORMED', 'PARTNERSHIP_ENDED', 'REMINDER', 'TEST')`,
    );
    await queryRunner.query(`ALTER TABLE "delivery" ALTER COLUMN "kind" TYPE "public"."delivery_kind" USING "kind"::text::"public"."delivery_kind"`);
    await queryRunner.query(`DROP TYPE "public"."delivery_kind_old"`);
    await queryRunner.query(`ALTER TYPE "public"."webhook_event" RENAME TO "webhook_event_old"`);
    await queryRunner.query(`CREATE TYPE "public"."webhook_event" AS ENUM('SUGGESTION_CREATED', 'MATCH_ACCEPTED', 'PARTNERSHIP_FORMED', 'PARTNERSHIP_ENDED')`);
    await queryRunner.query(
      `ALTER TABLE "webhook" ALTER COLUMN "events" TYPE "public"."webhook_event"[]
        USING array_remove(array_remove("events"::text[], 'RESPONSE_RECEIVED'), 'RESPONSE_DECLINED')::"public"."webhook_event"[]`,
    );
    await queryRunner.query(`DROP TYPE "public"."webhook_event_old"`);
  }
}
