import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Need } from '../needs/need.entity';
import { Offer } from '../offers/offer.entity';
import { Organization } from '../organizations/organization.entity';
import { PartnershipStatus } from './partnership.enums';

/**
 * Two organizations working together on a need: formed when both sides accepted a match,
 * or when a need's owner accepted a response. One per match and one per response.
 */
@ObjectType({ description: 'Two organizations working together on a need, formed by a mutually accepted match or an accepted response.' })
@Entity('partnership')
@Index('partnership_match_key', ['matchId'], { unique: true, where: 'match_id IS NOT NULL' })
@Index('partnership_response_key', ['responseId'], { unique: true, where: 'response_id IS NOT NULL' })
@Check('partnership_ended_by_one', '"ended_by_organization_id" IS NULL OR NOT "ended_by_hub"')
export class Partnership {
  @Field(() => ID, { description: 'Its id (a UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  matchId: string | null;

  @Column({ type: 'uuid', nullable: true })
  responseId: string | null;

  @Index()
  @Column({ type: 'uuid' })
  needId: string;

  @ManyToOne(() => Need, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id' })
  need?: Need;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  offerId: string | null;

  @ManyToOne(() => Offer, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'offer_id' })
  offer?: Offer;

  /** The need's organization. */
  @Index()
  @Column({ type: 'uuid' })
  needOrganizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_organization_id' })
  needOrganization?: Organization;

  /** The organization that answers the need (the offer's, or the responding one). */
  @Index()
  @Column({ type: 'uuid' })
  partnerOrganizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_organization_id' })
  partnerOrganization?: Organization;

  @Field(() => PartnershipStatus, { description: 'ACTIVE until either side ends it as COMPLETED or CANCELLED.' })
  @Column({ type: 'enum', enum: PartnershipStatus, enumName: 'partnership_status', default: PartnershipStatus.ACTIVE })
  status: PartnershipStatus;

  @Field(() => String, { nullable: true, description: 'What came of it, for reporting.' })
  @Column({ type: 'text', nullable: true })
  outcomeNote: string | null;

  @Field(() => Date, { nullable: true, description: 'When either side (or the hub) ended it as COMPLETED or CANCELLED; null while ACTIVE.' })
  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  /**
   * Which of its two organizations ended it (a member's or an API key's ending): null while
   * ACTIVE, when the hub ended it, and for an ending from before this was recorded that the
   * audit log could not tell (PartnershipEndedBy). Deleting either organization deletes the
   * partnership, so SET NULL only keeps a deletion from ever being refused for it.
   */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  endedByOrganizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'ended_by_organization_id' })
  endedByOrganization?: Organization;

  /** The hub ended it (its staff, a hub key or the bootstrap key), even staff who are also members of one side. */
  @Column({ type: 'boolean', default: false })
  endedByHub: boolean;

  @Field({ description: 'When it was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
