import { Inject, Injectable } from '@nestjs/common';
import { ItemProfile, profileOf } from './scoring/item-profile';
import { ScoringReference } from './scoring/scoring-reference';
import { SCORING_REFERENCE } from './scoring-reference.provider';

// Enough for every open item of a large region; past it the cache starts over rather than
// tracking which profile was used last.
const MAX_PROFILES = 50_000;

/**
 * The profiles (stems, themes) of the items this process scored, by id: analysing a text
 * costs far more than scoring a pair, and the same offers come up for need after need.
 * A profile is recomputed when the item's title, description or themes changed.
 */
@Injectable()
export class ItemProfileCache {
  private readonly profiles = new Map<string, { key: string; profile: ItemProfile }>();

  constructor(@Inject(SCORING_REFERENCE) private readonly reference: ScoringReference) {}

  profileOf(id: string, title: string, description: string, themeCodes: string[]): ItemProfile {
    const key = `${title}\u0000${description}\u0000${themeCodes.join(',')}`;
    const cached = this.profiles.get(id);
    if (cached?.key === key) return cached.profile;
    const profile = profileOf(title, description, themeCodes, this.reference.themes);
    if (this.profiles.size > MAX_PROFILES) this.profiles.clear();
    this.profiles.set(id, { key, profile });
    return profile;
  }
}
