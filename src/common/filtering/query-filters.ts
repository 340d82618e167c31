import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { THEMES } from '../../reference-data/reference-data';
import { textSearchConditions } from './text-search';

let parameterCounter = 0;
const parameterName = (base: string) => `${base}_${(parameterCounter = (parameterCounter + 1) % 1_000_000)}`;

/** column = any of the values (no condition when the list is absent or empty). */
export function whereIn<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, column: string, values?: readonly unknown[] | null) {
  if (!values?.length) return query;
  const name = parameterName('values');
  return query.andWhere(`${column} IN (:...${name})`, { [name]: values });
}

/** An array column that shares at least one element with the values (uses its GIN index). */
export function whereOverlaps<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  column: string,
  values?: readonly string[] | null,
  arrayType = 'text[]',
) {
  if (!values?.length) return query;
  const name = parameterName('overlap');
  return query.andWhere(`${column} && CAST(:${name} AS ${arrayType})`, { [name]: values });
}

/** A theme filter also matches the sub-themes of a top-level theme. */
export function withSubThemes(codes: readonly string[]): string[] {
  const expanded = new Set(codes);
  for (const theme of THEMES) if (theme.parentCode && expanded.has(theme.parentCode)) expanded.add(theme.code);
  return [...expanded];
}

/**
 * The lists' text search (textSearch: every word in any of its forms, at the start of a word;
 * a text with % _ or \ as typed). `searchedSql` must be the same expression as the table's
 * trigram index, so that the index serves it.
 */
export function whereTextContains<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, searchedSql: string, text?: string | null) {
  if (!text) return query;
  for (const condition of textSearchConditions(searchedSql, text)) {
    const name = parameterName('text');
    query.andWhere(condition.sql.replace('?', `:${name}`), { [name]: condition.value });
  }
  return query;
}
