import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { byIdLoader, RequestLoaders } from '../common/dataloader/request-loaders';
import { AuditService } from '../audit/audit.service';
import { Principal } from '../auth/principal';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors/domain-errors';
import { whereIn, whereOverlaps, whereTextContains, withSubThemes } from '../common/filtering/query-filters';
import { Connection, ConnectionArgs } from '../common/pagination/connection.type';
import { paginate } from '../common/pagination/paginate';
import { toIsoDate } from '../common/validation/dates';
import { OrganizationsService } from '../organizations/organizations.service';
import { OutboxService } from '../outbox/outbox.service';
import { CreateOfferInput } from './dto/create-offer.input';
import { OfferFilter } from './dto/offer-filter.input';
import { UpdateOfferInput } from './dto/update-offer.input';
import { OfferStatus, Reach } from './offer.enums';
import { Offer } from './offer.entity';

@Injectable()
export class OffersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Offer) private readonly offers: Repository<Offer>,
    private readonly organizations: OrganizationsService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  /** Stores the offer, OPEN at once, with its outbox event in the same transaction. */
  async create(principal: Principal, input: CreateOfferInput): Promise<Offer> {
    principal.assertMemberOf(input.organizationId);
    await this.organizations.get(input.organizationId);
    return this.dataSource.transaction(async (manager) => {
      const offer = await manager.save(
        manager.create(Offer, {
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
        }),
      );
      await this.outbox.add(manager, 'offer', offer.id, 'offer.created');
      await this.audit.record(manager, principal, {
        action: 'offer.create',
        entityType: 'offer',
        entityId: offer.id,
        organizationId: offer.organizationId,
        changes: { title: offer.title },
      });
      return offer;
    });
  }

  async update(principal: Principal, input: UpdateOfferInput): Promise<Offer> {
    return this.dataSource.transaction(async (manager) => {
      const offer = await this.lockForChange(manager, principal, input.id);
      if (offer.status !== OfferStatus.OPEN) {
        throw new ConflictError(`Offer ${offer.id} is ${offer.status} and can no longer be changed.`);
      }
      const { id: _id, availableFrom, availableUntil, ...rest } = input;
      const changes: Partial<Offer> = { ...rest } as Partial<Offer>;
      if (availableFrom !== undefined) changes.availableFrom = toIsoDate(availableFrom);
      if (availableUntil !== undefined) changes.availableUntil = toIsoDate(availableUntil);
      if (rest.themeCodes === null) changes.themeCodes = [];
      if (rest.serviceAreaCodes === null) changes.serviceAreaCodes = [];
      if (rest.reach === null) changes.reach = Reach.LOCAL;
      for (const required of ['title', 'description', 'resourceTypes', 'municipalityCode'] as const) {
        if (input[required] === null) throw BadUserInputError.field(required, 'cannot be cleared');
      }
      const merged = { ...offer, ...changes };
      if (merged.availableFrom && merged.availableUntil && merged.availableUntil < merged.availableFrom) {
        throw BadUserInputError.field('availableUntil', 'must not be before availableFrom');
      }
      Object.assign(offer, changes);
      const saved = await manager.save(offer);
      await this.outbox.add(manager, 'offer', offer.id, 'offer.updated');
      await this.audit.record(manager, principal, {
        action: 'offer.update',
        entityType: 'offer',
        entityId: offer.id,
        organizationId: offer.organizationId,
        changes: { fields: Object.keys(changes) },
      });
      return saved;
    });
  }

  /** The owner withdraws the offer: it is no longer matched or suggested. */
  async close(principal: Principal, id: string): Promise<Offer> {
    return this.dataSource.transaction(async (manager) => {
      const offer = await this.lockForChange(manager, principal, id);
      if (offer.status === OfferStatus.CLOSED) return offer;
      offer.status = OfferStatus.CLOSED;
      const saved = await manager.save(offer);
      await this.outbox.add(manager, 'offer', offer.id, 'offer.closed');
      await this.audit.record(manager, principal, {
        action: 'offer.close',
        entityType: 'offer',
        entityId: offer.id,
        organizationId: offer.organizationId,
      });
      return saved;
    });
  }

  // Loaded and locked in the changing transaction: a close or an expiry running at the same
  // time cannot be overwritten by a stale copy.
  private async lockForChange(manager: EntityManager, principal: Principal, id: string): Promise<Offer> {
    const offer = await manager.findOne(Offer, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!offer) throw new NotFoundError('Offer', id);
    principal.assertMemberOf(offer.organizationId);
    return offer;
  }

  async get(id: string): Promise<Offer> {
    const offer = await this.offers.findOneBy({ id });
    if (!offer) throw new NotFoundError('Offer', id);
    return offer;
  }

  findById(id: string): Promise<Offer | null> {
    return this.offers.findOneBy({ id });
  }

  list(filter: OfferFilter | null | undefined, page: ConnectionArgs): Promise<Connection<Offer>> {
    const query = this.offers.createQueryBuilder('offer');
    whereIn(query, 'offer.municipalityCode', filter?.municipalityCodes);
    whereIn(query, 'offer.status', filter?.statuses);
    whereIn(query, 'offer.reach', filter?.reaches);
    if (filter?.organizationId) query.andWhere('offer.organizationId = :organizationId', { organizationId: filter.organizationId });
    whereOverlaps(query, 'offer.themeCodes', filter?.themeCodes && withSubThemes(filter.themeCodes));
    whereOverlaps(query, 'offer.resourceTypes', filter?.resourceTypes, 'resource_type[]');
    whereTextContains(query, `offer.title || ' ' || offer.description`, filter?.text);
    return paginate(query, page);
  }

  /** The request's batched offer lookup. */
  loader(loaders: RequestLoaders): DataLoader<string, Offer | null> {
    return loaders.get('offerById', () => byIdLoader((ids) => this.offers.findBy({ id: In([...ids]) })));
  }
}
