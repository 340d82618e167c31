import { MigrationInterface, QueryRunner } from "typeorm";

export class Matches1795671823259 implements MigrationInterface {
    name = 'Matches1795671823259'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."match_status" AS ENUM('SUGGESTED', 'INTERESTED', 'ACCEPTED', 'DECLINED', 'EXPIRED')`);
        await queryRunner.query(`CREATE TABLE "match" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "need_id" uuid NOT NULL, "offer_id" uuid NOT NULL, "score" double precision NOT NULL, "components" jsonb NOT NULL, "status" "public"."match_status" NOT NULL DEFAULT 'SUGGESTED', "scored_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_92b6c3a6631dd5b24a67c69f69d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "match_offer_score_idx" ON "match"  ("offer_id", "score") `);
        await queryRunner.query(`CREATE INDEX "match_need_score_idx" ON "match"  ("need_id", "score") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "match_need_offer_key" ON "match"  ("need_id", "offer_id") `);
        await queryRunner.query(`ALTER TABLE "match" ADD CONSTRAINT "FK_8849058f4733e28abc5c9976880" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "match" ADD CONSTRAINT "FK_04e4fcd63ff0a4800a4baf27893" FOREIGN KEY ("offer_id") REFERENCES "offer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "match" DROP CONSTRAINT "FK_04e4fcd63ff0a4800a4baf27893"`);
        await queryRunner.query(`ALTER TABLE "match" DROP CONSTRAINT "FK_8849058f4733e28abc5c9976880"`);
        await queryRunner.query(`DROP INDEX "public"."match_need_offer_key"`);
        await queryRunner.query(`DROP INDEX "public"."match_need_score_idx"`);
        await queryRunner.query(`DROP INDEX "public"."match_offer_score_idx"`);
        await queryRunner.query(`DROP TABLE "match"`);
        await queryRunner.query(`DROP TYPE "public"."match_status"`);
    }

}
