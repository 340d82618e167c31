import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Principal } from '../auth/principal';
import { RequestLoaders } from '../common/dataloader/request-loaders';
import { whereIn } from '../common/filtering/query-filters';
import { Connection, ConnectionArgs } from '../common/pagination/connection.type';
import { toIsoDate } from '../common/validation/dates';
import { PostingType } from '../postings/posting-type';
import { PostingsService } from '../postings/postings.service';
import { CreateOfferInput } from './dto/create-offer.input';
import { OfferFilter } from './dto/offer-filter.input';
import { UpdateOfferInput } from './dto/update-offer.input';
import { OfferStatus, Reach } from './offer.enums';
import { Offer } from './offer.entity';

const OFFER: PostingType<Offer> = {
  name: 'offer',
  entity: Offer,
  period: ['availableFrom', 'availableUntil'],
  changeableIn: [OfferStatus.OPEN],
  whenCleared: { serviceAreaCodes: [], reach: Reach.LOCAL },
};

@Injectable()
export class OffersService {
  constructor(private readonly postings: PostingsService) {}

  /** Stores the offer, OPEN at once, with its outbox event in the same transaction. */
  create(principal: Principal, input: CreateOfferInput): Promise<Offer> {
    return this.postings.create(OFFER, principal, {
      organizationId: input.organizationId,
      title: input.title,
      description: input.description,
      themeCodes: input.themeCodes ?? [],
      resourceTypes: input.resourceTypes,
      municipalityCode: input.municipalityCode,
      reach: input.reach ?? Reach.LOCAL,
      serviceAreaCodes: input.serviceAreaCodes ?? [],
      availableFrom: toIsoDate(input.availableFrom),
      availableUntil: toIsoDate(input.availableUntil),
      valueEur: input.valueEur ?? null,
      capacity: input.capacity ?? null,
      status: OfferStatus.OPEN,
    });
  }

  update(principal: Principal, input: UpdateOfferInput): Promise<Offer> {
    return this.postings.update(OFFER, principal, input);
  }

  /** The owner withdraws the offer: it is no longer matched or suggested. */
  close(principal: Principal, id: string): Promise<Offer> {
    return this.postings.close(OFFER, principal, id, OfferStatus.CLOSED);
  }

  get(id: string): Promise<Offer> {
    return this.postings.get(OFFER, id);
  }

  findById(id: string): Promise<Offer | null> {
    return this.postings.findById(OFFER, id);
  }

  list(filter: OfferFilter | null | undefined, page: ConnectionArgs): Promise<Connection<Offer>> {
    return this.postings.list(OFFER, filter, page, (query, { reaches }) => whereIn(query, 'offer.reach', reaches));
  }

  /** The request's batched offer lookup. */
  loader(loaders: RequestLoaders): DataLoader<string, Offer | null> {
    return this.postings.loader(OFFER, loaders);
  }
}
