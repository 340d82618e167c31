import type { GraphQLResolveInfo } from 'graphql';
import type { DataSource } from 'typeorm';
import { fieldsSelectedAt } from '../common/pagination/selected-fields';
import { Organization } from '../organizations/organization.entity';

/**
 * The columns of a posting's organization that a list reads when the request asks for no
 * other field of it: what a page of needs or offers shows of who posted them. The rest
 * (description, themes, contact, registration numbers, dates) is read only when asked for:
 * a real organization's description and contact are paragraphs, read for every row of every
 * page. (`npm run bench:api`'s synthetic organizations are too small to show a difference.)
 */
export const ORGANIZATION_SUMMARY_COLUMNS: readonly string[] = ['id', 'name', 'sector', 'municipalityCode', 'verified'];

// The GraphQL fields of Organization that come from those columns alone.
const SUMMARY_FIELDS = new Set(['__typename', 'id', 'name', 'sector', 'municipality', 'verified']);

/**
 * Whether the request asks nothing of the organizations at `path` below the field being
 * resolved beyond their summary: by default a needs or offers connection's nodes'.
 */
export function asksOrganizationSummaryOnly(info: GraphQLResolveInfo, path: readonly string[] = ['edges', 'node', 'organization']): boolean {
  return [...fieldsSelectedAt(info, path)].every((field) => SUMMARY_FIELDS.has(field));
}

/**
 * What a needs or offers connection's read may leave out for this request (PageOptions): the
 * nodes' descriptions when not asked for, their organizations' columns beyond the summary.
 */
export function listColumnsAsked(info: GraphQLResolveInfo): { organizationSummary: boolean; description: boolean } {
  return { organizationSummary: asksOrganizationSummaryOnly(info), description: fieldsSelectedAt(info, ['edges', 'node']).has('description') };
}

const beyondSummary = new WeakMap<DataSource, string[]>();

/** The properties of Organization that its summary leaves out (SqlReader.rows' `except`), worked out once. */
export function beyondOrganizationSummary(dataSource: DataSource): string[] {
  let properties = beyondSummary.get(dataSource);
  if (!properties) {
    properties = dataSource
      .getMetadata(Organization)
      .columns.map((column) => column.propertyName)
      .filter((property) => !ORGANIZATION_SUMMARY_COLUMNS.includes(property));
    beyondSummary.set(dataSource, properties);
  }
  return properties;
}
