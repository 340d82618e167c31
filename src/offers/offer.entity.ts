import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateResolver } from 'graphql-scalars';
import { Column, Entity, Index } from 'typeorm';
import { Posting } from '../postings/posting.entity';
import { Municipality } from '../reference-data/municipality.entity';
import { municipalityOf } from '../reference-data/reference-lookups';
import { OfferStatus, Reach } from './offer.enums';

@ObjectType({
  description: 'An offer (ponudba): money, expertise, volunteers, equipment, premises or services an organization gives.',
})
@Entity('offer')
@Index('offer_created_at_id_idx', ['createdAt', 'id'])
@Index('offer_organization_external_id_key', ['organizationId', 'externalId'], { unique: true, where: '"external_id" IS NOT NULL' })
@Index('offer_theme_codes_gin', { synchronize: false })
@Index('offer_resource_types_gin', { synchronize: false })
@Index('offer_search_trgm', { synchronize: false })
@Index('offer_search_xid_idx', ['searchXid'])
export class Offer extends Posting {
  @Field(() => Reach, { description: 'Where the offer can serve, unless serviceArea is given.' })
  @Column({ type: 'enum', enum: Reach, enumName: 'reach', default: Reach.LOCAL })
  reach: Reach;

  @Column({ type: 'char', length: 3, array: true, default: () => "'{}'" })
  serviceAreaCodes: string[];

  @Field(() => [Municipality], { description: 'Explicit service area; empty when reach decides.' })
  get serviceArea(): Municipality[] {
    return this.serviceAreaCodes.map(municipalityOf);
  }

  @Field(() => DateResolver, { nullable: true, description: 'Available from this day; null is open-ended.' })
  @Column({ type: 'date', nullable: true })
  availableFrom: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'Available until this day; null is open-ended.' })
  @Column({ type: 'date', nullable: true })
  availableUntil: string | null;

  @Field(() => Int, { nullable: true, description: 'Value in EUR; null is unknown.' })
  @Column({ type: 'int', nullable: true })
  valueEur: number | null;

  @Field(() => Int, { nullable: true, description: 'How many partnerships it can serve at once, as posted; null is unlimited. What is left of it now: placesLeft.' })
  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  // Its partnerships still ACTIVE, kept by OffersService.partnershipFormed: matching reads the
  // remaining capacity from the offer without counting the partnership table.
  @Column({ type: 'integer', default: 0 })
  activePartnerships: number;

  // The transaction that last changed what the candidate search reads of the offer, set by
  // the offer_search_touch trigger (never by the application): the worker's in-memory offer
  // index reads the offers changed since its last read by it (offer-search.index.ts).
  @Column({ type: 'bigint', nullable: true, select: false, insert: false, update: false })
  searchXid: string | null;

  @Field(() => OfferStatus, { description: 'Where the offer is in its life: only OPEN offers are matched.' })
  @Index()
  @Column({ type: 'enum', enum: OfferStatus, enumName: 'offer_status', default: OfferStatus.OPEN })
  status: OfferStatus;

  @Field(() => Date, {
    nullable: true,
    description:
      "When the matching engine last finished scoring this offer against the open needs. rematchAll re-scores an offer's pairs from the needs' side and leaves this as it was.",
  })
  declare lastMatchedAt: Date | null;
}
