import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../common/pagination/connection.type';
import { Need } from './need.entity';

@ObjectType({ description: 'A page of needs (a Relay connection), newest first.' })
export class NeedConnection extends ConnectionType(Need) {}
