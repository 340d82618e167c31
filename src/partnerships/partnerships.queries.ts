import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { RequestLoaders } from '../common/dataloader/request-loaders';
import { Connection, ConnectionArgs } from '../common/pagination/connection.type';
import { paginate } from '../common/pagination/paginate';
import { Match } from '../matching/match.entity';
import { NeedsService } from '../needs/needs.service';
import { OffersService } from '../offers/offers.service';
import { Partnership } from './partnership.entity';

/** Reads for the GraphQL side, batched per request. */
@Injectable()
export class PartnershipsQueries {
  constructor(
    @InjectRepository(Partnership) private readonly partnerships: Repository<Partnership>,
    @InjectRepository(Match) private readonly matches: Repository<Match>,
    private readonly needs: NeedsService,
    private readonly offers: OffersService,
  ) {}

  byMatchLoader(loaders: RequestLoaders): DataLoader<string, Partnership | null> {
    return loaders.get('partnershipByMatch', () => new DataLoader<string, Partnership | null>(async (matchIds) => {
      const rows = await this.partnerships.findBy({ matchId: In([...matchIds]) });
      const byMatch = new Map(rows.map((row) => [row.matchId, row]));
      return matchIds.map((id) => byMatch.get(id) ?? null);
    }));
  }

  matchLoader(loaders: RequestLoaders): DataLoader<string, Match | null> {
    return loaders.get('matchById', () => new DataLoader<string, Match | null>(async (ids) => {
      const rows = await this.matches.findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }));
  }

  /** The organization's partnerships, on either side, newest first. */
  list(organizationId: string, page: ConnectionArgs): Promise<Connection<Partnership>> {
    const query = this.partnerships
      .createQueryBuilder('partnership')
      .where('(partnership.needOrganizationId = :organizationId OR partnership.partnerOrganizationId = :organizationId)', { organizationId });
    return paginate(query, page);
  }

  /** The need's and the offer's organization of a match. */
  async organizationsOf(match: Match, loaders: RequestLoaders): Promise<[string, string]> {
    const [need, offer] = await Promise.all([this.needs.loader(loaders).load(match.needId), this.offers.loader(loaders).load(match.offerId)]);
    return [need!.organizationId, offer!.organizationId];
  }
}
