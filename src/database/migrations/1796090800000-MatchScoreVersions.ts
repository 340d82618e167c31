import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which transaction last changed a match's score (score_xid), and the score before it with the
 * transaction that had set that one (previous_score, previous_score_xid): suggestionsAwaiting
 * pages by the scores as they were when its first page was read (matches.service.ts,
 * awaiting), so that a re-score between two pages neither skips a suggestion nor repeats it.
 * A row trigger sets them, so every writer is covered, the worker's upserts as much as a hand
 * edit; only a change of the score fires it (an upsert that finds the pair as it was writes
 * nothing, one that changes only the explanation or the status leaves them). Null until the
 * score first changes: the score a pair was stored with is as old as any reader's first page
 * needs. Nullable columns without a default: adding them rewrites no row.
 */
export class MatchScoreVersions1796090800000 implements MigrationInterface {
  name = 'MatchScoreVersions1796090800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match" ADD "score_xid" bigint`);
    await queryRunner.query(`ALTER TABLE "match" ADD "previous_score" double precision`);
    await queryRunner.query(`ALTER TABLE "match" ADD "previous_score_xid" bigint`);
    await queryRunner.query(
      `CREATE FUNCTION match_score_touch() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE
         current_xid bigint := pg_current_xact_id()::text::bigint;
       BEGIN
         -- A second change in the same transaction keeps the score from before the first: the one
         -- in between was never seen.
         IF OLD.score_xid IS DISTINCT FROM current_xid THEN
           NEW.previous_score := OLD.score;
           NEW.previous_score_xid := OLD.score_xid;
         END IF;
         NEW.score_xid := current_xid;
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER match_score_touch BEFORE UPDATE OF score ON match
         FOR EACH ROW WHEN (OLD.score IS DISTINCT FROM NEW.score) EXECUTE FUNCTION match_score_touch()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER match_score_touch ON match`);
    await queryRunner.query(`DROP FUNCTION match_score_touch()`);
    await queryRunner.query(`ALTER TABLE "match" DROP COLUMN "previous_score_xid"`);
    await queryRunner.query(`ALTER TABLE "match" DROP COLUMN "previous_score"`);
    await queryRunner.query(`ALTER TABLE "match" DROP COLUMN "score_xid"`);
  }
}
