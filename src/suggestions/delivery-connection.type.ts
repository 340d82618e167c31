import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../common/pagination/connection.type';
import { Delivery } from './delivery.entity';

@ObjectType()
export class DeliveryConnection extends ConnectionType(Delivery) {}
