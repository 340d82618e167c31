/** A GraphQL Date (parsed as midnight UTC) as PostgreSQL's yyyy-mm-dd. */
export function toIsoDate(value: Date | string | null | undefined): string | null {
  if (value == null) return null;
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}
