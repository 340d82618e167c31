import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { Principal } from '../auth/principal';
import { RequestLoaders } from '../common/dataloader/request-loaders';
import { ForbiddenError } from '../common/errors/domain-errors';
import { whereIn } from '../common/filtering/query-filters';
import { Connection } from '../common/pagination/connection.type';
import { PageOptions, paginate } from '../common/pagination/paginate';
import { OrganizationsService } from '../organizations/organizations.service';
import { PartnershipsArgs } from './dto/partnerships.args';
import { Match } from '../matching/match.entity';
import { NeedsService } from '../needs/needs.service';
import { OffersService } from '../offers/offers.service';
import { Partnership } from './partnership.entity';

/** Reads for the GraphQL side, batched per request. */
@Injectable()
export class PartnershipsQueries {
  constructor(
    @InjectRepository(Partnership) private readonly partnerships: Repository<Partnership>,
    private readonly needs: NeedsService,
    private readonly offers: OffersService,
    private readonly organizations: OrganizationsService,
  ) {}

  /**
   * An organization's partnerships on either side, newest first: for its members and the hub; all
   * of them for the hub. `options.totalCount` false (the request did not ask for it): not counted.
   */
  async list(principal: Principal, args: PartnershipsArgs, options: PageOptions = {}): Promise<Connection<Partnership>> {
    const query = this.partnerships.createQueryBuilder('partnership');
    if (args.organizationId) {
      await this.organizations.get(args.organizationId);
      principal.assertMemberOf(args.organizationId);
      query.where('(partnership.needOrganizationId = :organizationId OR partnership.partnerOrganizationId = :organizationId)', {
        organizationId: args.organizationId,
      });
    } else if (!principal.hub) {
      throw new ForbiddenError('Only the hub staff may list every partnership: pass organizationId to list your own organization\'s.');
    }
    whereIn(query, 'partnership.status', args.statuses);
    return paginate(query, args, { totalCount: options.totalCount });
  }

  byMatchLoader(loaders: RequestLoaders): DataLoader<string, Partnership | null> {
    return loaders.get('partnershipByMatch', () => new DataLoader<string, Partnership | null>(async (matchIds) => {
      const rows = await this.partnerships.findBy({ matchId: In([...matchIds]) });
      const byMatch = new Map(rows.map((row) => [row.matchId, row]));
      return matchIds.map((id) => byMatch.get(id) ?? null);
    }));
  }

  /** The partnership each accepted response formed, for a whole page of responses in one query. */
  byResponseLoader(loaders: RequestLoaders): DataLoader<string, Partnership | null> {
    return loaders.get('partnershipByResponse', () => new DataLoader<string, Partnership | null>(async (responseIds) => {
      const rows = await this.partnerships.findBy({ responseId: In([...responseIds]) });
      const byResponse = new Map(rows.map((row) => [row.responseId, row]));
      return responseIds.map((id) => byResponse.get(id) ?? null);
    }));
  }

  /**
   * Each need's newest partnership, for a whole page of needs in one query: the one a PARTNERED
   * need is partnered by (only an OPEN need takes a partner, and only a cancellation opens a
   * partnered need again, so any older one was CANCELLED).
   */
  byNeedLoader(loaders: RequestLoaders): DataLoader<string, Partnership | null> {
    return loaders.get('partnershipByNeed', () => new DataLoader<string, Partnership | null>(async (needIds) => {
      const rows = await this.partnerships
        .createQueryBuilder('partnership')
        .distinctOn(['partnership.needId'])
        .where('partnership.needId IN (:...needIds)', { needIds: [...needIds] })
        .orderBy('partnership.needId')
        .addOrderBy('partnership.createdAt', 'DESC')
        .addOrderBy('partnership.id', 'DESC')
        .getMany();
      const byNeed = new Map(rows.map((row) => [row.needId, row]));
      return needIds.map((id) => byNeed.get(id) ?? null);
    }));
  }

  /** The need's and the offer's organization of a match. */
  async organizationsOf(match: Match, loaders: RequestLoaders): Promise<[string, string]> {
    const [need, offer] = await Promise.all([this.needs.loader(loaders).load(match.needId), this.offers.loader(loaders).load(match.offerId)]);
    return [need!.organizationId, offer!.organizationId];
  }
}
