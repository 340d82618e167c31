import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../common/pagination/connection.type';
import { Offer } from './offer.entity';

@ObjectType()
export class OfferConnection extends ConnectionType(Offer) {}
