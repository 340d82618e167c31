import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../common/pagination/connection.type';
import { Offer } from './offer.entity';

@ObjectType({ description: 'A page of offers (a Relay connection), newest first.' })
export class OfferConnection extends ConnectionType(Offer) {}
