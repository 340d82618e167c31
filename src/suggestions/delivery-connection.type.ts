import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../common/pagination/connection.type';
import { Delivery } from './delivery.entity';

@ObjectType({ description: 'A page of deliveries (a Relay connection), newest first.' })
export class DeliveryConnection extends ConnectionType(Delivery) {}
