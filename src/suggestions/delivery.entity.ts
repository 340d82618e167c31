import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DeliveryChannel, DeliveryKind, DeliveryStatus } from './delivery.enums';

/**
 * One message to one recipient over one channel, and how sending it went. The unique key
 * (kind, subject, channel, recipient, organization) is what makes "sent at most once per
 * match and recipient" hold (an address may receive for both sides of a match) whatever retries, restarts or re-scorings happen.
 */
@ObjectType({ description: 'One message to one recipient over one channel: the delivery log.' })
@Entity('delivery')
@Index('delivery_once_key', ['kind', 'subjectId', 'channel', 'recipient', 'organizationId'], { unique: true })
@Index('delivery_due_idx', ['nextAttemptAt'], { where: "status = 'PENDING' AND NOT digest" })
@Index('delivery_digest_idx', ['organizationId', 'recipient'], { where: "status = 'PENDING' AND digest" })
@Index('delivery_match_idx', ['matchId'])
@Index('delivery_organization_idx', ['organizationId', 'createdAt'])
// A webhook's delivery log, newest first.
@Index('delivery_recipient_idx', ['recipient', 'createdAt'])
// Sends whose worker died: taken over once their lease ran out.
@Index('delivery_sending_idx', ['leaseUntil'], { where: "status = 'SENDING'" })
export class Delivery {
  /** Also the event id of a webhook delivery. */
  @Field(() => ID, { description: 'Its id (a UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => DeliveryKind, { description: 'What the message tells its recipient.' })
  @Column({ type: 'enum', enum: DeliveryKind, enumName: 'delivery_kind' })
  kind: DeliveryKind;

  /** What it is about: the match, the partnership, the organization reminded, the test. */
  @Column({ type: 'uuid' })
  subjectId: string;

  @Field(() => ID, { nullable: true, description: 'The match it is about, if any.' })
  @Column({ type: 'uuid', nullable: true })
  matchId: string | null;

  /** The organization the recipient belongs to. */
  @Column({ type: 'uuid' })
  organizationId: string;

  /** The name of the delivery channel that sends it. */
  @Field(() => DeliveryChannel, { description: 'E-mail or webhook.' })
  @Column({ type: 'text' })
  channel: string;

  @Field({ description: "An e-mail address (lower case) or a webhook's id." })
  @Column({ type: 'text' })
  recipient: string;

  @Field(() => DeliveryStatus, { description: 'Pending, being sent, sent, failed or skipped.' })
  @Column({ type: 'enum', enum: DeliveryStatus, enumName: 'delivery_status', default: DeliveryStatus.PENDING })
  status: DeliveryStatus;

  /** Held for the recipient's next daily or weekly digest. */
  @Column({ type: 'boolean', default: false })
  digest: boolean;

  @Field(() => Int, { description: 'How many times sending was tried so far.' })
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed, or why it was skipped; null after a success.' })
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last webhook attempt.' })
  @Column({ type: 'int', nullable: true })
  lastResponseStatus: number | null;

  @Field({ description: 'When it is (or was) due to be sent next.' })
  @Column({ type: 'timestamptz' })
  nextAttemptAt: Date;

  /** A worker sending it holds it until then; after that another may take it over. */
  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was sent; null until then.' })
  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** The message as it was decided (a webhook's body is frozen here, so retries send the same event). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload: Record<string, unknown>;

  @Field({ description: 'When it was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
