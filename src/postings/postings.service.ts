import { Injectable, Type } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import DataLoader from 'dataloader';
import { randomUUID } from 'node:crypto';
import { DataSource, DeepPartial, EntityManager, EntityMetadata, ObjectLiteral, QueryFailedError, SelectQueryBuilder } from 'typeorm';
import { AuditChanges } from '../audit/audit-log-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Principal } from '../auth/principal';
import { Clock } from '../common/clock/clock';
import { byIdLoader, RequestLoaders } from '../common/dataloader/request-loaders';
import { BadUserInputError, ConflictError, DomainError, FieldError, NotFoundError } from '../common/errors/domain-errors';
import { Connection, ConnectionArgs, DEFAULT_PAGE_SIZE } from '../common/pagination/connection.type';
import { connectionOf, decodeCursor, PageOptions } from '../common/pagination/paginate';
import { EntityRows, SqlConditions, SqlReader } from '../common/sql/entity-rows';
import { Organization } from '../organizations/organization.entity';
import { toIsoDate } from '../common/validation/dates';
import { ServiceChecks } from '../common/validation/service-checks';
import { OUTBOX_CHANNEL } from '../outbox/outbox.constants';
import { OutboxService } from '../outbox/outbox.service';
import { PostingFilter } from './dto/posting-filter.input';
import { beyondOrganizationSummary } from './list-columns';
import { postingConditions } from './posting-filter';
import { PostingType, PostingWithStatus } from './posting-type';

/**
 * Loads each posting's organization with it (a to-one join): PostingResolver's
 * `organization` then needs no query of its own.
 */
function withOrganization<Q extends ObjectLiteral>(query: SelectQueryBuilder<Q>): SelectQueryBuilder<Q> {
  return query.leftJoinAndSelect(`${query.alias}.organization`, 'organization');
}

/**
 * What a read takes of each posting and its organization: the posting's description (its
 * longest text) or not, and the organization whole or its summary. A list, and a posting read
 * by its id, leave out what the request does not ask for; everything else reads whole rows.
 */
interface ReadColumns {
  description: boolean;
  organization: 'whole' | 'summary';
}
const WHOLE: ReadColumns = { description: true, organization: 'whole' };

/** What a read of one posting by its id may leave out: its organization's columns beyond the summary. */
export interface PostingReadOptions {
  organizationSummary?: boolean;
}

/** The readers of those columns, for a posting type. */
interface ReadRows<T extends PostingWithStatus> {
  postings: EntityRows<T>;
  organizations: EntityRows<Organization>;
}

/** A change to record for one posting: its audit entry's organization and details. */
export interface ChangeEntry {
  id: string;
  organizationId?: string | null;
  details?: AuditChanges;
}

/** At most this many needs or offers in one createNeeds or createOffers call (and one statement). */
export const MAX_POSTINGS_PER_CALL = 100;

/** A new posting's values: its organization and title at least. */
export type NewPosting<T> = DeepPartial<T> & { organizationId: string; title: string };

/** An entity from a raw row (the columns it selects, as TypeORM converts them), `prefix` before each column name. */
function hydrate(dataSource: DataSource, metadata: EntityMetadata, raw: Record<string, unknown>, prefix = ''): unknown {
  const entity = metadata.create() as ObjectLiteral;
  for (const column of metadata.columns) {
    const key = prefix + column.databaseName;
    if (column.isSelect && key in raw) column.setEntityValue(entity, dataSource.driver.prepareHydratedValue(raw[key], column));
  }
  return entity;
}

const externalKey = (row: { organizationId?: unknown; externalId?: unknown }): string => `${String(row.organizationId)}/${String(row.externalId)}`;

// Rows without an externalId take no lock on the unique index: their order does not matter.
function byExternalKey(a: Record<string, unknown>, b: Record<string, unknown>): number {
  if (a.externalId == null || b.externalId == null) return Number(a.externalId == null) - Number(b.externalId == null);
  const [first, second] = [externalKey(a), externalKey(b)];
  return first < second ? -1 : first > second ? 1 : 0;
}

/** An item's refusal in a call of several: its fields prefixed with its index, or the index said. */
function ofItem(error: unknown, index: number): unknown {
  if (error instanceof BadUserInputError) {
    const fields = error.fields.map((field) => ({ ...field, field: `${index}.${field.field}` }));
    return BadUserInputError.fields(fields);
  }
  if (error instanceof DomainError) return new DomainError(error.code, `Item ${index}: ${error.message}`, { ...error.extensions, index });
  return error;
}

const pastMessage = (today: string) => `must not be before today (${today} in Slovenia)`;

/**
 * A posting's days in the wrong order (isNotBefore, on its last day): its last day before its
 * first, or before one of `notAfterEnd` (a need's respondBy). `days` as yyyy-mm-dd.
 */
