import { MigrationInterface, QueryRunner } from "typeorm";

export class InitialSchema1795666816405 implements MigrationInterface {
    name = 'InitialSchema1795666816405'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "municipality" ("code" character(3) NOT NULL, "name" text NOT NULL, "region" text NOT NULL, "population" integer NOT NULL, "latitude" double precision NOT NULL, "longitude" double precision NOT NULL, "neighbour_codes" character(3) array NOT NULL DEFAULT '{}', CONSTRAINT "PK_f01eb47e7b81481ca5a146a786d" PRIMARY KEY ("code"))`);
        await queryRunner.query(`CREATE TYPE "public"."sector" AS ENUM('MUNICIPALITY', 'PUBLIC_INSTITUTION', 'DEVELOPMENT_AGENCY', 'COMPANY', 'NGO')`);
        await queryRunner.query(`CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "sector" "public"."sector" NOT NULL, "municipality_code" character(3) NOT NULL, "description" text, "theme_codes" text array NOT NULL DEFAULT '{}', "email" text, "contact_name" text, "phone" text, "website" text, "registration_number" text, "tax_number" text, "verified" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_58ee4cc45e56f04f44617132a3" ON "organization"  ("sector") `);
        await queryRunner.query(`CREATE INDEX "IDX_62fb7f1dd7419a4f24bbbcb2e9" ON "organization"  ("municipality_code") `);
        await queryRunner.query(`CREATE INDEX "organization_created_at_id_idx" ON "organization"  ("created_at", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "organization_tax_number_key" ON "organization"  ("tax_number") WHERE tax_number IS NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "organization_registration_number_key" ON "organization"  ("registration_number") WHERE registration_number IS NOT NULL`);
        await queryRunner.query(`CREATE TABLE "api_key" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "organization_id" uuid, "token_hash" character(64) NOT NULL, "token_prefix" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_f8bf75c998e043dc6ad022d28a" ON "api_key"  ("organization_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "api_key_token_hash_key" ON "api_key"  ("token_hash") `);
        await queryRunner.query(`CREATE TABLE "audit_log_entry" ("id" BIGSERIAL NOT NULL, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" uuid, "actor_type" text NOT NULL, "actor_id" uuid, "organization_id" uuid, "changes" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_905deda75b16075725a02ef38a0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_85f08ad449e9a7004bd0d598af" ON "audit_log_entry"  ("organization_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_db1966f29223a6fbd2796c5360" ON "audit_log_entry"  ("created_at") `);
        await queryRunner.query(`CREATE INDEX "audit_log_entry_entity_idx" ON "audit_log_entry"  ("entity_type", "entity_id") `);
        await queryRunner.query(`CREATE TYPE "public"."need_kind" AS ENUM('LOCAL_CHALLENGE', 'PUBLIC_SERVICE', 'CALL_FOR_PARTNERS')`);
        await queryRunner.query(`CREATE TYPE "public"."resource_type" AS ENUM('FUNDING', 'EXPERTISE', 'VOLUNTEERS', 'EQUIPMENT', 'PREMISES', 'SERVICE_DELIVERY', 'PROJECT_PARTNERSHIP')`);
        await queryRunner.query(`CREATE TYPE "public"."need_status" AS ENUM('DRAFT', 'OPEN', 'PARTNERED', 'CLOSED', 'EXPIRED')`);
        await queryRunner.query(`CREATE TABLE "need" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL, "kind" "public"."need_kind" NOT NULL DEFAULT 'LOCAL_CHALLENGE', "theme_codes" text array NOT NULL DEFAULT '{}', "resource_types" "public"."resource_type" array NOT NULL, "municipality_code" character(3) NOT NULL, "starts_on" date, "ends_on" date, "respond_by" date, "budget_eur" integer, "preferred_sectors" "public"."sector" array NOT NULL DEFAULT '{}', "status" "public"."need_status" NOT NULL DEFAULT 'OPEN', "last_matched_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_218b14514f334ee6f39954f86ba" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_508ea9dec9a1bdce7606fd3908" ON "need"  ("organization_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_e311f2cf0f9fe4066ed7422212" ON "need"  ("municipality_code") `);
        await queryRunner.query(`CREATE INDEX "IDX_d89677ad1b1ac9ca77bc4711c4" ON "need"  ("status") `);
        await queryRunner.query(`CREATE INDEX "need_created_at_id_idx" ON "need"  ("created_at", "id") `);
        await queryRunner.query(`CREATE TYPE "public"."reach" AS ENUM('LOCAL', 'REGIONAL', 'NATIONAL')`);
        await queryRunner.query(`CREATE TYPE "public"."offer_status" AS ENUM('OPEN', 'CLOSED', 'EXPIRED')`);
        await queryRunner.query(`CREATE TABLE "offer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL, "theme_codes" text array NOT NULL DEFAULT '{}', "resource_types" "public"."resource_type" array NOT NULL, "municipality_code" character(3) NOT NULL, "reach" "public"."reach" NOT NULL DEFAULT 'LOCAL', "service_area_codes" character(3) array NOT NULL DEFAULT '{}', "available_from" date, "available_until" date, "value_eur" integer, "capacity" integer, "status" "public"."offer_status" NOT NULL DEFAULT 'OPEN', "last_matched_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_57c6ae1abe49201919ef68de900" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_d5911f5c73c2a83b3df5803b66" ON "offer"  ("organization_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_bbcbfd8738502a4f1ee42f9ef1" ON "offer"  ("municipality_code") `);
        await queryRunner.query(`CREATE INDEX "IDX_f2cb2cdd931a255bbed910e41f" ON "offer"  ("status") `);
        await queryRunner.query(`CREATE INDEX "offer_created_at_id_idx" ON "offer"  ("created_at", "id") `);
        await queryRunner.query(`CREATE TABLE "outbox_event" ("id" BIGSERIAL NOT NULL, "aggregate_type" text NOT NULL, "aggregate_id" uuid NOT NULL, "event_type" text NOT NULL, "payload" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dispatched_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cc0c9e40998e45ecfc5e313429d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "theme" ("code" text NOT NULL, "parent_code" text, "name_sl" text NOT NULL, "name_en" text NOT NULL, "keywords_sl" text array NOT NULL, "keywords_en" text array NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_d39e888e20592fb5fb0ff9c2f08" PRIMARY KEY ("code"))`);
        await queryRunner.query(`CREATE INDEX "IDX_89eabaee1d1163665a9e5fcdda" ON "theme"  ("parent_code") `);
        await queryRunner.query(`CREATE TYPE "public"."role" AS ENUM('ADMIN', 'MEMBER')`);
        await queryRunner.query(`CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid, "email" text NOT NULL, "role" "public"."role" NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_de7c148c7834d738ac7113f3dd" ON "invitation"  ("organization_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "invitation_token_hash_key" ON "invitation"  ("token_hash") `);
        await queryRunner.query(`CREATE TABLE "user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "phone" text, "password_hash" text NOT NULL, "hub_admin" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cace4a159ff9f2512dd42373760" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" "public"."role" NOT NULL, "notify_suggestions" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_412ffe9391a352e8a4e3dc46f6" ON "membership"  ("organization_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "membership_user_organization_key" ON "membership"  ("user_id", "organization_id") `);
        await queryRunner.query(`ALTER TABLE "organization" ADD CONSTRAINT "FK_62fb7f1dd7419a4f24bbbcb2e9d" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "api_key" ADD CONSTRAINT "FK_f8bf75c998e043dc6ad022d28a8" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "need" ADD CONSTRAINT "FK_508ea9dec9a1bdce7606fd3908c" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "need" ADD CONSTRAINT "FK_e311f2cf0f9fe4066ed74222120" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "offer" ADD CONSTRAINT "FK_d5911f5c73c2a83b3df5803b66a" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "offer" ADD CONSTRAINT "FK_bbcbfd8738502a4f1ee42f9ef1a" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "FK_de7c148c7834d738ac7113f3dd8" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "membership" ADD CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "membership" ADD CONSTRAINT "FK_412ffe9391a352e8a4e3dc46f6f" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // Not expressible in entity decorators (marked synchronize: false there).
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        // unaccent() is only STABLE; an IMMUTABLE wrapper lets indexes use it.
        await queryRunner.query(`CREATE FUNCTION immutable_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);
        await queryRunner.query(`CREATE UNIQUE INDEX "user_email_key" ON "user" (lower("email"))`);
        await queryRunner.query(`CREATE INDEX "outbox_event_undispatched_idx" ON "outbox_event" ("id") WHERE "dispatched_at" IS NULL`);
        await queryRunner.query(`CREATE INDEX "organization_theme_codes_gin" ON "organization" USING gin ("theme_codes")`);
        await queryRunner.query(`CREATE INDEX "need_theme_codes_gin" ON "need" USING gin ("theme_codes")`);
        await queryRunner.query(`CREATE INDEX "need_resource_types_gin" ON "need" USING gin ("resource_types")`);
        await queryRunner.query(`CREATE INDEX "offer_theme_codes_gin" ON "offer" USING gin ("theme_codes")`);
        await queryRunner.query(`CREATE INDEX "offer_resource_types_gin" ON "offer" USING gin ("resource_types")`);
        await queryRunner.query(`CREATE INDEX "offer_service_area_codes_gin" ON "offer" USING gin ("service_area_codes")`);
        // The text filter of the list queries: accent- and case-insensitive substring search.
        await queryRunner.query(`CREATE INDEX "organization_search_trgm" ON "organization" USING gin (lower(immutable_unaccent("name" || ' ' || coalesce("description", ''))) gin_trgm_ops)`);
        await queryRunner.query(`CREATE INDEX "need_search_trgm" ON "need" USING gin (lower(immutable_unaccent("title" || ' ' || "description")) gin_trgm_ops)`);
        await queryRunner.query(`CREATE INDEX "offer_search_trgm" ON "offer" USING gin (lower(immutable_unaccent("title" || ' ' || "description")) gin_trgm_ops)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."offer_search_trgm"`);
        await queryRunner.query(`DROP INDEX "public"."need_search_trgm"`);
        await queryRunner.query(`DROP INDEX "public"."organization_search_trgm"`);
        await queryRunner.query(`DROP INDEX "public"."offer_service_area_codes_gin"`);
        await queryRunner.query(`DROP INDEX "public"."offer_resource_types_gin"`);
        await queryRunner.query(`DROP INDEX "public"."offer_theme_codes_gin"`);
        await queryRunner.query(`DROP INDEX "public"."need_resource_types_gin"`);
        await queryRunner.query(`DROP INDEX "public"."need_theme_codes_gin"`);
        await queryRunner.query(`DROP INDEX "public"."organization_theme_codes_gin"`);
        await queryRunner.query(`DROP INDEX "public"."outbox_event_undispatched_idx"`);
        await queryRunner.query(`DROP INDEX "public"."user_email_key"`);
        await queryRunner.query(`DROP FUNCTION immutable_unaccent(text)`);
        await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_412ffe9391a352e8a4e3dc46f6f"`);
        await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d"`);
        await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_de7c148c7834d738ac7113f3dd8"`);
        await queryRunner.query(`ALTER TABLE "offer" DROP CONSTRAINT "FK_bbcbfd8738502a4f1ee42f9ef1a"`);
        await queryRunner.query(`ALTER TABLE "offer" DROP CONSTRAINT "FK_d5911f5c73c2a83b3df5803b66a"`);
        await queryRunner.query(`ALTER TABLE "need" DROP CONSTRAINT "FK_e311f2cf0f9fe4066ed74222120"`);
        await queryRunner.query(`ALTER TABLE "need" DROP CONSTRAINT "FK_508ea9dec9a1bdce7606fd3908c"`);
        await queryRunner.query(`ALTER TABLE "api_key" DROP CONSTRAINT "FK_f8bf75c998e043dc6ad022d28a8"`);
        await queryRunner.query(`ALTER TABLE "organization" DROP CONSTRAINT "FK_62fb7f1dd7419a4f24bbbcb2e9d"`);
        await queryRunner.query(`DROP INDEX "public"."membership_user_organization_key"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_412ffe9391a352e8a4e3dc46f6"`);
        await queryRunner.query(`DROP TABLE "membership"`);
        await queryRunner.query(`DROP TABLE "user"`);
        await queryRunner.query(`DROP INDEX "public"."invitation_token_hash_key"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_de7c148c7834d738ac7113f3dd"`);
        await queryRunner.query(`DROP TABLE "invitation"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_89eabaee1d1163665a9e5fcdda"`);
        await queryRunner.query(`DROP TABLE "theme"`);
        await queryRunner.query(`DROP TABLE "outbox_event"`);
        await queryRunner.query(`DROP INDEX "public"."offer_created_at_id_idx"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_f2cb2cdd931a255bbed910e41f"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_bbcbfd8738502a4f1ee42f9ef1"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_d5911f5c73c2a83b3df5803b66"`);
        await queryRunner.query(`DROP TABLE "offer"`);
        await queryRunner.query(`DROP INDEX "public"."need_created_at_id_idx"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_d89677ad1b1ac9ca77bc4711c4"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e311f2cf0f9fe4066ed7422212"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_508ea9dec9a1bdce7606fd3908"`);
        await queryRunner.query(`DROP TABLE "need"`);
        await queryRunner.query(`DROP INDEX "public"."audit_log_entry_entity_idx"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_db1966f29223a6fbd2796c5360"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_85f08ad449e9a7004bd0d598af"`);
        await queryRunner.query(`DROP TABLE "audit_log_entry"`);
        await queryRunner.query(`DROP INDEX "public"."api_key_token_hash_key"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_f8bf75c998e043dc6ad022d28a"`);
        await queryRunner.query(`DROP TABLE "api_key"`);
        await queryRunner.query(`DROP INDEX "public"."organization_registration_number_key"`);
        await queryRunner.query(`DROP INDEX "public"."organization_tax_number_key"`);
        await queryRunner.query(`DROP INDEX "public"."organization_created_at_id_idx"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_62fb7f1dd7419a4f24bbbcb2e9"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_58ee4cc45e56f04f44617132a3"`);
        await queryRunner.query(`DROP TABLE "organization"`);
        await queryRunner.query(`DROP TABLE "municipality"`);
        await queryRunner.query(`DROP TYPE "public"."role"`);
        await queryRunner.query(`DROP TYPE "public"."offer_status"`);
        await queryRunner.query(`DROP TYPE "public"."reach"`);
        await queryRunner.query(`DROP TYPE "public"."resource_type"`);
        await queryRunner.query(`DROP TYPE "public"."need_status"`);
        await queryRunner.query(`DROP TYPE "public"."sector"`);
        await queryRunner.query(`DROP TYPE "public"."need_kind"`);
    }

}
