import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateResolver } from 'graphql-scalars';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Organization } from '../organizations/organization.entity';
import { Municipality } from '../reference-data/municipality.entity';
import { ResourceType } from '../reference-data/resource-type.enum';
import { OfferStatus, Reach } from './offer.enums';

@ObjectType({
  description: 'An offer (ponudba): money, expertise, volunteers, equipment, premises or services an organization gives.',
})
@Entity('offer')
@Index('offer_created_at_id_idx', ['createdAt', 'id'])
@Index('offer_theme_codes_gin', { synchronize: false })
@Index('offer_resource_types_gin', { synchronize: false })
@Index('offer_service_area_codes_gin', { synchronize: false })
@Index('offer_search_trgm', { synchronize: false })
@Index('offer_match_terms_gin', { synchronize: false })
@Index('offer_match_theme_codes_gin', { synchronize: false })
export class Offer {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field()
  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themeCodes: string[];

  @Field(() => [ResourceType])
  @Column({ type: 'enum', enum: ResourceType, enumName: 'resource_type', array: true })
  resourceTypes: ResourceType[];

  @Index()
  @Column({ type: 'char', length: 3 })
  municipalityCode: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: Municipality;

  @Field(() => Reach)
  @Column({ type: 'enum', enum: Reach, enumName: 'reach', default: Reach.LOCAL })
  reach: Reach;

  @Column({ type: 'char', length: 3, array: true, default: () => "'{}'" })
  serviceAreaCodes: string[];

  @Field(() => DateResolver, { nullable: true, description: 'Available from this day; null is open-ended.' })
  @Column({ type: 'date', nullable: true })
  availableFrom: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'Available until this day; null is open-ended.' })
  @Column({ type: 'date', nullable: true })
  availableUntil: string | null;

  @Field(() => Int, { nullable: true, description: 'Value in EUR; null is unknown.' })
  @Column({ type: 'int', nullable: true })
  valueEur: number | null;

  @Field(() => Int, { nullable: true, description: 'How many partnerships it can serve at once; null is unlimited.' })
  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  @Field(() => OfferStatus)
  @Index()
  @Column({ type: 'enum', enum: OfferStatus, enumName: 'offer_status', default: OfferStatus.OPEN })
  status: OfferStatus;

  // Written by the matching worker (stems and themes of the text, see src/matching/scoring):
  // what the candidate query searches with its GIN indexes. Null until first scored.
  @Column({ type: 'text', array: true, nullable: true, select: false })
  matchTerms: string[] | null;

  @Column({ type: 'text', array: true, nullable: true, select: false })
  matchThemeCodes: string[] | null;

  // The same stems and themes as hashed keys (match_key_ids in SQL), for the candidate
  // query's fast overlap count.
  @Column({ type: 'integer', array: true, nullable: true, select: false })
  matchTermIds: number[] | null;

  @Column({ type: 'integer', array: true, nullable: true, select: false })
  matchThemeIds: number[] | null;

  @Field(() => Date, { nullable: true, description: 'When the matching engine last finished scoring this offer.' })
  @Column({ type: 'timestamptz', nullable: true })
  lastMatchedAt: Date | null;

  // Millisecond precision, so that a JavaScript Date (and so a page cursor) is exact.
  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
