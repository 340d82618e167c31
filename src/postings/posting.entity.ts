import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Organization } from '../organizations/organization.entity';
import { Municipality } from '../reference-data/municipality.entity';
import { municipalityOf, themesOf } from '../reference-data/reference-lookups';
import { ResourceType } from '../reference-data/resource-type.enum';
import { Theme } from '../reference-data/theme.entity';

/**
 * The columns a need and an offer both have: who posts it, what it is about, where, and
 * what the matching worker derived from its text. Each subclass is its own table; the
 * names of the columns, foreign keys and indexes come out as if declared there.
 */
@ObjectType({ isAbstract: true })
export abstract class Posting {
  @Field(() => ID, { description: 'Its id (a UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  organizationId: string;

  // Always loaded for GraphQL: PostingsService joins it into every read (lists, by id, the
  // batched lookups) and sets it on what its changes return.
  @Field(() => Organization, { description: 'The organization that posted it.' })
  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field({ description: 'A short title, as posted.' })
  @Column({ type: 'text' })
  title: string;

  // Unique per organization where set (each subclass's partial unique index). Its GraphQL
  // field is the posting organization's alone (ownExternalId, in each subclass's resolver):
  // a partner's own ids may be case or contract numbers.
  @Column({ type: 'text', nullable: true })
  externalId: string | null;

  @Field({ description: 'The full text, as posted, in Slovenian or English; matching reads it as well as the themes.' })
  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themeCodes: string[];

  @Field(() => [ResourceType], { description: 'What a need asks for, or what an offer gives; at least one.' })
  @Column({ type: 'enum', enum: ResourceType, enumName: 'resource_type', array: true })
  resourceTypes: ResourceType[];

  @Index()
  @Column({ type: 'char', length: 3 })
  municipalityCode: string;

  // The foreign key to the reference table. GraphQL's `municipality` (below) comes from the
  // reference data in memory.
  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_code' })
  municipalityRow?: Municipality;

  // Getters: for GraphQL plain fields, computed from the codes, with no resolver of their own.
  @Field(() => Municipality, { description: "Where a need is, or an offer's home municipality." })
  get municipality(): Municipality {
    return municipalityOf(this.municipalityCode);
  }

  @Field(() => [Theme], { description: 'Themes given by the poster (empty: inferred from the text when matching).' })
  get themes(): Theme[] {
    return themesOf(this.themeCodes);
  }

  // Written by the matching worker (stems and themes of the text, see src/matching/scoring):
  // what the candidate query searches with its GIN indexes. Null until first scored.
  @Column({ type: 'text', array: true, nullable: true, select: false })
  matchTerms: string[] | null;

  @Column({ type: 'text', array: true, nullable: true, select: false })
  matchThemeCodes: string[] | null;

  // Its GraphQL field is declared by each subclass, whose description names the side.
  @Column({ type: 'timestamptz', nullable: true })
  lastMatchedAt: Date | null;

  // When the scoring whose matches were last stored for it read it (its job's readStart): a
  // scoring that read it earlier and stores later changes nothing (MatchStoreService). Null
  // until first stored after the migration PostingMatchedReadAt.
  @Column({ type: 'timestamptz', nullable: true, select: false, insert: false, update: false })
  matchedReadAt: Date | null;

  // Millisecond precision, so that a JavaScript Date (and so a page cursor) is exact.
  @Field({ description: 'When it was posted.' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field({ description: 'When it last changed, its status included.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
