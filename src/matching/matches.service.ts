import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, MoreThanOrEqual, Not, Repository } from 'typeorm';
import { Principal } from '../auth/principal';
import { BadUserInputError, ForbiddenError } from '../common/errors/domain-errors';
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
   * organization and the hub; anyone else gets FORBIDDEN (the field is nullable, so the
   * item itself, and a page of items, stays readable).
   */
  async list(principal: Principal, side: 'needId' | 'offerId', id: string, ownerId: string, first: number | null, offset: number | null = 0): Promise<Match[]> {
    if (!principal.roleIn(ownerId)) {
      const item = side === 'needId' ? 'need' : 'offer';
      throw new ForbiddenError(`Only the ${item}'s organization and the hub may see its suggestions.`);
    }
    const size = first ?? 10;
    if (!Number.isInteger(size) || size < 1 || size > MAX_SUGGESTIONS) {
      throw BadUserInputError.field('first', `must be from 1 to ${MAX_SUGGESTIONS}`);
    }
    const skip = offset ?? 0;
    if (!Number.isInteger(skip) || skip < 0) throw BadUserInputError.field('offset', 'must be 0 or more');
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
