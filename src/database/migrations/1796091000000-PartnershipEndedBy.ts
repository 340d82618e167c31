import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who ended a partnership (Partnership.endedBy): one of its two organizations
 * (ended_by_organization_id) or the hub (ended_by_hub), never both. Until now only the audit
 * log knew, so partnerships ended before are read from it, as endPartnership decided:
 *
 * - the hub: the bootstrap key, a hub key (api_key without an organization), or a user who is
 *   hub staff (hub_admin as it is now: the log does not keep whether they were then);
 * - otherwise the entry's organization_id, the side whose member or key ended it (for the hub
 *   the log holds the need's organization, which says nothing: hence the actor is read first).
 *
 * An ending whose key or user no longer exists, or whose entry is missing, stays unknown (null
 * and false), as the API says of it.
 */
export class PartnershipEndedBy1796091000000 implements MigrationInterface {
  name = 'PartnershipEndedBy1796091000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "partnership" ADD "ended_by_organization_id" uuid`);
    await queryRunner.query(`ALTER TABLE "partnership" ADD "ended_by_hub" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`CREATE INDEX "IDX_d270c6e96e896f094edcbda3e1" ON "partnership" ("ended_by_organization_id")`);
    await queryRunner.query(`ALTER TABLE "partnership" ADD CONSTRAINT "partnership_ended_by_one" CHECK ("ended_by_organization_id" IS NULL OR NOT "ended_by_hub")`);
    await queryRunner.query(
      `ALTER TABLE "partnership" ADD CONSTRAINT "FK_d270c6e96e896f094edcbda3e1f" FOREIGN KEY ("ended_by_organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`
      UPDATE "partnership"
         SET "ended_by_hub" = "ended"."hub",
             "ended_by_organization_id" = CASE WHEN "ended"."hub" THEN NULL ELSE "ended"."organization_id" END
        FROM (
          SELECT DISTINCT ON ("entry"."entity_id") "entry"."entity_id" AS "partnership_id", "entry"."organization_id",
                 CASE "entry"."actor_type"
                   WHEN 'bootstrap_key' THEN true
                   WHEN 'api_key' THEN (SELECT "key"."organization_id" IS NULL FROM "api_key" "key" WHERE "key"."id" = "entry"."actor_id")
                   WHEN 'user' THEN (SELECT "person"."hub_admin" FROM "user" "person" WHERE "person"."id" = "entry"."actor_id")
                 END AS "hub"
            FROM "audit_log_entry" "entry"
           WHERE "entry"."entity_type" = 'partnership' AND "entry"."action" IN ('partnership.completed', 'partnership.cancelled')
           ORDER BY "entry"."entity_id", "entry"."created_at" DESC, "entry"."id" DESC
        ) "ended"
       WHERE "partnership"."id" = "ended"."partnership_id"
         AND "partnership"."status" <> 'ACTIVE'
         AND ("ended"."hub" OR (NOT "ended"."hub" AND "ended"."organization_id" IN ("partnership"."need_organization_id", "partnership"."partner_organization_id")))
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "partnership" DROP CONSTRAINT "FK_d270c6e96e896f094edcbda3e1f"`);
    await queryRunner.query(`ALTER TABLE "partnership" DROP CONSTRAINT "partnership_ended_by_one"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d270c6e96e896f094edcbda3e1"`);
    await queryRunner.query(`ALTER TABLE "partnership" DROP COLUMN "ended_by_hub"`);
    await queryRunner.query(`ALTER TABLE "partnership" DROP COLUMN "ended_by_organization_id"`);
  }
}