function misordered<T extends PostingWithStatus>(type: PostingType<T>, days: Record<string, unknown>, notAfterEnd: readonly string[]): FieldError[] {
  const [from, until] = type.period;
  const end = days[until];
  if (typeof end !== 'string') return [];
  return [from, ...notAfterEnd]
    .filter((earlier) => typeof days[earlier] === 'string' && end < (days[earlier] as string))
    .map((earlier) => ({ field: until, message: `must not be before ${earlier}`, constraint: 'isNotBefore' }));
}

/** The days already past in Slovenia (isNotPast), each on its own field. */
const pastDays = (days: readonly string[], today: string): FieldError[] =>
  days.map((day) => ({ field: day, message: pastMessage(today), constraint: 'isNotPast' }));

/**
 * The notPast days an update sets to one already past in Slovenia. Only a changed day: the
 * stored one of a need edited after its last day (before the hourly expiry) or its respondBy,
 * sent again with the other fields, is no new claim. `changes` as stored (yyyy-mm-dd).
 */
function changedToPast<T extends PostingWithStatus>(type: PostingType<T>, changes: Record<string, unknown>, stored: Partial<T> | null, today: string): string[] {
  return (type.notPast ?? []).filter((day) => typeof changes[day] === 'string' && changes[day] !== stored?.[day] && (changes[day] as string) < today);
}

/** A field of one item of a bulk call that repeats an earlier item's (`field` without the index). */
export interface RepeatedItemField {
  index: number;
  field: FieldError;
}

/**
 * The items of one create call that repeat an earlier item's externalId of the same organization:
 * the second would silently be the first. Of items as given (an externalId's spaces at either end
 * trimmed, as its validation trims them) or as validated; used by createNeeds/createOffers' pipe,
 * so that one answer names these with every item's invalid fields, and by insertNew again.
 */
export function repeatedExternalIds(rows: readonly unknown[]): RepeatedItemField[] {
  const first = new Map<string, number>();
  const repeated: RepeatedItemField[] = [];
  rows.forEach((row, index) => {
    const { organizationId, externalId } = (row ?? {}) as { organizationId?: unknown; externalId?: unknown };
    const id = typeof externalId === 'string' ? externalId.trim() : externalId;
    if (id == null || id === '') return;
    const key = externalKey({ organizationId, externalId: id });
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, index);
    else repeated.push({ index, field: { field: 'externalId', message: `externalId is the same as item ${earlier}'s`, constraint: 'isUnique' } });
  });
  return repeated;
}

/** The items of one update call that name a posting an earlier item already changes: each posting at most once a call. */
export function repeatedIds(inputs: readonly unknown[]): RepeatedItemField[] {
  const seen = new Map<unknown, number>();
  const repeated: RepeatedItemField[] = [];
  inputs.forEach((input, index) => {
    const { id } = (input ?? {}) as { id?: unknown };
    if (id == null) return;
    const earlier = seen.get(id);
    if (earlier === undefined) seen.set(id, index);
    else repeated.push({ index, field: { field: 'id', message: `id is the same as item ${earlier}'s: change one posting once a call`, constraint: 'isUnique' } });
  });
  return repeated;
}

const asIndexedFields = (repeated: RepeatedItemField[]): FieldError[] => repeated.map(({ index, field }) => ({ ...field, field: `${index}.${field.field}` }));

/** One call may not post two items under one externalId of one organization: the second would silently be the first. */
function refuseRepeatedExternalIds(rows: readonly { organizationId: string; externalId?: unknown }[]): void {
  const repeated = repeatedExternalIds(rows);
  if (repeated.length) throw BadUserInputError.fields(asIndexedFields(repeated));
}

/** The changes a posting's owner or the system makes: audit action, and (past tense) outbox event. */
const EVENTS = { create: 'created', update: 'updated', close: 'closed', expire: 'expired' } as const;
export type PostingChange = keyof typeof EVENTS;

// Fields every posting has and an update may therefore not clear.
const REQUIRED = ['title', 'description', 'resourceTypes', 'municipalityCode'] as const;

/** An Update…Input: the posting's id, and its fields to change (left out: unchanged; null: cleared). */
export type PostingUpdateInput = { id: string } & { [field in (typeof REQUIRED)[number]]?: unknown };

/** An update checked against its locked posting: the changes to write, as stored. */
interface CheckedUpdate<T extends PostingWithStatus> {
  posting: T;
  changes: Partial<T>;
}

/** An update's fields to change as stored: GraphQL Dates as yyyy-mm-dd, a field cleared with null as its column keeps it. */
function changesOf<T extends PostingWithStatus>(type: PostingType<T>, input: PostingUpdateInput): Record<string, unknown> {
  const { id: _id, ...fields } = input;
  const whenCleared: Record<string, unknown> = { themeCodes: [], ...type.whenCleared };
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (value === null && field in whenCleared) changes[field] = whenCleared[field];
    // GraphQL Dates arrive as Date, date columns hold yyyy-mm-dd.
    else changes[field] = value instanceof Date ? toIsoDate(value) : value;
  }
  return changes;
}

