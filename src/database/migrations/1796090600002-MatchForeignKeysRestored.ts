import { MigrationInterface, QueryRunner } from 'typeorm';
import { MatchWithoutForeignKeys1796090600000 } from './1796090600000-MatchWithoutForeignKeys';

/**
 * match keeps its foreign keys to need and offer again (ON DELETE CASCADE), and the triggers
 * that stood in for them are gone: exactly what MatchWithoutForeignKeys' down does, so this
 * runs it.
 *
 * The triggers' lock deadlocked with the service. A deletion of a need or an offer (by hand,
 * or an organization's erasure) took SHARE ROW EXCLUSIVE on match before deleting its rows;
 * a transaction that had read match rows FOR UPDATE (an answer, a delivery, a reminder) holds
 * only ROW SHARE, which that lock does not wait for. Its next UPDATE of match then waited for
 * the deletion, and the deletion for its locked rows: PostgreSQL aborted one of the two. A
 * foreign key's cascade takes row locks only, and waits for that transaction to end.
 *
 * The foreign keys cost a store about 3 ms at p50 of the benchmark's need jobs (the checks
 * lock each offer row a pair points to); that is the price of the integrity they give.
 */
export class MatchForeignKeysRestored1796090600002 implements MigrationInterface {
  name = 'MatchForeignKeysRestored1796090600002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Drops the triggers and their functions, deletes any match whose need or offer is gone,
    // and adds the two foreign keys under the names TypeORM gives them.
    await new MatchWithoutForeignKeys1796090600000().down(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await new MatchWithoutForeignKeys1796090600000().up(queryRunner);
  }
}
