import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The components a pair had when its first answer was given (first_answer_components), kept by
 * the first scoring that rewrites them after it: a pair one side accepted is scored again while
 * the other side may still answer, and the calibration learns that acceptance with these, not
 * with what a later scoring made of the pair. A nullable column without a default: adding it
 * rewrites no row. A first answer whose pair was already scored again before this migration is
 * learned as before, with what that scoring stored: what it was given on is gone.
 */
export class MatchFirstAnswerComponents1796090900000 implements MigrationInterface {
  name = 'MatchFirstAnswerComponents1796090900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match" ADD "first_answer_components" json`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match" DROP COLUMN "first_answer_components"`);
  }
}
