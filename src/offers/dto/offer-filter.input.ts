import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { PostingFilter } from '../../postings/dto/posting-filter.input';
import { OfferStatus, Reach } from '../offer.enums';

@InputType({ description: 'All given conditions must hold; a list matches any of its values.' })
export class OfferFilter extends PostingFilter {
  // Only the description differs: an offer's municipality is its home, not where it serves.
  @Field(() => [String], { nullable: true, description: 'Offers whose home is one of these municipalities (3-digit codes, up to 212); the service area is not searched.' })
  declare municipalityCodes?: string[] | null;

  // PostingFilter's words fit needs (/calls lists the open calls of the others); offers are not calls.
  @Field(() => ID, { nullable: true, description: "Leave out this organization's own offers: only the other organizations' offers." })
  declare excludeOrganizationId?: string | null;

  @Field(() => [OfferStatus], { nullable: true, description: 'Offers in any of these statuses; left out or empty: every status.' })
  @IsOptional()
  @IsEnum(OfferStatus, { each: true })
  statuses?: OfferStatus[] | null;

  @Field(() => [Reach], { nullable: true, description: 'Offers with any of these reaches; left out or empty: every reach.' })
  @IsOptional()
  @IsEnum(Reach, { each: true })
  reaches?: Reach[] | null;
}
