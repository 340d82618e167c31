import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A response withdrawn by the organization that sent it is told to the need's organization:
 * by e-mail (only where the response's own e-mail went out) and to webhooks that ask for
 * RESPONSE_WITHDRAWN. A value added to an enum type is not used in this transaction, which
 * PostgreSQL allows.
 */
export class ResponseWithdrawnEvent1796090200000 implements MigrationInterface {
  name = 'ResponseWithdrawnEvent1796090200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."delivery_kind" ADD VALUE IF NOT EXISTS 'RESPONSE_WITHDRAWN' AFTER 'RESPONSE_DECLINED'`);
    await queryRunner.query(`ALTER TYPE "public"."webhook_event" ADD VALUE IF NOT EXISTS 'RESPONSE_WITHDRAWN' AFTER 'RESPONSE_DECLINED'`);
  }

  // PostgreSQL cannot drop a value from an enum type: the types are made again without it,
  // after the deliveries of that kind are deleted and webhooks stop asking for it.
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "delivery" WHERE "kind" = 'RESPONSE_WITHDRAWN'`);
    await queryRunner.query(`ALTER TYPE "public"."delivery_kind" RENAME TO "delivery_kind_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."delivery_kind" AS ENUM('SUGGESTION', 'MATCH_ACCEPTED', 'PARTNERSHIP_FORMED', 'PARTNERSHIP_ENDED', 'RESPONSE_RECEIVED', 'RESPONSE_DECLINED', 'REMINDER', 'TEST')`,
    );
    await queryRunner.query(`ALTER TABLE "delivery" ALTER COLUMN "kind" TYPE "public"."delivery_kind" USING "kind"::text::"public"."delivery_kind"`);
    await queryRunner.query(`DROP TYPE "public"."delivery_kind_old"`);
    await queryRunner.query(`ALTER TYPE "public"."webhook_event" RENAME TO "webhook_event_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."webhook_event" AS ENUM('SUGGESTION_CREATED', 'MATCH_ACCEPTED', 'PARTNERSHIP_FORMED', 'PARTNERSHIP_ENDED', 'RESPONSE_RECEIVED', 'RESPONSE_DECLINED')`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook" ALTER COLUMN "events" TYPE "public"."webhook_event"[]
        USING array_remove("events"::text[], 'RESPONSE_WITHDRAWN')::"public"."webhook_event"[]`,
    );
    await queryRunner.query(`DROP TYPE "public"."webhook_event_old"`);
  }
}
