import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Principal } from '../auth/principal';
import { byIdLoader, RequestLoaders } from '../common/dataloader/request-loaders';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../common/errors/domain-errors';
import { uniqueViolations, violatedUniqueKey } from '../common/errors/unique-keys';
import { whereIn, whereOverlaps, whereTextContains, withSubThemes } from '../common/filtering/query-filters';
import { ConnectionArgs, Connection } from '../common/pagination/connection.type';
import { PageOptions, paginate } from '../common/pagination/paginate';
import { CreateOrganizationInput } from './dto/create-organization.input';
import { OrganizationFilter } from './dto/organization-filter.input';
import { UpdateOrganizationInput } from './dto/update-organization.input';
import { Organization } from './organization.entity';

const IDENTITY_FIELDS = ['name', 'registrationNumber', 'taxNumber'] as const;

// The unique indexes on the registry numbers (organization.entity.ts), by the input field each holds.
const NUMBER_KEYS = { taxNumber: 'organization_tax_number_key', registrationNumber: 'organization_registration_number_key' } as const;
type RegistryNumbers = { [field in keyof typeof NUMBER_KEYS]?: string | null };

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
    private readonly audit: AuditService,
  ) {}

  async create(principal: Principal, input: CreateOrganizationInput): Promise<Organization> {
    principal.assertHub();
    return this.refusingTakenNumbers(input, null, () =>
      this.dataSource.transaction(async (manager) => {
        const organization = await manager.save(
          manager.create(Organization, {
            name: input.name,
            sector: input.sector,
            municipalityCode: input.municipalityCode,
            description: input.description ?? null,
            themeCodes: input.themeCodes ?? [],
            email: input.email ?? null,
            contactName: input.contactName ?? null,
            phone: input.phone ?? null,
            website: input.website ?? null,
            registrationNumber: input.registrationNumber ?? null,
            taxNumber: input.taxNumber ?? null,
          }),
        );
        await this.audit.record(manager, principal, {
          action: 'organization.create',
          entityType: 'organization',
          entityId: organization.id,
          organizationId: organization.id,
          changes: { name: input.name, sector: input.sector, municipalityCode: input.municipalityCode },
        });
        return organization;
      }),
    );
  }

  async update(principal: Principal, input: UpdateOrganizationInput): Promise<Organization> {
    const { id, ...changes } = input;
    for (const required of ['name', 'municipalityCode'] as const) {
      if (input[required] === null) throw BadUserInputError.field(required, 'cannot be cleared', { constraint: 'isNotEmpty' });
    }
    return this.refusingTakenNumbers(changes, id, () =>
      this.dataSource.transaction(async (manager) => {
        const organization = await this.lockForChange(manager, id);
        principal.assertAdminOf(organization.id);
        // The hub verified who the organization is: a new name or registry number needs a new check.
        const identityChanged = IDENTITY_FIELDS.some((field) => changes[field] !== undefined && changes[field] !== organization[field]);
        Object.assign(organization, changes, changes.themeCodes === null ? { themeCodes: [] } : {});
        if (identityChanged && !principal.hub) organization.verified = false;
        const saved = await manager.save(organization);
        await this.audit.record(manager, principal, {
          action: 'organization.update',
          entityType: 'organization',
          entityId: organization.id,
          organizationId: organization.id,
          changes: { fields: Object.keys(changes), verified: organization.verified },
        });
        return saved;
      }),
    );
  }

  /**
   * Runs a write that may give an organization registry numbers another one has. The unique
   * indexes decide (two organizations written at once with one number: one of them gets the
   * CONFLICT), but PostgreSQL names only the first key it ran into: after the refused write,
   * the numbers are looked up, so that the CONFLICT names every one taken (isUnique each).
   * `ownId`: the organization written, whose own numbers are not taken.
   */
  private async refusingTakenNumbers<T>(numbers: RegistryNumbers, ownId: string | null, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const key = violatedUniqueKey(error);
      if (!key || !Object.values<string>(NUMBER_KEYS).includes(key)) throw error;
      const [taken] = (await this.dataSource.query(
        `SELECT coalesce(bool_or(tax_number = $1), false) AS "taxNumber", coalesce(bool_or(registration_number = $2), false) AS "registrationNumber"
           FROM organization WHERE (tax_number = $1 OR registration_number = $2) AND id IS DISTINCT FROM $3::uuid`,
        [numbers.taxNumber ?? null, numbers.registrationNumber ?? null, ownId],
      )) as Record<keyof typeof NUMBER_KEYS, boolean>[];
      // The key PostgreSQL named always: its organization may have changed its number since.
      const keys = (Object.keys(NUMBER_KEYS) as (keyof typeof NUMBER_KEYS)[]).filter((field) => NUMBER_KEYS[field] === key || taken[field]).map((field) => NUMBER_KEYS[field]);
      throw uniqueViolations(keys);
    }
  }

  async setVerified(principal: Principal, id: string, verified: boolean): Promise<Organization> {
    principal.assertHub();
    return this.dataSource.transaction(async (manager) => {
      const organization = await this.lockForChange(manager, id);
      organization.verified = verified;
      const saved = await manager.save(organization);
      await this.audit.record(manager, principal, {
        action: 'organization.verify',
        entityType: 'organization',
        entityId: id,
        organizationId: id,
        changes: { verified },
      });
      return saved;
    });
  }

  // Loaded and locked in the changing transaction, so concurrent changes do not undo each other.
  private async lockForChange(manager: EntityManager, id: string): Promise<Organization> {
    const organization = await manager.findOne(Organization, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!organization) throw new NotFoundError('Organization', id);
    return organization;
  }

  async get(id: string): Promise<Organization> {
    const organization = await this.organizations.findOneBy({ id });
    if (!organization) throw new NotFoundError('Organization', id);
    return organization;
  }

  findById(id: string): Promise<Organization | null> {
    return this.organizations.findOneBy({ id });
  }

  list(
    principal: Principal,
    filter: OrganizationFilter | null | undefined,
    page: ConnectionArgs,
    options: PageOptions = {},
  ): Promise<Connection<Organization>> {
    // Who has members is the hub's business, like memberCount: the filter must not reveal it to others.
    if (filter?.hasMembers != null && !principal.hub) throw new ForbiddenError('Only the hub staff may filter organizations by hasMembers; leave it out to list them.');
    const query = this.organizations.createQueryBuilder('organization');
    whereIn(query, 'organization.municipalityCode', filter?.municipalityCodes);
    whereIn(query, 'organization.sector', filter?.sectors);
    whereOverlaps(query, 'organization.themeCodes', filter?.themeCodes && withSubThemes(filter.themeCodes));
    whereTextContains(query, `organization.name || ' ' || coalesce(organization.description, '')`, filter?.text);
    if (filter?.verified != null) query.andWhere('organization.verified = :verified', { verified: filter.verified });
    if (filter?.hasMembers != null) {
      const members = 'SELECT 1 FROM membership WHERE membership.organization_id = organization.id';
      query.andWhere(filter.hasMembers ? `EXISTS (${members})` : `NOT EXISTS (${members})`);
    }
    return paginate(query, page, options);
  }

  /** The request's batched member counts (0 for an organization without members): one query for a page. */
  memberCountLoader(loaders: RequestLoaders): DataLoader<string, number> {
    return loaders.get('organizationMemberCount', () =>
      new DataLoader<string, number>(async (ids) => {
        const rows: { organization_id: string; count: number }[] = await this.dataSource.query(
          'SELECT organization_id, count(*)::int AS count FROM membership WHERE organization_id = ANY($1) GROUP BY organization_id',
          [[...ids]],
        );
        const counts = new Map(rows.map((row) => [row.organization_id, row.count]));
        return ids.map((id) => counts.get(id) ?? 0);
      }),
    );
  }

  /** The request's batched organization lookup, for every resolver that shows an organization. */
  loader(loaders: RequestLoaders): DataLoader<string, Organization | null> {
    return loaders.get('organizationById', () =>
      byIdLoader((ids) => this.organizations.findBy({ id: In([...ids]) })),
    );
  }
}
