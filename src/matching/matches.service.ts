import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, MoreThanOrEqual, Not, Repository } from 'typeorm';
import { Principal } from '../auth/principal';
import { BadUserInputError } from '../common/errors/domain-errors';
import { MatchStatus } from './match.enums';
import { Match } from './match.entity';
import { MATCHING_CONFIG } from './matching.queue';
import { MatchingConfig } from './scoring/matching-config';

export const MAX_SUGGESTIONS = 50;

/** Reads matches as the API shows them: `Need.suggestions` and `Offer.suggestions`. */
@Injectable()
export class MatchesService {
  constructor(
    @InjectRepository(Match) private readonly matches: Repository<Match>,
    @Inject(MATCHING_CONFIG) private readonly config: MatchingConfig,
  ) {}

  /**
   * The current matches of a need or an offer, best first: above the listing threshold,
   * including INTERESTED and ACCEPTED ones, never DECLINED or EXPIRED. For the item's
   * organization and the hub.
   */
  async list(principal: Principal, side: 'needId' | 'offerId', id: string, ownerId: string, first: number | null, offset: number | null = 0): Promise<Match[]> {
    const size = first ?? 10;
    if (!Number.isInteger(size) || size < 1 || size > MAX_SUGGESTIONS) {
      throw BadUserInputError.field('first', `must be from 1 to ${MAX_SUGGESTIONS}`);
    }
    const skip = offset ?? 0;
    if (!Number.isInteger(skip) || skip < 0) throw BadUserInputError.field('offset', 'must be 0 or more');
    // Other organizations see an empty list rather than an error, so that one foreign item
    // does not null out a whole page of needs.
    if (!principal.roleIn(ownerId)) return [];
    return this.matches.find({
      where: {
        [side]: id,
        status: Not(In([MatchStatus.DECLINED, MatchStatus.EXPIRED])),
        score: MoreThanOrEqual(this.config.listingThreshold),
      },
      order: { score: 'DESC', id: 'ASC' },
      skip,
      take: size,
    });
  }
}
