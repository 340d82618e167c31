import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Need } from '../needs/need.entity';
import { Offer } from '../offers/offer.entity';
import { Organization } from '../organizations/organization.entity';

export enum ResponseStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
  CLOSED = 'CLOSED',
}

registerEnumType(ResponseStatus, {
  name: 'ResponseStatus',
  description:
    "PENDING until the need's owner accepts (a partnership forms) or declines it, the responding organization withdraws it, or the need stops being OPEN (CLOSED).",
  valuesMap: {
    PENDING: { description: "Waiting for the need's organization to accept or decline it." },
    ACCEPTED: { description: "Accepted by the need's organization (acceptResponse): a partnership formed." },
    DECLINED: { description: "Declined by the need's organization (declineResponse); the organization may respond again." },
    WITHDRAWN: { description: 'Withdrawn by the responding organization (withdrawResponse); it may respond again.' },
    CLOSED: {
      description:
        "The need stopped being OPEN before its organization answered (closed by its owner, expired, or PARTNERED through a suggestion or another response), so the response was not accepted; the responding organization is told (RESPONSE_CLOSED). It may respond again if the need is ever OPEN again. " +
        "A response of the organization the need was PARTNERED with through a suggestion is CLOSED too (the response is not what formed the partnership), and that organization is not told: Need.partnership's partnerOrganization is then the responding organization.",
    },
  },
});

/** An organization's direct answer to a need or a call: a message, optionally with one of its offers. */
@ObjectType({ description: "An organization's direct answer to a need or a call for partners." })
@Entity('response')
@Index('response_need_organization_key', ['needId', 'organizationId'], { unique: true, where: "status = 'PENDING'" })
export class Response {
  @Field(() => ID, { description: 'Its id (a UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  needId: string;

  @ManyToOne(() => Need, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id' })
  need?: Need;

  @Index()
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'uuid', nullable: true })
  offerId: string | null;

  @ManyToOne(() => Offer, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'offer_id' })
  offer?: Offer;

  @Field({ description: 'What the responding organization proposes, in its own words.' })
  @Column({ type: 'text' })
  message: string;

  @Field(() => ResponseStatus, { description: "PENDING until the need's organization accepts or declines it (or it is withdrawn, or closed with its need)." })
  @Column({ type: 'enum', enum: ResponseStatus, enumName: 'response_status', default: ResponseStatus.PENDING })
  status: ResponseStatus;

  @Field({ description: 'When it was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
