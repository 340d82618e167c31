import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A response still PENDING when its need stops being OPEN (closed by its owner, expired,
 * partnered) becomes CLOSED, and the organization that sent it is told: by e-mail and to
 * webhooks that ask for RESPONSE_CLOSED. Responses left PENDING on such needs before this
 * are closed (and told) by the next hourly expiry pass. A value added to an enum type is not
 * used in this transaction, which PostgreSQL allows.
 */
export class ResponseClosedWithNeed1796090300000 implements MigrationInterface {
  name = 'ResponseClosedWithNeed1796090300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."response_status" ADD VALUE IF NOT EXISTS 'CLOSED' AFTER 'WITHDRAWN'`);
    await queryRunner.query(`ALTER TYPE "public"."delivery_kind" ADD VALUE IF NOT EXISTS 'RESPONSE_CLOSED' AFTER 'RESPONSE_WITHDRAWN'`);
    await queryRunner.query(`ALTER TYPE "public"."webhook_event" ADD VALUE IF NOT EXISTS 'RESPONSE_CLOSED' AFTER 'RESPONSE_WITHDRAWN'`);
  }

  // PostgreSQL cannot drop a value from an enum type: the types are made again without it.
  // A CLOSED response becomes WITHDRAWN, the old value that says the same to its readers (no
  // longer waiting, the organization may respond again); back to PENDING could collide with
  // a later response of the same organization under response_need_organization_key.
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "response" SET "status" = 'WITHDRAWN' WHERE "status" = 'CLOSED'`);
    await queryRunner.query(`DROP INDEX "public"."response_need_organization_key"`);
    await queryRunner.query(`ALTER TABLE "response" ALTER COLUMN "status" DROP DEFAULT`);
    await queryRunner.query(`ALTER TYPE "public"."response_status" RENAME TO "response_status_old"`);
    await queryRunner.query(`CREATE TYPE "public"."response_status" AS ENUM('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')`);
    await queryRunner.query(`ALTER TABLE "response" ALTER COLUMN "status" TYPE "public"."response_status" USING "status"::text::"public"."response_status"`);
    await queryRunner.query(`ALTER TABLE "response" ALTER COLUMN "status" SET DEFAULT 'PENDING'`);
    await queryRunner.query(`DROP TYPE "public"."response_status_old"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "response_need_organization_key" ON "response" ("need_id", "organization_id") WHERE status = 'PENDING'`);

    await queryRunner.query(`DELETE FROM "delivery" WHERE "kind" = 'RESPONSE_CLOSED'`);
    await queryRunner.query(`ALTER TYPE "public"."delivery_kind" RENAME TO "delivery_kind_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."delivery_kind" AS ENUM('SUGGESTION', 'MATCH_ACCEPTED', 'PARTNERSHIP_FORMED', 'PARTNERSHIP_ENDED', 'RESPONSE_RECEIVED', 'RESPONSE_DECLINED', 'RESPONSE_WITHDRAWN', 'REMINDER', 'TEST')`,
    );
    await queryRunner.query(`ALTER TABLE "delivery" ALTER COLUMN "kind" TYPE "public"."delivery_kind" USING "kind"::text::"public"."delivery_kind"`);
    await queryRunner.query(`DROP TYPE "public"."delivery_kind_old"`);
    await queryRunner.query(`ALTER TYPE "public"."webhook_event" RENAME TO "webhook_event_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."webhook_event" AS ENUM('SUGGESTION_CREATED', 'MATCH_ACCEPTED', 'PARTNERSHIP_FORMED', 'PARTNERSHIP_ENDED', 'RESPONSE_RECEIVED', 'RESPONSE_DECLINED', 'RESPONSE_WITHDRAWN')`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook" ALTER COLUMN "events" TYPE "public"."webhook_event"[]
        USING array_remove("events"::text[], 'RESPONSE_CLOSED')::"public"."webhook_event"[]`,
    );
    await queryRunner.query(`DROP TYPE "public"."webhook_event_old"`);
  }
}
