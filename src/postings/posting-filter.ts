import { withSubThemes } from '../common/filtering/query-filters';
import { EntityRows, SqlConditions } from '../common/sql/entity-rows';
import { PostingFilter } from './dto/posting-filter.input';
import { Posting } from './posting.entity';
import { searchForms } from './text-search';

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
    // Each word by any of its forms (searchForms), as a case- and accent-insensitive
    // substring: the same expression as the table's trigram index (need_search_trgm,
    // offer_search_trgm), so that the index serves it.
    const text = `lower(immutable_unaccent(${column('title')} || ' ' || ${column('description')}))`;
    for (const forms of searchForms(filter.text)) {
      const patterns = forms.map((form) => `%${form.replace(/[\\%_]/g, (character) => `\\${character}`)}%`);
      where.add(`${text} LIKE ANY (ARRAY(SELECT lower(immutable_unaccent(pattern)) FROM unnest(?::text[]) AS pattern))`, patterns);
    }
  }
  return where;
}
