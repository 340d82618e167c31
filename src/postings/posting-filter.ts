import { withSubThemes } from '../common/filtering/query-filters';
import { EntityRows, SqlConditions } from '../common/sql/entity-rows';
import { PostingFilter } from './dto/posting-filter.input';
import { Posting } from './posting.entity';
import { textSearchConditions } from '../common/filtering/text-search';

/** `column = ANY(values)` on a property of the posting (no condition when the list is absent or empty). */
export function whereAny<T extends Posting>(where: SqlConditions, rows: EntityRows<T>, alias: string, propertyName: string, values?: readonly unknown[] | null) {
  if (values?.length) where.add(`${rows.column(alias, propertyName)} = ANY(?::${rows.arrayType(propertyName)})`, values);
}

/** The conditions of a PostingFilter, on the posting's table under `alias`. */
export function postingConditions<T extends Posting>(
  rows: EntityRows<T>,
  alias: string,
  filter: (PostingFilter & { statuses?: readonly string[] | null }) | null | undefined,
): SqlConditions {
  const where = new SqlConditions();
  if (!filter) return where;
  const column = (propertyName: string) => rows.column(alias, propertyName);
  whereAny(where, rows, alias, 'municipalityCode', filter.municipalityCodes);
  whereAny(where, rows, alias, 'status', filter.statuses);
  if (filter.organizationId) where.add(`${column('organizationId')} = ?`, filter.organizationId);
  if (filter.excludeOrganizationId) where.add(`${column('organizationId')} <> ?`, filter.excludeOrganizationId);
  // Overlaps: served by the arrays' GIN indexes.
  if (filter.themeCodes?.length) where.add(`${column('themeCodes')} && ?::text[]`, withSubThemes(filter.themeCodes));
  if (filter.resourceTypes?.length) where.add(`${column('resourceTypes')} && ?::"resource_type"[]`, filter.resourceTypes);
  // The same expression as the table's trigram index (need_search_trgm, offer_search_trgm).
  if (filter.text) for (const condition of textSearchConditions(`${column('title')} || ' ' || ${column('description')}`, filter.text)) where.add(condition.sql, condition.value);
  return where;
}
