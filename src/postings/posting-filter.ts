import { withSubThemes } from '../common/filtering/query-filters';
import { EntityRows, SqlConditions } from '../common/sql/entity-rows';
import { PostingFilter } from './dto/posting-filter.input';
import { Posting } from './posting.entity';
import { textSearch } from './text-search';

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
  if (filter.text) {
    // The same expression as the table's trigram index (need_search_trgm, offer_search_trgm),
    // so that the index serves both the regular expressions and the LIKE.
    const text = `lower(immutable_unaccent(${column('title')} || ' ' || ${column('description')}))`;
    const search = textSearch(filter.text);
    if ('literal' in search) {
      const escaped = search.literal.replace(/[\\%_]/g, (character) => `\\${character}`);
      where.add(`${text} LIKE '%' || lower(immutable_unaccent(?)) || '%'`, escaped);
    } else {
      for (const forms of search.words) where.add(`${text} ~ ANY(?::text[])`, forms);
    }
  }
  return where;
}
