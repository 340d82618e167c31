import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PostingFilter } from '../../postings/dto/posting-filter.input';
import { NeedKind, NeedStatus } from '../need.enums';

@InputType({ description: 'All given conditions must hold; a list matches any of its values.' })
export class NeedFilter extends PostingFilter {
  @Field(() => [NeedStatus], { nullable: true, description: 'Needs in any of these statuses; left out or empty: every status.' })
  @IsOptional()
  @IsEnum(NeedStatus, { each: true })
  statuses?: NeedStatus[] | null;

  @Field(() => [NeedKind], { nullable: true, description: 'Needs of any of these kinds; left out or empty: every kind.' })
  @IsOptional()
  @IsEnum(NeedKind, { each: true })
  kinds?: NeedKind[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only needs that take responses now (OPEN, and respondBy null or not yet past: today in Slovenia still counts), ' +
      'as respondToNeed does; false: only those that do not. Left out: both.',
  })
  @IsOptional()
  @IsBoolean()
  openForResponses?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only needs with at least one response waiting for an answer (PENDING); false: only needs with none; left out: both. ' +
      "Only with the reader's own organizationId, or for the hub (those who read Need.responses); FORBIDDEN otherwise.",
  })
  @IsOptional()
  @IsBoolean()
  hasPendingResponses?: boolean | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only needs this organization responded to (respondToNeed), whatever became of its response: what it answered, read with ownResponse(organizationId). ' +
      "For that organization's members and the hub; FORBIDDEN otherwise.",
  })
  @IsOptional()
  @IsUUID()
  respondedByOrganizationId?: string | null;
}
