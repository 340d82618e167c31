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
import { CreateNeedInput } from './dto/create-need.input';
import { NeedFilter } from './dto/need-filter.input';
import { UpdateNeedInput } from './dto/update-need.input';
import { NeedKind, NeedStatus } from './need.enums';
import { Need } from './need.entity';

@Injectable()
export class NeedsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Need) private readonly needs: Repository<Need>,
    private readonly organizations: OrganizationsService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  /** Stores the need, OPEN at once, with its outbox event in the same transaction. */
  async create(principal: Principal, input: CreateNeedInput): Promise<Need> {
    principal.assertMemberOf(input.organizationId);
    await this.organizations.get(input.organizationId);
    return this.dataSource.transaction(async (manager) => {
      const need = await manager.save(
        manager.create(Need, {
          organizationId: input.organizationId,
          title: input.title,
          description: input.description,
          kind: input.kind ?? NeedKind.LOCAL_CHALLENGE,
          themeCodes: input.themeCodes ?? [],
          resourceTypes: input.resourceTypes,
          municipalityCode: input.municipalityCode,
          startsOn: toIsoDate(input.startsOn),
          endsOn: toIsoDate(input.endsOn),
          respondBy: toIsoDate(input.respondBy),
          budgetEur: input.budgetEur ?? null,
          preferredSectors: input.preferredSectors ?? [],
          status: NeedStatus.OPEN,
        }),
      );
      await this.outbox.add(manager, 'need', need.id, 'need.created');
      await this.audit.record(manager, principal, {
        action: 'need.create',
        entityType: 'need',
        entityId: need.id,
        organizationId: need.organizationId,
        changes: { title: need.title },
      });
      return need;
    });
  }

  async update(principal: Principal, input: UpdateNeedInput): Promise<Need> {
    return this.dataSource.transaction(async (manager) => {
      const need = await this.lockForChange(manager, principal, input.id);
      if (need.status !== NeedStatus.OPEN && need.status !== NeedStatus.DRAFT) {
        throw new ConflictError(`Need ${need.id} is ${need.status} and can no longer be changed.`);
      }
      const { id: _id, startsOn, endsOn, respondBy, ...rest } = input;
      const changes: Partial<Need> = { ...rest } as Partial<Need>;
      if (startsOn !== undefined) changes.startsOn = toIsoDate(startsOn);
      if (endsOn !== undefined) changes.endsOn = toIsoDate(endsOn);
      if (respondBy !== undefined) changes.respondBy = toIsoDate(respondBy);
      if (rest.themeCodes === null) changes.themeCodes = [];
      if (rest.preferredSectors === null) changes.preferredSectors = [];
      if (rest.kind === null) changes.kind = NeedKind.LOCAL_CHALLENGE;
      for (const required of ['title', 'description', 'resourceTypes', 'municipalityCode'] as const) {
        if (input[required] === null) throw BadUserInputError.field(required, 'cannot be cleared');
      }
      const merged = { ...need, ...changes };
      if (merged.startsOn && merged.endsOn && merged.endsOn < merged.startsOn) {
        throw BadUserInputError.field('endsOn', 'must not be before startsOn');
      }
      Object.assign(need, changes);
      const saved = await manager.save(need);
      await this.outbox.add(manager, 'need', need.id, 'need.updated');
      await this.audit.record(manager, principal, {
        action: 'need.update',
        entityType: 'need',
        entityId: need.id,
        organizationId: need.organizationId,
        changes: { fields: Object.keys(changes) },
      });
      return saved;
    });
  }

  /** The owner withdraws the need: it is no longer matched or suggested. */
  async close(principal: Principal, id: string): Promise<Need> {
    return this.dataSource.transaction(async (manager) => {
      const need = await this.lockForChange(manager, principal, id);
      if (need.status === NeedStatus.CLOSED) return need;
      need.status = NeedStatus.CLOSED;
      const saved = await manager.save(need);
      await this.outbox.add(manager, 'need', need.id, 'need.closed');
      await this.audit.record(manager, principal, {
        action: 'need.close',
        entityType: 'need',
        entityId: need.id,
        organizationId: need.organizationId,
      });
      return saved;
    });
  }

  // Loaded and locked in the changing transaction: a close or an expiry running at the same
  // time cannot be overwritten by a stale copy.
  private async lockForChange(manager: EntityManager, principal: Principal, id: string): Promise<Need> {
    const need = await manager.findOne(Need, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!need) throw new NotFoundError('Need', id);
    principal.assertMemberOf(need.organizationId);
    return need;
  }

  async get(id: string): Promise<Need> {
    const need = await this.needs.findOneBy({ id });
    if (!need) throw new NotFoundError('Need', id);
    return need;
  }

  findById(id: string): Promise<Need | null> {
    return this.needs.findOneBy({ id });
  }

  list(filter: NeedFilter | null | undefined, page: ConnectionArgs): Promise<Connection<Need>> {
    const query = this.needs.createQueryBuilder('need');
    whereIn(query, 'need.municipalityCode', filter?.municipalityCodes);
    whereIn(query, 'need.status', filter?.statuses);
    whereIn(query, 'need.kind', filter?.kinds);
    if (filter?.organizationId) query.andWhere('need.organizationId = :organizationId', { organizationId: filter.organizationId });
    whereOverlaps(query, 'need.themeCodes', filter?.themeCodes && withSubThemes(filter.themeCodes));
    whereOverlaps(query, 'need.resourceTypes', filter?.resourceTypes, 'resource_type[]');
    whereTextContains(query, `need.title || ' ' || need.description`, filter?.text);
    return paginate(query, page);
  }

  /** The request's batched need lookup. */
  loader(loaders: RequestLoaders): DataLoader<string, Need | null> {
    return loaders.get('needById', () => byIdLoader((ids) => this.needs.findBy({ id: In([...ids]) })));
  }
}
