import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A match's need and offer are kept by triggers instead of foreign keys. Each foreign key
 * check locks the row it points to (FOR KEY SHARE), and a lock is a write: a need's first
 * scoring stores about 100 pairs, so it locked its need 100 times and 100 offers, a WAL
 * record and a dirtied page each. On the benchmark's 100,000 offers (psql, a need's 100
 * stored pairs inserted again, rolled back, five runs) the insert took 22–32 ms with the
 * foreign keys and 10–15 ms without. The service never deletes a need or an offer; an
 * operator may (an organization's erasure cascades to them).
 *
 * What the foreign keys guaranteed still holds:
 * - A deleted need's or offer's matches are deleted with it (match_cascade_delete), as ON
 *   DELETE CASCADE did; a TRUNCATE of need or offer empties match.
 * - No match is stored for a need or offer that is gone: the store inserts only the pairs
 *   whose need and offer it can see (MatchStoreService), and a deletion first takes a lock
 *   on match (match_hold_stores) that waits for the stores under way and holds new ones back
 *   until it commits. A store that waited then sees the item gone (in READ COMMITTED, a
 *   statement's snapshot is taken once its table locks are held); one under way had
 *   committed before the deletion's own DELETE of matches read the table.
 */
export class MatchWithoutForeignKeys1796090600000 implements MigrationInterface {
  name = 'MatchWithoutForeignKeys1796090600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match" DROP CONSTRAINT "FK_8849058f4733e28abc5c9976880"`);
    await queryRunner.query(`ALTER TABLE "match" DROP CONSTRAINT "FK_04e4fcd63ff0a4800a4baf27893"`);
    // Before any row is deleted, so that the deletion holds no row lock yet while it waits
    // for the stores under way (a store also updates its item's row: waiting on each other
    // would be a deadlock).
    await queryRunner.query(
      `CREATE FUNCTION match_hold_stores() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         LOCK TABLE match IN SHARE ROW EXCLUSIVE MODE;
         IF TG_OP = 'TRUNCATE' THEN DELETE FROM match; END IF;
         RETURN NULL;
       END $$`,
    );
    // TG_ARGV[0]: the match column that points at the table the trigger is on.
    await queryRunner.query(
      `CREATE FUNCTION match_cascade_delete() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         EXECUTE format('DELETE FROM match WHERE %I IN (SELECT id FROM deleted_rows)', TG_ARGV[0]);
         RETURN NULL;
       END $$`,
    );
    for (const [table, column] of [
      ['need', 'need_id'],
      ['offer', 'offer_id'],
    ]) {
      await queryRunner.query(`CREATE TRIGGER ${table}_match_hold BEFORE DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION match_hold_stores()`);
      await queryRunner.query(
        `CREATE TRIGGER ${table}_match_delete AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS deleted_rows
           FOR EACH STATEMENT EXECUTE FUNCTION match_cascade_delete('${column}')`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['need', 'offer']) {
      await queryRunner.query(`DROP TRIGGER ${table}_match_delete ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER ${table}_match_hold ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION match_cascade_delete()`);
    await queryRunner.query(`DROP FUNCTION match_hold_stores()`);
    await queryRunner.query(`DELETE FROM "match" WHERE NOT EXISTS (SELECT 1 FROM "need" WHERE "need"."id" = "match"."need_id")`);
    await queryRunner.query(`DELETE FROM "match" WHERE NOT EXISTS (SELECT 1 FROM "offer" WHERE "offer"."id" = "match"."offer_id")`);
    await queryRunner.query(
      `ALTER TABLE "match" ADD CONSTRAINT "FK_8849058f4733e28abc5c9976880" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match" ADD CONSTRAINT "FK_04e4fcd63ff0a4800a4baf27893" FOREIGN KEY ("offer_id") REFERENCES "offer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }
}
