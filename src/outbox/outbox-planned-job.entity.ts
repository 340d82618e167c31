import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The job an outbox row is being handed on in, recorded (committed on its own) before the
 * queue takes the job and deleted with the commit that marks the row dispatched. A relay
 * that dies in between leaves it behind, and the next relay hands the row on in the same
 * job again instead of planning a new one (a batch planned anew would hold other items,
 * under another id, and its items would be queued twice).
 */
@Entity('outbox_planned_job')
export class OutboxPlannedJob {
  /** outbox_event.id; no foreign key, so that recording a plan never waits for the row's lock. */
  @PrimaryColumn({ type: 'bigint' })
  rowId: string;

  @Column({ type: 'text' })
  jobId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  plannedAt: Date;
}
