import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { ConnectionArgs } from '../../common/pagination/connection.type';
import { PartnershipStatus } from '../partnership.enums';

@ArgsType()
export class PartnershipsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: "The organization's partnerships, on either side; leave out for all of them (hub only)." })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @Field(() => [PartnershipStatus], { nullable: true, description: 'Partnerships in any of these statuses; left out or empty: every status.' })
  @IsOptional()
  @IsEnum(PartnershipStatus, { each: true })
  statuses?: PartnershipStatus[] | null;
}
