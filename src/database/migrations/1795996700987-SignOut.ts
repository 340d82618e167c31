import { MigrationInterface, QueryRunner } from 'typeorm';

/** Signing out ends a session on the server too: its JWT's id, until it would have expired. */
export class SignOut1795996700987 implements MigrationInterface {
  name = 'SignOut1795996700987';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "revoked_session" ("jti" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dc05709d015782f01c3b7fc8754" PRIMARY KEY ("jti"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_2b0f5eda4706ff9c3bb8b5024c" ON "revoked_session" ("expires_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_2b0f5eda4706ff9c3bb8b5024c"`);
    await queryRunner.query(`DROP TABLE "revoked_session"`);
  }
}
