import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, MoreThanOrEqual, Not, Repository } from 'typeorm';
import { Principal } from '../auth/principal';
import { MatchStatus } from './match.enums';
import { Match } from './match.entity';
import { MATCHING_CONFIG } from './matching.queue';
import { MatchingConfig } from './scoring/matching-config';

export const MAX_SUGGESTIONS = 50;

@Injectable()
export class SuggestionsService {
  constructor(
    @InjectRepository(Match) private readonly matches: Repository<Match>,
    @Inject(MATCHING_CONFIG) private readonly config: MatchingConfig,
  ) {}

  /**
   * The current matches of a need or an offer, best first: above the listing threshold,
   * including INTERESTED and ACCEPTED ones, never DECLINED or EXPIRED. Readable by the
   * item's organization and the hub.
   */
  list(principal: Principal, side: 'needId' | 'offerId', id: string, ownerId: string, first: number): Promise<Match[]> {
    principal.assertMemberOf(ownerId);
    return this.matches.find({
      where: {
        [side]: id,
        status: Not(In([MatchStatus.DECLINED, MatchStatus.EXPIRED])),
        score: MoreThanOrEqual(this.config.listingThreshold),
      },
      order: { score: 'DESC', id: 'ASC' },
      take: Math.min(Math.max(first, 0), MAX_SUGGESTIONS),
    });
  }
}
