import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An address that unsubscribed from one organization's suggestion e-mails. */
@Entity('email_suppression')
export class EmailSuppression {
  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @PrimaryColumn({ type: 'text' })
  email: string;

  @Column({ type: 'text', default: 'unsubscribe' })
  reason: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
