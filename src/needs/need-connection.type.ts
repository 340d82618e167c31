import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../common/pagination/connection.type';
import { Need } from './need.entity';

@ObjectType()
export class NeedConnection extends ConnectionType(Need) {}
