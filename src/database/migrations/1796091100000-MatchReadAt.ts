import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When the scoring that stored a match's score read its need and offer (read_at, the job's
 * start): a scoring that read them earlier no longer overwrites a score stored from a later
 * read. Two jobs may score one pair at once (the need's and the offer's, or an item's
 * immediate and trailing jobs), and the one that read first may store last: its score, from
 * data since changed, stayed until the pair's next scoring. Null for rows stored before this
 * migration: any scoring may replace them. A nullable column without a default: adding it
 * rewrites no row.
 */
export class MatchReadAt1796091100000 implements MigrationInterface {
  name = 'MatchReadAt1796091100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match" ADD "read_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match" DROP COLUMN "read_at"`);
  }
}
