import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When the scoring whose matches were last stored for a need or an offer read it (its job's
 * readStart). Two scorings of one item may run at once (two workers, the fresh lane and the
 * bulk lane, an immediate and a trailing job), and the one that read first may store last: it
 * wrote back older scores and expired pairs the later one had found fitting and left as they
 * were. A store now changes nothing when the item's last stored read is later than its own
 * (MatchStoreService). Null until an item's next store: any store may write it. Nullable
 * columns without a default: adding them rewrites no row.
 */
export class PostingMatchedReadAt1796091200000 implements MigrationInterface {
  name = 'PostingMatchedReadAt1796091200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "need" ADD "matched_read_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "offer" ADD "matched_read_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "offer" DROP COLUMN "matched_read_at"`);
    await queryRunner.query(`ALTER TABLE "need" DROP COLUMN "matched_read_at"`);
  }
}
