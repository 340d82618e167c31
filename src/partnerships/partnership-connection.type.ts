import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../common/pagination/connection.type';
import { Partnership } from './partnership.entity';

@ObjectType()
export class PartnershipConnection extends ConnectionType(Partnership) {}
