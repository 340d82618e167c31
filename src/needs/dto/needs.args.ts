import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '../../common/pagination/connection.type';
import { NeedFilter } from './need-filter.input';

@ArgsType()
export class NeedsArgs extends ConnectionArgs {
  @Field(() => NeedFilter, { nullable: true, description: 'Which needs to list; left out: all of them.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NeedFilter)
  filter?: NeedFilter | null;
}

@ArgsType()
export class NeedCountsArgs {
  @Field(() => NeedFilter, { nullable: true, description: 'Which needs to count, as needs takes it; left out: all of them.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NeedFilter)
  filter?: NeedFilter | null;
}
