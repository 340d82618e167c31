import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 4: deliveries (the log, and the unique key that sends each message at most once),
// suggestion preferences, unsubscribed addresses, webhooks, each side's answer to a match,
// responses to needs, and partnerships. Generated, then the match_decision type created once.

export class Suggestions1795677220948 implements MigrationInterface {
    name = 'Suggestions1795677220948'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."delivery_kind" AS ENUM('SUGGESTION', 'MATCH_ACCEPTED', 'PARTNERSHIP_FORMED', 'REMINDER', 'TEST')`);
        await queryRunner.query(`CREATE TYPE "public"."delivery_channel" AS ENUM('EMAIL', 'WEBHOOK')`);
        await queryRunner.query(`CREATE TYPE "public"."delivery_status" AS ENUM('PENDING', 'SENDING', 'SENT', 'FAILED', 'SKIPPED')`);
        await queryRunner.query(`CREATE TABLE "delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."delivery_kind" NOT NULL, "subject_id" uuid NOT NULL, "match_id" uuid, "organization_id" uuid NOT NULL, "channel" "public"."delivery_channel" NOT NULL, "recipient" text NOT NULL, "status" "public"."delivery_status" NOT NULL DEFAULT 'PENDING', "digest" boolean NOT NULL DEFAULT false, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "last_response_status" integer, "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "lease_until" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "payload" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ffad7bf84e68716cd9af89003b0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "delivery_match_idx" ON "delivery"  ("match_id") `);
        await queryRunner.query(`CREATE INDEX "delivery_organization_idx" ON "delivery"  ("organization_id", "created_at") `);
        await queryRunner.query(`CREATE INDEX "delivery_recipient_idx" ON "delivery"  ("recipient", "created_at") `);
        await queryRunner.query(`CREATE INDEX "delivery_sending_idx" ON "delivery"  ("lease_until") WHERE status = 'SENDING'`);
        await queryRunner.query(`CREATE INDEX "delivery_digest_idx" ON "delivery"  ("organization_id", "recipient") WHERE status = 'PENDING' AND digest`);
        await queryRunner.query(`CREATE INDEX "delivery_due_idx" ON "delivery"  ("next_attempt_at") WHERE status = 'PENDING' AND NOT digest`);
        await queryRunner.query(`CREATE UNIQUE INDEX "delivery_once_key" ON "delivery"  ("kind", "subject_id", "channel", "recipient", "organization_id") `);
        await queryRunner.query(`CREATE TABLE "email_suppression" ("organization_id" uuid NOT NULL, "email" text NOT NULL, "reason" text NOT NULL DEFAULT 'unsubscribe', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_36be81eb86b348f1341f4c17604" PRIMARY KEY ("organization_id", "email"))`);
        await queryRunner.query(`CREATE TYPE "public"."digest_frequency" AS ENUM('IMMEDIATE', 'DAILY', 'WEEKLY', 'NEVER')`);
        await queryRunner.query(`CREATE TYPE "public"."message_language" AS ENUM('SL', 'EN')`);
        await queryRunner.query(`CREATE TABLE "suggestion_preferences" ("organization_id" uuid NOT NULL, "frequency" "public"."digest_frequency" NOT NULL DEFAULT 'IMMEDIATE', "min_score" double precision, "theme_codes" text array NOT NULL DEFAULT '{}', "municipality_codes" text array NOT NULL DEFAULT '{}', "language" "public"."message_language" NOT NULL DEFAULT 'SL', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_63cb7fece1196c1b1f1014e478c" PRIMARY KEY ("organization_id"))`);
        await queryRunner.query(`CREATE TYPE "public"."partnership_status" AS ENUM('ACTIVE', 'COMPLETED', 'CANCELLED')`);
        await queryRunner.query(`CREATE TABLE "partnership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "match_id" uuid, "response_id" uuid, "need_id" uuid NOT NULL, "offer_id" uuid, "need_organization_id" uuid NOT NULL, "partner_organization_id" uuid NOT NULL, "status" "public"."partnership_status" NOT NULL DEFAULT 'ACTIVE', "outcome_note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f1bf1be9f475497d8b396d4cc56" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_398c7f9ae7aeb4403d6b9f59ba" ON "partnership"  ("need_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_c1f67fee4ec277cb55d843eb73" ON "partnership"  ("offer_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_5a1179c9aef3c79a705c42d2b6" ON "partnership"  ("need_organization_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_e22ef02c0317aef68f43ef2601" ON "partnership"  ("partner_organization_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "partnership_response_key" ON "partnership"  ("response_id") WHERE response_id IS NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "partnership_match_key" ON "partnership"  ("match_id") WHERE match_id IS NOT NULL`);
        await queryRunner.query(`CREATE TYPE "public"."response_status" AS ENUM('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')`);
        await queryRunner.query(`CREATE TABLE "response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "need_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "offer_id" uuid, "message" text NOT NULL, "status" "public"."response_status" NOT NULL DEFAULT 'PENDING', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f64544baf2b4dc48ba623ce768f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_55888caa727cd9f044ef09fcf3" ON "response"  ("need_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_99e7916dd22527e671dfa438e8" ON "response"  ("organization_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "response_need_organization_key" ON "response"  ("need_id", "organization_id") WHERE status = 'PENDING'`);
        await queryRunner.query(`CREATE TYPE "public"."webhook_event" AS ENUM('SUGGESTION_CREATED', 'MATCH_ACCEPTED', 'PARTNERSHIP_FORMED')`);
        await queryRunner.query(`CREATE TABLE "webhook" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "url" text NOT NULL, "events" "public"."webhook_event" array NOT NULL, "secret" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e6765510c2d078db49632b59020" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_2d4f7f00655c8aa6a4bb69a9ad" ON "webhook"  ("organization_id") `);
        await queryRunner.query(`CREATE TYPE "public"."match_decision" AS ENUM('ACCEPT', 'DECLINE')`);
        await queryRunner.query(`ALTER TABLE "match" ADD "need_decision" "public"."match_decision"`);
        await queryRunner.query(`ALTER TABLE "match" ADD "need_decided_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "match" ADD "offer_decision" "public"."match_decision"`);
        await queryRunner.query(`ALTER TABLE "match" ADD "offer_decided_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`CREATE TYPE "public"."decline_reason" AS ENUM('NOT_RELEVANT', 'NO_CAPACITY', 'TOO_FAR', 'TIMING', 'OTHER')`);
        await queryRunner.query(`ALTER TABLE "match" ADD "decline_reason" "public"."decline_reason"`);
        await queryRunner.query(`ALTER TABLE "match" ADD "decline_note" text`);
        await queryRunner.query(`ALTER TABLE "match" ADD "notified_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "match" ADD "need_reminded_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "match" ADD "offer_reminded_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`CREATE INDEX "match_need_decided_idx" ON "match"  ("need_id") WHERE need_decision IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "match_offer_decided_idx" ON "match"  ("offer_id") WHERE offer_decision IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "match_unnotified_idx" ON "match"  ("score") WHERE notified_at IS NULL AND status IN ('SUGGESTED', 'INTERESTED')`);
        await queryRunner.query(`ALTER TABLE "suggestion_preferences" ADD CONSTRAINT "FK_63cb7fece1196c1b1f1014e478c" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "partnership" ADD CONSTRAINT "FK_398c7f9ae7aeb4403d6b9f59bae" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "partnership" ADD CONSTRAINT "FK_c1f67fee4ec277cb55d843eb735" FOREIGN KEY ("offer_id") REFERENCES "offer"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "partnership" ADD CONSTRAINT "FK_5a1179c9aef3c79a705c42d2b67" FOREIGN KEY ("need_organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "partnership" ADD CONSTRAINT "FK_e22ef02c0317aef68f43ef2601a" FOREIGN KEY ("partner_organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "response" ADD CONSTRAINT "FK_55888caa727cd9f044ef09fcf32" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "response" ADD CONSTRAINT "FK_99e7916dd22527e671dfa438e87" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "response" ADD CONSTRAINT "FK_a4b95a2cd861d867d79fcd8b29b" FOREIGN KEY ("offer_id") REFERENCES "offer"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "webhook" ADD CONSTRAINT "FK_2d4f7f00655c8aa6a4bb69a9add" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "webhook" DROP CONSTRAINT "FK_2d4f7f00655c8aa6a4bb69a9add"`);
        await queryRunner.query(`ALTER TABLE "response" DROP CONSTRAINT "FK_a4b95a2cd861d867d79fcd8b29b"`);
        await queryRunner.query(`ALTER TABLE "response" DROP CONSTRAINT "FK_99e7916dd22527e671dfa438e87"`);
        await queryRunner.query(`ALTER TABLE "response" DROP CONSTRAINT "FK_55888caa727cd9f044ef09fcf32"`);
        await queryRunner.query(`ALTER TABLE "partnership" DROP CONSTRAINT "FK_e22ef02c0317aef68f43ef2601a"`);
        await queryRunner.query(`ALTER TABLE "partnership" DROP CONSTRAINT "FK_5a1179c9aef3c79a705c42d2b67"`);
        await queryRunner.query(`ALTER TABLE "partnership" DROP CONSTRAINT "FK_c1f67fee4ec277cb55d843eb735"`);
        await queryRunner.query(`ALTER TABLE "partnership" DROP CONSTRAINT "FK_398c7f9ae7aeb4403d6b9f59bae"`);
        await queryRunner.query(`ALTER TABLE "suggestion_preferences" DROP CONSTRAINT "FK_63cb7fece1196c1b1f1014e478c"`);
        await queryRunner.query(`DROP INDEX "public"."match_unnotified_idx"`);
        await queryRunner.query(`DROP INDEX "public"."match_offer_decided_idx"`);
        await queryRunner.query(`DROP INDEX "public"."match_need_decided_idx"`);
        await queryRunner.query(`ALTER TABLE "match" DROP COLUMN "offer_reminded_at"`);
        await queryRunner.query(`ALTER TABLE "match" DROP COLUMN "need_reminded_at"`);
        await queryRunner.query(`ALTER TABLE "match" DROP COLUMN "notified_at"`);
        await queryRunner.query(`ALTER TABLE "match" DROP COLUMN "decline_note"`);
        await queryRunner.query(`ALTER TABLE "match" DROP COLUMN "decline_reason"`);
        await queryRunner.query(`DROP TYPE "public"."decline_reason"`);
        await queryRunner.query(`ALTER TABLE "match" DROP COLUMN "offer_decided_at"`);
        await queryRunner.query(`ALTER TABLE "match" DROP COLUMN "offer_decision"`);
        await queryRunner.query(`ALTER TABLE "match" DROP COLUMN "need_decided_at"`);
        await queryRunner.query(`ALTER TABLE "match" DROP COLUMN "need_decision"`);
        await queryRunner.query(`DROP TYPE "public"."match_decision"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2d4f7f00655c8aa6a4bb69a9ad"`);
        await queryRunner.query(`DROP TABLE "webhook"`);
        await queryRunner.query(`DROP TYPE "public"."webhook_event"`);
        await queryRunner.query(`DROP INDEX "public"."response_need_organization_key"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_99e7916dd22527e671dfa438e8"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_55888caa727cd9f044ef09fcf3"`);
        await queryRunner.query(`DROP TABLE "response"`);
        await queryRunner.query(`DROP TYPE "public"."response_status"`);
        await queryRunner.query(`DROP INDEX "public"."partnership_match_key"`);
        await queryRunner.query(`DROP INDEX "public"."partnership_response_key"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e22ef02c0317aef68f43ef2601"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5a1179c9aef3c79a705c42d2b6"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c1f67fee4ec277cb55d843eb73"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_398c7f9ae7aeb4403d6b9f59ba"`);
        await queryRunner.query(`DROP TABLE "partnership"`);
        await queryRunner.query(`DROP TYPE "public"."partnership_status"`);
        await queryRunner.query(`DROP TABLE "suggestion_preferences"`);
        await queryRunner.query(`DROP TYPE "public"."message_language"`);
        await queryRunner.query(`DROP TYPE "public"."digest_frequency"`);
        await queryRunner.query(`DROP TABLE "email_suppression"`);
        await queryRunner.query(`DROP INDEX "public"."delivery_once_key"`);
        await queryRunner.query(`DROP INDEX "public"."delivery_due_idx"`);
        await queryRunner.query(`DROP INDEX "public"."delivery_digest_idx"`);
        await queryRunner.query(`DROP INDEX "public"."delivery_sending_idx"`);
        await queryRunner.query(`DROP INDEX "public"."delivery_recipient_idx"`);
        await queryRunner.query(`DROP INDEX "public"."delivery_organization_idx"`);
        await queryRunner.query(`DROP INDEX "public"."delivery_match_idx"`);
        await queryRunner.query(`DROP TABLE "delivery"`);
        await queryRunner.query(`DROP TYPE "public"."delivery_status"`);
        await queryRunner.query(`DROP TYPE "public"."delivery_channel"`);
        await queryRunner.query(`DROP TYPE "public"."delivery_kind"`);
    }

}