/**
 * An update's wrong days against the stored posting (none stored: the input's own): its last
 * day before its first or before a notAfterEnd day once the changes are on the stored ones
 * (isNotBefore: a new end before the stored start), and a notPast day changed to one already
 * past (isNotPast). `changes` as stored (changesOf).
 */
function wrongDaysOfUpdate<T extends PostingWithStatus>(type: PostingType<T>, stored: T | null, changes: Record<string, unknown>, today: string): FieldError[] {
  const until = type.period[1];
  // A notAfterEnd day only when one of the two changes: a row stored before the rule keeps taking other edits.
  const notAfterEnd = (type.notAfterEnd ?? []).filter((earlier) => earlier in changes || until in changes);
  return [...misordered(type, { ...stored, ...changes }, notAfterEnd), ...pastDays(changedToPast(type, changes, stored, today), today)];
}

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
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly serviceChecks: ServiceChecks,
  ) {
    this.sql = new SqlReader(dataSource);
  }

  private readonly sql: SqlReader;
  private readonly selects = new Map<string, string>();

  /** Stores a new posting with its outbox event and audit entry, atomically (see insertNew). */
  async create<T extends PostingWithStatus>(type: PostingType<T>, principal: Principal, values: NewPosting<T>): Promise<T> {
    principal.assertMemberOf(values.organizationId);
    await this.refuseWrongDays(type, [values], (_index, field) => field);
    const [created] = await this.insertNew(type, principal, [values], 'created');
    return created;
  }

  /**
   * Stores new postings, all or none (createNeeds, createOffers). The first item the principal
   * may not post for (FORBIDDEN), or whose organization does not exist (NOT_FOUND), refuses the
   * call, named as updateMany names it: extensions.index and "Item <index>:" before the message.
   */
  async createMany<T extends PostingWithStatus>(type: PostingType<T>, principal: Principal, values: NewPosting<T>[]): Promise<T[]> {
    values.forEach((posting, index) => {
      try {
        principal.assertMemberOf(posting.organizationId);
      } catch (error) {
        throw ofItem(error, index);
      }
    });
    await this.refuseWrongDays(type, values, (index, field) => `${index}.${field}`);
    try {
      // A partner's import: its needs wait behind the needs people post one by one (bulk lane).
      return await this.insertNew(type, principal, values, 'imported');
    } catch (error) {
      if (!(error instanceof NotFoundError && error.extensions.entity === 'Organization')) throw error;
      const index = values.findIndex((posting) => posting.organizationId === error.extensions.id);
      throw index < 0 ? error : ofItem(error, index);
    }
  }

  /**
   * BAD_USER_INPUT naming every wrong day of the new postings at once, each by `field`: a last
   * day before the first or before a day that may not come after it (isNotBefore), and a
   * notPast day already past in Slovenia (isNotPast, see pastDaysOfNew).
   */
  private async refuseWrongDays<T extends PostingWithStatus>(
    type: PostingType<T>,
    rows: NewPosting<T>[],
    field: (index: number, field: string) => string,
  ): Promise<void> {
    const past = await this.pastDaysOfNew(type, rows);
    const problems = rows.flatMap((row, index) => {
      const own = [...misordered(type, row as Record<string, unknown>, type.notAfterEnd ?? []), ...past[index]];
      return own.map((problem) => ({ ...problem, field: field(index, problem.field) }));
    });
    if (problems.length) throw BadUserInputError.fields(problems);
  }

  /**
   * The notPast days of each new posting already past in Slovenia (isNotPast), each on its own
   * field. A posting whose externalId its organization already used may have past days: it is
   * not stored again but returned as it is (a call retried after a lost answer, perhaps the
   * next day). Also for InputValidationPipe (checkInputs), which may ask it of a posting it
   * refuses for other reasons: an organizationId that is no id then has no externalIds.
   */
  private async pastDaysOfNew<T extends PostingWithStatus>(type: PostingType<T>, rows: NewPosting<T>[]): Promise<FieldError[][]> {
    const today = this.clock.today();
    const past = rows.map((row) =>
      (type.notPast ?? []).filter((day) => {
        const value = (row as Record<string, unknown>)[day];
        return typeof value === 'string' && value < today;
      }),
    );
    const retried = rows.filter((row, index) => past[index].length && row.externalId != null && isUUID(row.organizationId)) as Record<string, unknown>[];
    let used = new Set<string>();
    if (retried.length) {
      const metadata = this.dataSource.getMetadata(type.entity);
      const stored = (await this.dataSource.query(
        `SELECT organization_id, external_id FROM "${metadata.tableName}" WHERE (organization_id, external_id) IN (SELECT * FROM unnest($1::uuid[], $2::text[]))`,
        [retried.map((row) => row.organizationId), retried.map((row) => row.externalId)],
      )) as { organization_id: string; external_id: string }[];
      used = new Set(stored.map((row) => externalKey({ organizationId: row.organization_id, externalId: row.external_id })));
    }
    return rows.map((row, index) => (row.externalId != null && used.has(externalKey(row)) ? [] : pastDays(past[index], today)));
  }

  /**
   * The wrong days of an update as checkUpdate names them, for InputValidationPipe
   * (checkInputs), which refuses the update for other reasons: a day out of order with a
   * stored one (isNotBefore: a new end before the stored start or deadline for answers) and a
   * day changed to one already past (isNotPast). Reads the stored posting only when a day is
   * sent; an id that is no posting's has no stored days.
   */
  private async wrongDaysOfRefusedUpdate<T extends PostingWithStatus>(type: PostingType<T>, input: PostingUpdateInput): Promise<FieldError[]> {
    const changes = changesOf(type, input);
    const days: string[] = [...type.period, ...(type.notAfterEnd ?? []), ...(type.notPast ?? [])];
    if (!days.some((day) => typeof changes[day] === 'string')) return [];
    const stored = isUUID(input.id) ? await this.findById(type, input.id) : null;
    return wrongDaysOfUpdate(type, stored, changes, this.clock.today());
  }

  /**
   * Has InputValidationPipe name what the service refuses of a posting's input with the clock
   * or the stored posting (a day already past, isNotPast; an update's day before a stored one,
   * isNotBefore) when it refuses the input for other reasons, so that one answer names both
   * (ServiceChecks). The service checks every input it gets as before.
   * `newValues`: the side's new posting from its Create…Input.
   */
  checkInputs<T extends PostingWithStatus, Create, Update extends PostingUpdateInput>(
    type: PostingType<T>,
    inputs: { create: Type<Create>; update: Type<Update> },
    newValues: (input: Create) => NewPosting<T>,
  ): void {
    this.serviceChecks.register(inputs.create, async (input) => (await this.pastDaysOfNew(type, [newValues(input)]))[0]);
    this.serviceChecks.register(inputs.update, (input) => this.wrongDaysOfRefusedUpdate(type, input));
  }

  /**
   * Stores new postings, all or none, each with its outbox event and audit entry; returned
   * in the order given, each with its organization. NOT_FOUND when an organization does not
   * exist. The caller checks that the principal may post for each organization.
   *
   * One statement, so one round trip and its own transaction: the rows, their outbox events
   * and audit entries (as OutboxService.add and AuditService.record write them), the outbox's
   * notification (delivered at commit) and the organizations to return. Posting is what a
   * partner's import does 100,000 times; the steps one by one took seven round trips a post.
   */
  async insertNew<T extends PostingWithStatus>(type: PostingType<T>, actor: Principal | null, rows: NewPosting<T>[], event: 'created' | 'imported'): Promise<T[]> {
    if (!rows.length) return [];
    refuseRepeatedExternalIds(rows);
    const metadata = this.dataSource.getMetadata(type.entity);
    const driver = this.dataSource.driver;
    const withIds = rows.map((row) => ({ ...row, id: randomUUID() }) as Record<string, unknown>);
    // Inserted in the order of their externalIds: two calls with the same ids in different
    // orders (a retry batched otherwise) then wait on each other's index entries in one
    // order and never deadlock. The answer keeps the order given (withIds).
    const inserted = [...withIds].sort(byExternalKey);
    const columns = [...new Set(withIds.flatMap((row) => Object.keys(row)))].map((property) => {
      const column = metadata.findColumnWithPropertyName(property);
      if (!column) throw new Error(`${metadata.name} has no column ${property}`);
      return column;
    });
    const parameters: unknown[] = [];
    const parameter = (value: unknown) => `$${parameters.push(value)}`;
    const tuples = inserted.map(
      (row) =>
        `(${columns
          .map((column) => (row[column.propertyName] === undefined ? 'DEFAULT' : parameter(driver.preparePersistentValue(row[column.propertyName], column))))
          .join(', ')})`,
    );
    const organizationMetadata = this.dataSource.getMetadata(Organization);
    // The posting's organization, read with it: its columns prefixed (hydrate's prefix below).
    const withOrganization = `posting.*, ${organizationMetadata.columns
      .filter((column) => column.isSelect)
      .map((column) => `o."${column.databaseName}" AS "organization__${column.databaseName}"`)
      .join(', ')}`;
    const entries = withIds.map((row) => ({ id: row.id as string, organizationId: row.organizationId as string, details: { title: row.title as string } }));
    const sql = `WITH posting AS (
        INSERT INTO "${metadata.tableName}" (${columns.map((column) => `"${column.databaseName}"`).join(', ')})
        VALUES ${tuples.join(', ')}
        ON CONFLICT ("organization_id", "external_id") WHERE "external_id" IS NOT NULL DO NOTHING
        RETURNING *
      ), ${this.eventsSql(parameter, type, actor, 'create', entries, 'posting', event)}
      SELECT ${withOrganization},
             ${this.notifySql(parameter, type)} AS notified
        FROM posting JOIN organization o ON o.id = posting.organization_id`;
    let result: Record<string, unknown>[];
    try {
      result = (await this.dataSource.query(sql, parameters)) as Record<string, unknown>[];
    } catch (error) {
      throw await this.missingOrganization(metadata, error, withIds.map((row) => row.organizationId as string));
    }
    const byId = new Map(result.map((raw) => [raw.id as string, raw]));
    // Those whose externalId the organization had already used: stored the first time, returned as they are now.
    const repeated = withIds.filter((row) => !byId.has(row.id as string));
    const stored = repeated.length ? await this.byExternalId(metadata, withOrganization, repeated) : new Map<string, Record<string, unknown>>();
    return withIds.map((row) => {
      const raw = (byId.get(row.id as string) ?? stored.get(externalKey(row))) as Record<string, unknown>;
      const organization = hydrate(this.dataSource, organizationMetadata, raw, 'organization__');
      return Object.assign(hydrate(this.dataSource, metadata, raw) as T, { organization });
    });
  }

  // The postings the organizations stored earlier under these externalIds, with their organizations, by externalKey.
  private async byExternalId(metadata: EntityMetadata, withOrganization: string, rows: Record<string, unknown>[]): Promise<Map<string, Record<string, unknown>>> {
    const found = (await this.dataSource.query(
      `SELECT ${withOrganization}
         FROM "${metadata.tableName}" posting JOIN organization o ON o.id = posting.organization_id
        WHERE (posting.organization_id, posting.external_id) IN (SELECT * FROM unnest($1::uuid[], $2::text[]))`,
      [rows.map((row) => row.organizationId), rows.map((row) => row.externalId)],
    )) as Record<string, unknown>[];
    return new Map(found.map((raw) => [externalKey({ organizationId: raw.organization_id, externalId: raw.external_id }), raw]));
  }

  // A posting's foreign key to a missing organization: NOT_FOUND, naming the first such one.
  private async missingOrganization(metadata: EntityMetadata, error: unknown, organizationIds: string[]): Promise<unknown> {
    const foreignKey = metadata.foreignKeys.find((key) => key.referencedEntityMetadata.target === Organization);
    const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
    if (driverError?.code !== '23503' || driverError.constraint !== foreignKey?.name) return error;
    const rows = (await this.dataSource.query(`SELECT id FROM organization WHERE id = ANY($1::uuid[])`, [organizationIds])) as { id: string }[];
    const found = new Set(rows.map((row) => row.id));
    const missing = organizationIds.find((id) => !found.has(id));
    return missing ? new NotFoundError('Organization', missing) : error;
  }

  /** Applies an update input (fields left out stay, null clears) to a posting that can still change. */
  update<T extends PostingWithStatus>(type: PostingType<T>, principal: Principal, input: PostingUpdateInput): Promise<T> {
    return this.dataSource.transaction((manager) => this.updateIn(manager, type, principal, input));
  }

  /**
   * Applies several update inputs, all or none (updateNeeds, updateOffers: a partner's
   * catalogue synchronized); returned in the order given. The postings are locked in the
   * order of their ids, so that two such calls over the same postings never deadlock. An
   * item's refusal names it: its fields as `<index>.<field>` (every item's bad fields in one
   * BAD_USER_INPUT), any other error with extensions.index and "Item <index>:" before its message.
   */
  async updateMany<T extends PostingWithStatus>(type: PostingType<T>, principal: Principal, inputs: PostingUpdateInput[]): Promise<T[]> {
    if (!inputs.length) return [];
    const repeated = repeatedIds(inputs);
    if (repeated.length) throw BadUserInputError.fields(asIndexedFields(repeated));
    const order = inputs.map((input, index) => ({ input, index })).sort((a, b) => (a.input.id < b.input.id ? -1 : a.input.id > b.input.id ? 1 : 0));
    return this.dataSource.transaction(async (manager) => {
      const checked: CheckedUpdate<T>[] = new Array<CheckedUpdate<T>>(inputs.length);
      const problems: FieldError[][] = inputs.map(() => []);
      for (const { input, index } of order) {
        try {
          checked[index] = await this.checkUpdate(manager, type, principal, input);
        } catch (error) {
          // Bad fields of every item in one answer; an item that cannot be changed at all (not found, not yours, closed) refuses the call at once.
          if (!(error instanceof BadUserInputError)) throw ofItem(error, index);
          problems[index] = (ofItem(error, index) as BadUserInputError).fields;
        }
      }
      if (problems.some((fields) => fields.length)) throw BadUserInputError.fields(problems.flat());
      const updated: T[] = new Array<T>(inputs.length);
      for (const { index } of order) updated[index] = await this.writeUpdate(manager, type, principal, checked[index]);
      return updated;
    });
  }

  private async updateIn<T extends PostingWithStatus>(manager: EntityManager, type: PostingType<T>, principal: Principal, input: PostingUpdateInput): Promise<T> {
    return this.writeUpdate(manager, type, principal, await this.checkUpdate(manager, type, principal, input));
  }

  /**
   * Locks the posting and checks the update against it: NOT_FOUND, FORBIDDEN, CONFLICT
   * (NOT_CHANGEABLE), or one BAD_USER_INPUT naming every bad field (a required field cleared,
   * the days in the wrong order or already past). The changes to write, as stored.
   */
  private async checkUpdate<T extends PostingWithStatus>(manager: EntityManager, type: PostingType<T>, principal: Principal, input: PostingUpdateInput): Promise<CheckedUpdate<T>> {
    const posting = await this.lockForChange(manager, type, principal, input.id);
    if (!type.changeableIn.includes(posting.status)) {
      throw new ConflictError(`${type.entity.name} ${posting.id} is ${posting.status} and can no longer be changed.`, 'NOT_CHANGEABLE');
    }
    const changes = changesOf(type, input);
    const cleared: FieldError[] = REQUIRED.filter((required) => input[required] === null).map((required) => ({ field: required, message: 'cannot be cleared', constraint: 'isNotEmpty' }));
    const problems = [...cleared, ...wrongDaysOfUpdate(type, posting, changes, this.clock.today())];
    if (problems.length) throw BadUserInputError.fields(problems);
    return { posting, changes: changes as Partial<T> };
  }

  private writeUpdate<T extends PostingWithStatus>(manager: EntityManager, type: PostingType<T>, principal: Principal, { posting, changes }: CheckedUpdate<T>): Promise<T> {
    return this.write(manager, type, principal, posting, changes, 'update', { fields: Object.keys(changes) });
  }

  /**
   * The owner withdraws the posting: it is no longer matched or suggested. `settle`, when
   * given, runs in the same transaction after the status changed (not when it was already
   * closed): what hangs on the posting being open settles with it.
   */
  async close<T extends PostingWithStatus>(
    type: PostingType<T>,
    principal: Principal,
    id: string,
    closed: T['status'],
    settle?: (manager: EntityManager, posting: T) => Promise<void>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const posting = await this.lockForChange(manager, type, principal, id);
      if (posting.status === closed) return posting;
      const written = await this.write(manager, type, principal, posting, { status: closed } as Partial<T>, 'close');
      await settle?.(manager, written);
      return written;
    });
  }

  /**
   * Writes the changes to a posting locked by lockForChange, with its outbox event and audit
   * entry, in the caller's transaction and in one statement; the posting as stored, with its
   * organization. Only the columns whose value changes are written (and then updated_at).
   */
  private async write<T extends PostingWithStatus>(
    manager: EntityManager,
    type: PostingType<T>,
    actor: Principal | null,
    posting: T,
    changes: Partial<T>,
    change: PostingChange,
    details?: AuditChanges,
  ): Promise<T> {
    const metadata = this.dataSource.getMetadata(type.entity);
    const parameters: unknown[] = [];
    const parameter = (value: unknown) => `$${parameters.push(value)}`;
    const assignments: string[] = [];
    for (const [property, value] of Object.entries(changes)) {
      if (value === undefined || JSON.stringify(value) === JSON.stringify(posting[property as keyof T])) continue;
      const column = metadata.findColumnWithPropertyName(property);
      if (!column) throw new Error(`${metadata.name} has no column ${property}`);
      assignments.push(`"${column.databaseName}" = ${parameter(this.dataSource.driver.preparePersistentValue(value, column))}`);
    }
    const id = parameter(posting.id);
    const written = assignments.length
      ? `UPDATE "${metadata.tableName}" SET ${assignments.join(', ')}, "updated_at" = now() WHERE id = ${id} RETURNING *`
      : `SELECT * FROM "${metadata.tableName}" WHERE id = ${id}`;
    const entries = [{ id: posting.id, organizationId: posting.organizationId, details }];
    const [raw] = (await manager.query(
      `WITH posting AS (${written}), ${this.eventsSql(parameter, type, actor, change, entries, 'posting')} SELECT *, ${this.notifySql(parameter, type)} AS notified FROM posting`,
      parameters,
    )) as Record<string, unknown>[];
    return Object.assign(hydrate(this.dataSource, metadata, raw) as T, { organization: posting.organization });
  }

  /** The outbox events and audit entries of changes already written, in one statement (an expiry of many postings). */
  async recordChanges<T extends PostingWithStatus>(manager: EntityManager, type: PostingType<T>, actor: Principal | null, change: PostingChange, entries: ChangeEntry[]): Promise<void> {
    if (!entries.length) return;
    const parameters: unknown[] = [];
    const parameter = (value: unknown) => `$${parameters.push(value)}`;
    await manager.query(`WITH ${this.eventsSql(parameter, type, actor, change, entries)} SELECT ${this.notifySql(parameter, type)}`, parameters);
  }

  /**
   * Common table expressions that write a change's outbox events and audit entries, one of
   * each for every entry, as OutboxService.add and AuditService.record write them (the
   * statement's final SELECT adds notifySql). With `written`, a CTE that changed the
   * postings (with an id column): only the entries of the rows it returns. `event` names the
   * outbox event when it is not the change's own ('imported' for a created posting).
   */
  private eventsSql<T extends PostingWithStatus>(
    parameter: (value: unknown) => string,
    type: PostingType<T>,
    actor: Principal | null,
    change: PostingChange,
    entries: ChangeEntry[],
    written?: string,
    event: string = EVENTS[change],
  ): string {
    const aggregate = parameter(type.name);
    const { actorType, actorId } = this.audit.actorOf(actor);
    return `entry AS (
        SELECT entry.* FROM unnest(${parameter(entries.map((entry) => entry.id))}::uuid[], ${parameter(entries.map((entry) => entry.organizationId ?? null))}::uuid[],
                                   ${parameter(entries.map((entry) => JSON.stringify(this.audit.redact(entry.details))))}::jsonb[]) AS entry (id, organization_id, changes)
        ${written ? `WHERE entry.id IN (SELECT id FROM ${written})` : ''}
      ), outbox AS (
        INSERT INTO outbox_event (aggregate_type, aggregate_id, event_type, payload)
        SELECT ${aggregate}, entry.id, ${parameter(`${type.name}.${event}`)}, '{}'::jsonb FROM entry
      ), audit AS (
        INSERT INTO audit_log_entry (action, entity_type, entity_id, organization_id, actor_type, actor_id, changes)
        SELECT ${parameter(`${type.name}.${change}`)}, ${aggregate}, entry.id, entry.organization_id, ${parameter(actorType)}, ${parameter(actorId)}::uuid, entry.changes
          FROM entry
      )`;
  }

  /** The notification of the outbox's channel, for the statement's final SELECT (a CTE that is only a SELECT would never run). */
  private notifySql<T extends PostingWithStatus>(parameter: (value: unknown) => string, type: PostingType<T>): string {
    return `pg_notify(${parameter(OUTBOX_CHANNEL)}, ${parameter(type.name)})`;
  }

  /**
   * The outbox event of a partnership of the posting that formed ('need.partnered') or ended
   * ('offer.partnership_ended'): matching re-scores it. Its audit entry is the acceptance or
   * the ending, recorded by the partnerships module.
   */
  async recordPartnership<T extends PostingWithStatus>(manager: EntityManager, type: PostingType<T>, id: string, change: 'partnered' | 'partnership_ended'): Promise<void> {
    await this.outbox.add(manager, type.name, id, `${type.name}.${change}`);
  }

  // Loaded and locked in the changing transaction: a close or an expiry running at the same
  // time cannot be overwritten by a stale copy.
  // With its organization (what a change returns goes to GraphQL, which shows them together).
  private async lockForChange<T extends PostingWithStatus>(manager: EntityManager, type: PostingType<T>, principal: Principal, id: string): Promise<T> {
    const posting = await withOrganization(manager.getRepository(type.entity).createQueryBuilder(type.name))
      .where(`${type.name}.id = :id`, { id })
      .setLock('pessimistic_write', undefined, [type.name])
      .getOne();
    if (!posting) throw new NotFoundError(type.entity.name, id);
    principal.assertMemberOf(posting.organizationId);
    return posting;
  }

  /**
   * The posting with its organization (in the same statement: GraphQL shows them together),
   * whole, or with its summary only when `organizationSummary` (a request that asks nothing
   * more of it: a real organization's description and contact are paragraphs).
   */
  async findById<T extends PostingWithStatus>(type: PostingType<T>, id: string, options: PostingReadOptions = {}): Promise<T | null> {
    const read: ReadColumns = options.organizationSummary ? { description: true, organization: 'summary' } : WHOLE;
    const [row] = await this.sql.query(`${this.selectWithOrganization(type, read)} WHERE "${type.name}"."id" = $1`, [id]);
    return row ? this.withOrganizationOf(row, this.rowsOf(type, read)) : null;
  }

  async get<T extends PostingWithStatus>(type: PostingType<T>, id: string): Promise<T> {
    const posting = await this.findById(type, id);
    if (!posting) throw new NotFoundError(type.entity.name, id);
    return posting;
  }

  /**
   * A page of postings, newest first, with their organizations, and the count of all that
   * match (unless not asked for), in one statement: the count is a subquery PostgreSQL runs
   * once, beside the page. A second statement would cost the API more CPU (a round trip
   * through the pool and the socket) than PostgreSQL spends counting (bench:api, issue 10).
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
    // The count's conditions are the page's without the cursor; their parameters are the
    // first of the page's, so one list of values serves both.
    const count = `SELECT COUNT(*)::int FROM ${rows.table} "${alias}" ${where.where}`;
    const countValues = where.values.length;
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    if (page.after) {
      const cursor = decodeCursor(page.after);
      const createdAt = where.parameter(cursor.createdAt);
      where.conditions.push(`("${alias}"."created_at", "${alias}"."id") < (${createdAt}::timestamptz, ${where.parameter(cursor.id)}::uuid)`);
    }
    const limit = where.parameter(first + 1);
    const read: ReadColumns = { description: options.description ?? true, organization: options.organizationSummary ? 'summary' : 'whole' };
    const counted = options.totalCount !== false;
    const select = this.selectWithOrganization(type, read);
    const pageRows = await this.sql.query(
      `${counted ? select.replace(/^SELECT /, `SELECT (${count}), `) : select} ${where.where} ` +
        `ORDER BY "${alias}"."created_at" DESC, "${alias}"."id" DESC LIMIT ${limit}`,
      where.values,
    );
    // Not asked for: never read, so 0 is never seen. An empty first page counts 0; an empty
    // page after a cursor (a client paging past the end) is the only one counted apart.
    let totalCount = 0;
    if (counted && pageRows.length) totalCount = pageRows[0][0] as number;
    else if (counted && page.after) totalCount = (await this.sql.query(count, where.values.slice(0, countValues)))[0][0] as number;
    const columns = this.rowsOf(type, read);
    const offset = counted ? 1 : 0;
    return connectionOf(
      pageRows.map((row) => this.withOrganizationOf(row, columns, offset)),
      first,
      page,
      totalCount,
    );
  }

  /**
   * How many postings match the filter in each municipality that has any, most first (by code
   * where as many): the counts of every page of `list` under the same filter, in one GROUP BY.
   */
  async countByMunicipality<T extends PostingWithStatus, Filter extends PostingFilter & { statuses?: readonly string[] | null }>(
    type: PostingType<T>,
    filter: Filter | null | undefined,
    whereOwn: (where: SqlConditions, rows: EntityRows<T>, alias: string, filter: Filter) => void,
  ): Promise<{ municipalityCode: string; count: number }[]> {
    const rows = this.sql.rows(type.entity);
    const alias = type.name;
    const where = postingConditions(rows, alias, filter);
    if (filter) whereOwn(where, rows, alias, filter);
    const code = rows.column(alias, 'municipalityCode');
    const counted = await this.sql.query(`SELECT ${code}, COUNT(*)::int FROM ${rows.table} "${alias}" ${where.where} GROUP BY ${code} ORDER BY 2 DESC, 1`, where.values);
    return counted.map(([municipalityCode, count]) => ({ municipalityCode: municipalityCode as string, count: count as number }));
  }

  /** The request's batched lookup by id, each posting with its organization. */
  loader<T extends PostingWithStatus>(type: PostingType<T>, loaders: RequestLoaders): DataLoader<string, T | null> {
    return loaders.get(`${type.name}ById`, () =>
      byIdLoader(async (ids) => {
        const rows = await this.sql.query(`${this.selectWithOrganization(type)} WHERE "${type.name}"."id" = ANY($1::uuid[])`, [ids]);
        const columns = this.rowsOf(type, WHOLE);
        return rows.map((row) => this.withOrganizationOf(row, columns));
      }),
    );
  }

  // `SELECT <posting>, <organization> FROM "need" "need" LEFT JOIN "organization" ...`: its
  // organization is a to-one join, which never multiplies rows.
  private selectWithOrganization<T extends PostingWithStatus>(type: PostingType<T>, read: ReadColumns = WHOLE): string {
    const key = `${type.name}-${read.description}-${read.organization}`;
    let sql = this.selects.get(key);
    if (sql === undefined) {
      const { postings, organizations } = this.rowsOf(type, read);
      sql =
        `SELECT ${postings.select(type.name)}, ${organizations.select('organization')} FROM ${postings.table} "${type.name}" ` +
        `LEFT JOIN ${organizations.table} "organization" ON "organization"."id" = "${type.name}"."organization_id"`;
      this.selects.set(key, sql);
    }
    return sql;
  }

  /** `offset`: where the posting's columns begin in the row (after a count, 1). */
  private withOrganizationOf<T extends PostingWithStatus>(row: unknown[], { postings, organizations }: ReadRows<T>, offset = 0): T {
    const posting = postings.hydrate(row, offset) as T;
    posting.organization = organizations.hydrate(row, offset + postings.width) ?? undefined;
    return posting;
  }

  /** The postings' and their organizations' columns a read takes (those left out stay undefined on the entities). */
  private rowsOf<T extends PostingWithStatus>(type: PostingType<T>, read: ReadColumns): ReadRows<T> {
    return {
      postings: this.sql.rows(type.entity, read.description ? [] : ['description']),
      organizations: this.sql.rows(Organization, read.organization === 'whole' ? [] : beyondOrganizationSummary(this.dataSource)),
    };
  }
}
