import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An event written in the same transaction as the change it describes, so that the
 * matching engine never misses a change even when Redis is down. A relay hands undispatched
 * rows to the queue and stamps dispatchedAt; the job that scored the change stamps
 * handledAt. A row dispatched but never handled lost its job (a Redis that restarted
 * without persistence): the relay hands it on again.
 */
@Entity('outbox_event')
@Index('outbox_event_undispatched_idx', { synchronize: false })
@Index('outbox_event_unhandled_idx', { synchronize: false })
export class OutboxEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  aggregateType: string;

  @Column({ type: 'uuid' })
  aggregateId: string;

  @Column({ type: 'text' })
  eventType: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  handledAt: Date | null;

  /** The matching job the row was handed on in (a batch names several items). */
  @Column({ type: 'text', nullable: true })
  jobId: string | null;
}
