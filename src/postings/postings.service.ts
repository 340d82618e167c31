import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, DeepPartial, EntityManager, FindOptionsWhere } from 'typeorm';
import { AuditChanges } from '../audit/audit-log-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Principal } from '../auth/principal';
import { byIdLoader, RequestLoaders } from '../common/dataloader/request-loaders';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors/domain-errors';
import { Connection, ConnectionArgs } from '../common/pagination/connection.type';
import { DEFAULT_PAGE_SIZE } from '../common/pagination/connection.type';
import { connectionOf, decodeCursor, PageOptions } from '../common/pagination/paginate';
import { EntityRows, SqlConditions, SqlReader } from '../common/sql/entity-rows';
import { Organization } from '../organizations/organization.entity';
import { toIsoDate } from '../common/validation/dates';
import { OrganizationsService } from '../organizations/organizations.service';
import { OutboxService } from '../outbox/outbox.service';
import { PostingFilter } from './dto/posting-filter.input';
import { postingConditions } from './posting-filter';
import { PostingType, PostingWithStatus } from './posting-type';

/** The changes a posting's owner or the system makes: audit action, and (past tense) outbox event. */
const EVENTS = { create: 'created', update: 'updated', close: 'closed', expire: 'expired' } as const;
export type PostingChange = keyof typeof EVENTS;

// Fields every posting has and an update may therefore not clear.
const REQUIRED = ['title', 'description', 'resourceTypes', 'municipalityCode'] as const;

/** An Update…Input: the posting's id, and its fields to change (left out: unchanged; null: cleared). */
export type PostingUpdateInput = { id: string } & { [field in (typeof REQUIRED)[number]]?: unknown };

/**
 * The steps needs and offers share. Every change ends the same way, in its transaction: the
 * row, an outbox event (matching re-scores the posting from it, posting never waits on
 * matching) and an audit entry. NeedsService and OffersService call these with their
 * PostingType and keep what only their side has.
 */
