import type { Pool, QueryArrayConfig } from 'pg';
import { CannotExecuteNotConnectedError, DataSource, EntityMetadata, ObjectLiteral, QueryFailedError } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Hot read paths (the lists and lookups every page of the web app and every partner system
 * calls) read entities with hand-written SQL on TypeORM's own pool, without its query
 * builder and result transformer: building a statement and hydrating its rows through
 * TypeORM cost more CPU than PostgreSQL spent answering it (bench:api, issue 10).
 *
 * An EntityRows reads the columns TypeORM's `find` would (those not `select: false`), as
 * the same JavaScript values: `date` columns as 'yyyy-mm-dd' strings, enum arrays as
 * string arrays, timestamps as Dates; and makes instances of the entity class, so that its
 * getters (a posting's `municipality`, `themes`) work as before.
 */
export class EntityRows<T extends ObjectLiteral> {
  private readonly columns: ColumnMetadata[];
  private readonly prototype: object;
  private readonly lists = new Map<string, string>();

  /** `except`: properties left out (left undefined on the entities). */
  constructor(
    readonly metadata: EntityMetadata,
    except: readonly string[] = [],
  ) {
    this.columns = metadata.columns.filter((column) => column.isSelect && !column.isVirtual && column.propertyName && !except.includes(column.propertyName));
    this.prototype = (metadata.target as { prototype: object }).prototype;
    for (const column of this.columns) {
      if (column.transformer) throw new Error(`EntityRows: ${metadata.name}.${column.propertyName} has a transformer, which it does not apply`);
    }
  }

  /** The table's name, quoted, as in `FROM "need" "need"`. */
  get table(): string {
    return `"${this.metadata.tableName}"`;
  }

  /** How many values a row of this entity takes in a SELECT list. */
  get width(): number {
    return this.columns.length;
  }

  /** The SELECT list of this entity's columns on table alias `alias` (quoted in the SQL). */
  select(alias: string): string {
    let list = this.lists.get(alias);
    if (list === undefined) {
      list = this.columns.map((column) => `"${alias}"."${column.databaseName}"${castOf(column)}`).join(', ');
      this.lists.set(alias, list);
    }
    return list;
  }

  /** The column of a property, quoted, on alias `alias`: `"need"."municipality_code"`. */
  column(alias: string, propertyName: string): string {
    return `"${alias}"."${this.columnOf(propertyName).databaseName}"`;
  }

  /** The PostgreSQL array type of a property's column, for `= ANY($1::type)`. */
  arrayType(propertyName: string): string {
    const column = this.columnOf(propertyName);
    if (column.type === 'enum') return `"${column.enumName}"[]`;
    if (column.type === 'char') return 'bpchar[]';
    return `${String(column.type)}[]`;
  }

  /** An entity from an array-mode row, its columns from index `offset` on (as in select()); null when its id is null (a left join that found nothing). */
  hydrate(row: unknown[], offset = 0): T | null {
    if (row[offset + this.primaryIndex] === null) return null;
    const entity = Object.create(this.prototype) as Record<string, unknown>;
    const columns = this.columns;
    for (let index = 0; index < columns.length; index++) entity[columns[index].propertyName] = row[offset + index];
    return entity as T;
  }

  private get primaryIndex(): number {
    const index = this.columns.findIndex((column) => column.isPrimary);
    Object.defineProperty(this, 'primaryIndex', { value: index });
    return index;
  }

  private columnOf(propertyName: string): ColumnMetadata {
    const column = this.columns.find((candidate) => candidate.propertyName === propertyName);
    if (!column) throw new Error(`EntityRows: ${this.metadata.name} has no column ${propertyName}`);
    return column;
  }
}

// Values as TypeORM hydrates them: pg would parse a date into a Date at local midnight, and
// leaves arrays of enum types (an OID it does not know) as '{A,B}' text.
function castOf(column: ColumnMetadata): string {
  if (column.type === 'date') return column.isArray ? '::text[]' : '::text';
  if (column.type === 'enum' && column.isArray) return '::text[]';
  return '';
}

/** Runs array-mode statements on TypeORM's pool; each statement still goes to the DataSource's logger, as TypeORM's own do. */
export class SqlReader {
  private readonly entityRows = new Map<unknown, EntityRows<ObjectLiteral>>();

  constructor(private readonly dataSource: DataSource) {}

  rows<T extends ObjectLiteral>(entity: new () => T, except: readonly string[] = []): EntityRows<T> {
    const key = except.length ? `${entity.name}-${except.join(',')}` : entity;
    let rows = this.entityRows.get(key);
    if (!rows) {
      rows = new EntityRows(this.dataSource.getMetadata(entity), except);
      this.entityRows.set(key, rows);
    }
    return rows as EntityRows<T>;
  }

  async query(text: string, values: unknown[]): Promise<unknown[][]> {
    this.dataSource.logger.logQuery(text, values);
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool | undefined;
    if (!this.dataSource.isInitialized || !pool) throw new CannotExecuteNotConnectedError();
    const config: QueryArrayConfig = { text, values, rowMode: 'array' };
    try {
      return (await pool.query(config)).rows as unknown[][];
    } catch (error) {
      // As TypeORM reports it: the exception filter maps a driver error found in there.
      throw new QueryFailedError(text, values, error as Error);
    }
  }
}

/** AND-ed conditions with their $n parameters. */
export class SqlConditions {
  readonly conditions: string[] = [];
  readonly values: unknown[] = [];

  /** `sql` with `?` where the value goes: `"need"."status" = ANY(?::"need_status"[])`. */
  add(sql: string, value: unknown): this {
    this.values.push(value);
    this.conditions.push(sql.replace('?', `$${this.values.length}`));
    return this;
  }

  /** A parameter placeholder for a value used elsewhere in the statement (LIMIT $n). */
  parameter(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  copy(): SqlConditions {
    const copy = new SqlConditions();
    copy.conditions.push(...this.conditions);
    copy.values.push(...this.values);
    return copy;
  }

  get where(): string {
    return this.conditions.length ? `WHERE ${this.conditions.join(' AND ')}` : '';
  }
}
