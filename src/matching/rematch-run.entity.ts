import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One rematchAll: how many items it is to score and how many it scored, so that the hub
 * sees how far a re-score is. Its pages are fed to the bulk lane one at a time at the
 * lowest priority (RematchService); `cursor` is the last page fed, so that a page job
 * that runs again counts its items once.
 */
@Entity('rematch_run')
export class RematchRun {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  startedAt: Date;

  /** The open needs and offers when it started; the items actually queued once every page was fed. */
  @Column({ type: 'integer' })
  total: number;

  /** Items handed to the queue so far. */
  @Column({ type: 'integer', default: 0 })
  queued: number;

  /** Items scored so far (an item of a batch that a killed worker left may count twice). */
  @Column({ type: 'integer', default: 0 })
  done: number;

  @Column({ type: 'text', nullable: true })
  cursor: string | null;

  /** When the last page was fed: `total` is exact from then on. */
  @Column({ type: 'timestamptz', nullable: true })
  fedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