@Injectable()
export class PostingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {
    this.sql = new SqlReader(dataSource);
  }

  private readonly sql: SqlReader;
  private readonly selects = new Map<string, string>();

  /** Stores a new posting with its outbox event and audit entry in one transaction. */
  async create<T extends PostingWithStatus>(type: PostingType<T>, principal: Principal, values: DeepPartial<T> & { organizationId: string; title: string }): Promise<T> {
    principal.assertMemberOf(values.organizationId);
    const organization = await this.organizations.get(values.organizationId);
    const saved = await this.dataSource.transaction(async (manager) => {
      const posting = manager.create(type.entity, values);
      return this.save(manager, type, principal, posting, 'create', { title: values.title });
    });
    return Object.assign(saved, { organization });
  }

  /** Applies an update input (fields left out stay, null clears) to a posting that can still change. */
  async update<T extends PostingWithStatus>(type: PostingType<T>, principal: Principal, input: PostingUpdateInput): Promise<T> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const posting = await this.lockForChange(manager, type, principal, input.id);
      if (!type.changeableIn.includes(posting.status)) {
        throw new ConflictError(`${type.entity.name} ${posting.id} is ${posting.status} and can no longer be changed.`);
      }
      const { id: _id, ...fields } = input;
      const whenCleared: Record<string, unknown> = { themeCodes: [], ...type.whenCleared };
      const changes: Record<string, unknown> = {};
      for (const [field, value] of Object.entries(fields)) {
        if (value === undefined) continue;
        if (value === null && field in whenCleared) changes[field] = whenCleared[field];
        // GraphQL Dates arrive as Date, date columns hold yyyy-mm-dd.
        else changes[field] = value instanceof Date ? toIsoDate(value) : value;
      }
      for (const required of REQUIRED) if (input[required] === null) throw BadUserInputError.field(required, 'cannot be cleared');
      const [from, until] = type.period;
      const merged = { ...posting, ...changes } as T;
      if (merged[from] && merged[until] && merged[until] < merged[from]) throw BadUserInputError.field(until, `must not be before ${from}`);
      Object.assign(posting, changes);
      return this.save(manager, type, principal, posting, 'update', { fields: Object.keys(changes) });
    });
    return this.withOrganization(updated);
  }

  /** The owner withdraws the posting: it is no longer matched or suggested. */
  async close<T extends PostingWithStatus>(type: PostingType<T>, principal: Principal, id: string, closed: T['status']): Promise<T> {
    const posting = await this.dataSource.transaction(async (manager) => {
      const posting = await this.lockForChange(manager, type, principal, id);
      if (posting.status === closed) return posting;
      posting.status = closed;
      return this.save(manager, type, principal, posting, 'close');
    });
    return this.withOrganization(posting);
  }

  // What a change returns goes to GraphQL, whose Need.organization and Offer.organization
  // are the loaded relation (the row was locked without it).
  private async withOrganization<T extends PostingWithStatus>(posting: T): Promise<T> {
    return Object.assign(posting, { organization: await this.organizations.get(posting.organizationId) });
  }

  /** Saves the posting with its outbox event and audit entry, in the caller's transaction. */
  async save<T extends PostingWithStatus>(
    manager: EntityManager,
    type: PostingType<T>,
    actor: Principal | null,
    posting: T,
    change: PostingChange,
    details?: AuditChanges,
  ): Promise<T> {
    const saved = await manager.save(posting);
    await this.recordChange(manager, type, actor, saved.id, change, { organizationId: saved.organizationId, details });
    return saved;
  }

  /** The outbox event and audit entry of a change already written (by a bulk update, say). */
  async recordChange<T extends PostingWithStatus>(
    manager: EntityManager,
    type: PostingType<T>,
    actor: Principal | null,
    id: string,
    change: PostingChange,
    { organizationId, details }: { organizationId?: string; details?: AuditChanges } = {},
  ): Promise<void> {
    await this.outbox.add(manager, type.name, id, `${type.name}.${EVENTS[change]}`);
    await this.audit.record(manager, actor, { action: `${type.name}.${change}`, entityType: type.name, entityId: id, organizationId, changes: details });
  }

  /**
   * The outbox event of a partnership formed with the posting ('need.partnered'). Its audit
   * entry is the acceptance that formed it, recorded by the partnerships module.
   */
  async recordPartnership<T extends PostingWithStatus>(manager: EntityManager, type: PostingType<T>, id: string): Promise<void> {
    await this.outbox.add(manager, type.name, id, `${type.name}.partnered`);
  }

  // Loaded and locked in the changing transaction: a close or an expiry running at the same
  // time cannot be overwritten by a stale copy.
  private async lockForChange<T extends PostingWithStatus>(manager: EntityManager, type: PostingType<T>, principal: Principal, id: string): Promise<T> {
    const posting = await manager.findOne(type.entity, { where: { id } as FindOptionsWhere<T>, lock: { mode: 'pessimistic_write' } });
    if (!posting) throw new NotFoundError(type.entity.name, id);
    principal.assertMemberOf(posting.organizationId);
    return posting;
  }

  /** The posting with its organization (in the same statement: GraphQL shows them together). */
  async findById<T extends PostingWithStatus>(type: PostingType<T>, id: string): Promise<T | null> {
    const [row] = await this.sql.query(`${this.selectWithOrganization(type)} WHERE "${type.name}"."id" = $1`, [id]);
    return row ? this.withOrganizationOf(type, row) : null;
  }

  async get<T extends PostingWithStatus>(type: PostingType<T>, id: string): Promise<T> {
    const posting = await this.findById(type, id);
    if (!posting) throw new NotFoundError(type.entity.name, id);
    return posting;
  }

  /**
   * A page of postings, newest first, with their organizations, and the count of all that
   * match (unless not asked for): two statements, sent at once on two pooled connections.
   * `whereOwn` adds the conditions only one side's filter has.
   */
  async list<T extends PostingWithStatus, Filter extends PostingFilter & { statuses?: readonly string[] | null }>(
    type: PostingType<T>,
    filter: Filter | null | undefined,
    page: ConnectionArgs,
    whereOwn: (where: SqlConditions, rows: EntityRows<T>, alias: string, filter: Filter) => void,
    options: PageOptions = {},
  ): Promise<Connection<T>> {
    const rows = this.sql.rows(type.entity);
    const alias = type.name;
    const where = postingConditions(rows, alias, filter);
    if (filter) whereOwn(where, rows, alias, filter);
    const counted = where.copy();
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    if (page.after) {
      const cursor = decodeCursor(page.after);
      const createdAt = where.parameter(cursor.createdAt);
      where.conditions.push(`("${alias}"."created_at", "${alias}"."id") < (${createdAt}::timestamptz, ${where.parameter(cursor.id)}::uuid)`);
    }
    const limit = where.parameter(first + 1);
    const [pageRows, totalCount] = await Promise.all([
      this.sql.query(`${this.selectWithOrganization(type)} ${where.where} ORDER BY "${alias}"."created_at" DESC, "${alias}"."id" DESC LIMIT ${limit}`, where.values),
      // Not asked for: never read, so 0 is never seen. No joins: COUNT(*) counts the rows.
      options.totalCount === false
        ? 0
        : this.sql.query(`SELECT COUNT(*)::int FROM ${rows.table} "${alias}" ${counted.where}`, counted.values).then(([row]) => row[0] as number),
    ]);
    return connectionOf(
      pageRows.map((row) => this.withOrganizationOf(type, row)),
      first,
      page,
      totalCount,
    );
  }

  /** The request's batched lookup by id, each posting with its organization. */
  loader<T extends PostingWithStatus>(type: PostingType<T>, loaders: RequestLoaders): DataLoader<string, T | null> {
    return loaders.get(`${type.name}ById`, () =>
      byIdLoader(async (ids) => {
        const rows = await this.sql.query(`${this.selectWithOrganization(type)} WHERE "${type.name}"."id" = ANY($1::uuid[])`, [ids]);
        return rows.map((row) => this.withOrganizationOf(type, row));
      }),
    );
  }

  // `SELECT <posting>, <organization> FROM "need" "need" LEFT JOIN "organization" ...`: its
  // organization is a to-one join, which never multiplies rows.
  private selectWithOrganization<T extends PostingWithStatus>(type: PostingType<T>): string {
    let sql = this.selects.get(type.name);
    if (sql === undefined) {
      const rows = this.sql.rows(type.entity);
      const organizations = this.sql.rows(Organization);
      sql =
        `SELECT ${rows.select(type.name)}, ${organizations.select('organization')} FROM ${rows.table} "${type.name}" ` +
        `LEFT JOIN ${organizations.table} "organization" ON "organization"."id" = "${type.name}"."organization_id"`;
      this.selects.set(type.name, sql);
    }
    return sql;
  }

  private withOrganizationOf<T extends PostingWithStatus>(type: PostingType<T>, row: unknown[]): T {
    const rows = this.sql.rows(type.entity);
    const posting = rows.hydrate(row) as T;
    posting.organization = this.sql.rows(Organization).hydrate(row, rows.width) ?? undefined;
    return posting;
  }
}
