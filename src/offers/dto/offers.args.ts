import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '../../common/pagination/connection.type';
import { OfferFilter } from './offer-filter.input';

@ArgsType()
export class OffersArgs extends ConnectionArgs {
  @Field(() => OfferFilter, { nullable: true, description: 'Which offers to list; left out: all of them.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => OfferFilter)
  filter?: OfferFilter | null;
}
