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
import { Sector } from '../organizations/sector.enum';
import { Municipality } from '../reference-data/municipality.entity';
import { ResourceType } from '../reference-data/resource-type.enum';
import { NeedKind, NeedStatus } from './need.enums';

@ObjectType({ description: 'A need (potreba) posted by an organization: what it is looking for, where and when.' })
@Entity('need')
@Index('need_created_at_id_idx', ['createdAt', 'id'])
@Index('need_theme_codes_gin', { synchronize: false })
@Index('need_resource_types_gin', { synchronize: false })
@Index('need_search_trgm', { synchronize: false })
@Index('need_match_terms_gin', { synchronize: false })
@Index('need_match_theme_codes_gin', { synchronize: false })
export class Need {
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

  @Field(() => NeedKind)
  @Column({ type: 'enum', enum: NeedKind, enumName: 'need_kind', default: NeedKind.LOCAL_CHALLENGE })
  kind: NeedKind;

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

  @Field(() => DateResolver, { nullable: true, description: 'First day; null is open-ended.' })
  @Column({ type: 'date', nullable: true })
  startsOn: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'Last day; null is open-ended.' })
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'Answers are welcome until this day.' })
  @Column({ type: 'date', nullable: true })
  respondBy: string | null;

  @Field(() => Int, { nullable: true, description: 'Budget in EUR; null is unknown.' })
  @Column({ type: 'int', nullable: true })
  budgetEur: number | null;

  @Field(() => [Sector], { description: 'Sectors the owner prefers as partners; empty means any.' })
  @Column({ type: 'enum', enum: Sector, enumName: 'sector', array: true, default: () => "'{}'" })
  preferredSectors: Sector[];

  @Field(() => NeedStatus)
  @Index()
  @Column({ type: 'enum', enum: NeedStatus, enumName: 'need_status', default: NeedStatus.OPEN })
  status: NeedStatus;

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

  @Field(() => Date, { nullable: true, description: "When the matching engine last finished scoring this need." })
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
