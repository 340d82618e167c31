import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditChanges = Record<string, string | number | boolean | null | string[]>;

/** Who changed what and when: one row for every mutation that changed something. */
@Entity('audit_log_entry')
@Index('audit_log_entry_entity_idx', ['entityType', 'entityId'])
export class AuditLogEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text' })
  entityType: string;

  @Column({ type: 'uuid', nullable: true })
  entityId: string | null;

  @Column({ type: 'text' })
  actorType: string;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  changes: AuditChanges;

  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
