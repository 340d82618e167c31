import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { ConnectionArgs, ConnectionType } from '../common/pagination/connection.type';
import { Partnership } from './partnership.entity';

@ObjectType()
export class PartnershipConnection extends ConnectionType(Partnership) {}

@ArgsType()
export class PartnershipsArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The organization on either side.' })
  @IsUUID()
  organizationId: string;
}
