import { SelectQueryBuilder } from 'typeorm';
import { whereIn, whereOverlaps, whereTextContains, withSubThemes } from '../common/filtering/query-filters';
import { PostingFilter } from './dto/posting-filter.input';
import { Posting } from './posting.entity';

/** The conditions of a PostingFilter, on a query whose alias is the posting's table. */
export function wherePostingFilter<T extends Posting>(
  query: SelectQueryBuilder<T>,
  filter: (PostingFilter & { statuses?: readonly string[] | null }) | null | undefined,
): SelectQueryBuilder<T> {
  const alias = query.alias;
  whereIn(query, `${alias}.municipalityCode`, filter?.municipalityCodes);
  whereIn(query, `${alias}.status`, filter?.statuses);
  if (filter?.organizationId) query.andWhere(`${alias}.organizationId = :organizationId`, { organizationId: filter.organizationId });
  if (filter?.excludeOrganizationId) {
    query.andWhere(`${alias}.organizationId <> :excludeOrganizationId`, { excludeOrganizationId: filter.excludeOrganizationId });
  }
  whereOverlaps(query, `${alias}.themeCodes`, filter?.themeCodes && withSubThemes(filter.themeCodes));
  whereOverlaps(query, `${alias}.resourceTypes`, filter?.resourceTypes, 'resource_type[]');
  // The same expression as the table's trigram index (need_search_trgm, offer_search_trgm).
  whereTextContains(query, `${alias}.title || ' ' || ${alias}.description`, filter?.text);
  return query;
}
