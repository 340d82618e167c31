import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateResolver } from 'graphql-scalars';
import { Column, Entity, Index } from 'typeorm';
import { Sector } from '../organizations/sector.enum';
import { Posting } from '../postings/posting.entity';
import { NeedKind, NeedStatus } from './need.enums';

@ObjectType({ description: 'A need (potreba) posted by an organization: what it is looking for, where and when.' })
@Entity('need')
@Index('need_created_at_id_idx', ['createdAt', 'id'])
@Index('need_organization_external_id_key', ['organizationId', 'externalId'], { unique: true, where: '"external_id" IS NOT NULL' })
@Index('need_theme_codes_gin', { synchronize: false })
@Index('need_resource_types_gin', { synchronize: false })
@Index('need_search_trgm', { synchronize: false })
@Index('need_match_terms_gin', { synchronize: false })
@Index('need_match_theme_codes_gin', { synchronize: false })
export class Need extends Posting {
  // The need's search stems and themes (Posting.matchTerms, matchThemeCodes) as hashed keys
  // (match_key_ids in SQL), for the fast overlap count of an offer's candidate-need query.
  // An offer has none: a need's candidate offers are ranked in memory (offer-search.index.ts).
  @Column({ type: 'integer', array: true, nullable: true, select: false })
  matchTermIds: number[] | null;

  @Column({ type: 'integer', array: true, nullable: true, select: false })
  matchThemeIds: number[] | null;

  @Field(() => NeedKind, { description: 'A local challenge, a public service or a call for partners.' })
  @Column({ type: 'enum', enum: NeedKind, enumName: 'need_kind', default: NeedKind.LOCAL_CHALLENGE })
  kind: NeedKind;

  @Field(() => DateResolver, { nullable: true, description: 'First day; null is open-ended.' })
  @Column({ type: 'date', nullable: true })
  startsOn: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'Last day; null is open-ended.' })
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @Field(() => DateResolver, {
    nullable: true,
    description:
      'Answers are welcome until the end of this day, Slovenian time; after it respondToNeed is refused (CONFLICT, reason RESPONSES_CLOSED) ' +
      'and needs(filter: { openForResponses: true }) leaves the need out, while it stays OPEN. Null: until the need closes.',
  })
  @Column({ type: 'date', nullable: true })
  respondBy: string | null;

  @Field(() => Int, { nullable: true, description: 'Budget in EUR; null is unknown.' })
  @Column({ type: 'int', nullable: true })
  budgetEur: number | null;

  @Field(() => [Sector], { description: 'Sectors the owner prefers as partners; empty means any.' })
  @Column({ type: 'enum', enum: Sector, enumName: 'sector', array: true, default: () => "'{}'" })
  preferredSectors: Sector[];

  @Field(() => NeedStatus, { description: 'Where the need is in its life: only OPEN needs are matched and answered.' })
  @Index()
  @Column({ type: 'enum', enum: NeedStatus, enumName: 'need_status', default: NeedStatus.OPEN })
  status: NeedStatus;

  @Field(() => Date, { nullable: true, description: 'When the matching engine last finished scoring this need.' })
  declare lastMatchedAt: Date | null;
}
