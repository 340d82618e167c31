import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { EntityManager } from 'typeorm';
import { Principal } from '../auth/principal';
import { RequestLoaders } from '../common/dataloader/request-loaders';
import { Connection, ConnectionArgs } from '../common/pagination/connection.type';
import { PageOptions } from '../common/pagination/paginate';
import { toIsoDate } from '../common/validation/dates';
import { PostingType } from '../postings/posting-type';
import { whereAny } from '../postings/posting-filter';
import { NewPosting, PostingReadOptions, PostingsService } from '../postings/postings.service';
import { CreateOfferInput } from './dto/create-offer.input';
import { OfferFilter } from './dto/offer-filter.input';
import { UpdateOfferInput } from './dto/update-offer.input';
import { OfferStatus, Reach } from './offer.enums';
import { Offer } from './offer.entity';

const OFFER: PostingType<Offer> = {
  name: 'offer',
  entity: Offer,
  period: ['availableFrom', 'availableUntil'],
  // No notPast (a need has it): the labelled sets in eval/, which eval-matching.mjs posts
  // with createOffer, hold offers that ended on purpose, to show they are not suggested.
  changeableIn: [OfferStatus.OPEN],
  whenCleared: { serviceAreaCodes: [], reach: Reach.LOCAL },
};

@Injectable()
export class OffersService {
  constructor(private readonly postings: PostingsService) {
    // As a need's: what the service checks of a day (none is notPast yet) is named with an input's other problems.
    postings.checkInputs(OFFER, { create: CreateOfferInput, update: UpdateOfferInput }, (input) => this.newValues(input));
  }

  /** Stores the offer, OPEN at once, with its outbox event and audit entry. */
  create(principal: Principal, input: CreateOfferInput): Promise<Offer> {
    return this.postings.create(OFFER, principal, this.newValues(input));
  }

  /** Stores up to MAX_POSTINGS_PER_CALL offers, all or none, each as create would; in the order given. */
  createMany(principal: Principal, inputs: CreateOfferInput[]): Promise<Offer[]> {
    return this.postings.createMany(OFFER, principal, inputs.map((input) => this.newValues(input)));
  }

  private newValues(input: CreateOfferInput): NewPosting<Offer> {
    return {
      organizationId: input.organizationId,
      title: input.title,
      externalId: input.externalId ?? null,
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
    };
  }

  update(principal: Principal, input: UpdateOfferInput): Promise<Offer> {
    return this.postings.update(OFFER, principal, input);
  }

  /** Applies up to MAX_POSTINGS_PER_CALL updates, all or none, each as update would; in the order given. */
  updateMany(principal: Principal, inputs: UpdateOfferInput[]): Promise<Offer[]> {
    return this.postings.updateMany(OFFER, principal, inputs);
  }

  /** The owner withdraws the offer: it is no longer matched or suggested. */
  close(principal: Principal, id: string): Promise<Offer> {
    return this.postings.close(OFFER, principal, id, OfferStatus.CLOSED);
  }

  /** OPEN offers whose availability ended before `today` become EXPIRED, in the caller's transaction; returns their ids. */
  async expireEnded(manager: EntityManager, today: string): Promise<string[]> {
    const [rows] = (await manager.query(
      `UPDATE offer SET status = 'EXPIRED', updated_at = now() WHERE status = 'OPEN' AND available_until < $1::date RETURNING id`,
      [today],
    )) as [{ id: string }[], number];
    await this.postings.recordChanges(manager, OFFER, null, 'expire', rows.map(({ id }) => ({ id, details: { today } })));
    return rows.map(({ id }) => id);
  }

  /**
   * Locks the offer until the caller's transaction ends, so that two partnerships formed at
   * once cannot both take its last place; null when there is no such offer.
   */
  async lockForPartnership(
    manager: EntityManager,
    offerId: string,
  ): Promise<Pick<Offer, 'status' | 'capacity' | 'activePartnerships'> | null> {
    const offer = await manager.findOne(Offer, {
      select: { id: true, status: true, capacity: true, activePartnerships: true },
      where: { id: offerId },
      lock: { mode: 'pessimistic_write' },
    });
    return offer && { status: offer.status, capacity: offer.capacity, activePartnerships: offer.activePartnerships };
  }

  /** A partnership was formed with the offer: one place less, and matching re-scores it. */
  async partnershipFormed(manager: EntityManager, offerId: string): Promise<void> {
    // updated_at stays: the offer's owner did not change it.
    await manager.query(`UPDATE offer SET active_partnerships = active_partnerships + 1 WHERE id = $1`, [offerId]);
    await this.postings.recordPartnership(manager, OFFER, offerId, 'partnered');
  }

  /** A partnership with the offer ended: its place is free again, and matching re-scores it. */
  async partnershipEnded(manager: EntityManager, offerId: string): Promise<void> {
    await manager.query(`UPDATE offer SET active_partnerships = greatest(active_partnerships - 1, 0) WHERE id = $1`, [offerId]);
    await this.postings.recordPartnership(manager, OFFER, offerId, 'partnership_ended');
  }

  get(id: string): Promise<Offer> {
    return this.postings.get(OFFER, id);
  }

  findById(id: string, options: PostingReadOptions = {}): Promise<Offer | null> {
    return this.postings.findById(OFFER, id, options);
  }

  list(filter: OfferFilter | null | undefined, page: ConnectionArgs, options: PageOptions = {}): Promise<Connection<Offer>> {
    return this.postings.list(OFFER, filter, page, (where, rows, alias, { reaches }) => whereAny(where, rows, alias, 'reach', reaches), options);
  }

  /** The request's batched offer lookup. */
  loader(loaders: RequestLoaders): DataLoader<string, Offer | null> {
    return this.postings.loader(OFFER, loaders);
  }
}
