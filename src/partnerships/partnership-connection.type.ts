import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../common/pagination/connection.type';
import { Partnership } from './partnership.entity';

@ObjectType({ description: 'A page of partnerships (a Relay connection), newest first.' })
export class PartnershipConnection extends ConnectionType(Partnership) {}
