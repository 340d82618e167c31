import { Inject, Injectable } from '@nestjs/common';
import { ItemProfile, profileOf } from './scoring/item-profile';
import { ScoringReference } from './scoring/scoring-reference';
import { SCORING_REFERENCE } from './scoring-reference.provider';

// Every open offer of a national deployment (issue 12 counts 100,000) with its needs: a
// profile takes under a kilobyte, so about 100 MB when full. Past it, the profile used
// longest ago goes, one at a time: clearing everything at once made the next jobs analyse
// all their candidates again.
const MAX_PROFILES = 120_000;

// 53 bits of a string (cyrb53): the cache remembers which text a profile was made of
// without keeping the text itself.
function textHash(text: string): number {
  let first = 0xdeadbeef;
  let second = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 2_654_435_761);
    second = Math.imul(second ^ code, 1_597_334_677);
  }
  first = Math.imul(first ^ (first >>> 16), 2_246_822_507) ^ Math.imul(second ^ (second >>> 13), 3_266_489_909);
  second = Math.imul(second ^ (second >>> 16), 2_246_822_507) ^ Math.imul(first ^ (first >>> 13), 3_266_489_909);
  return 4_294_967_296 * (2_097_151 & second) + (first >>> 0);
}

/**
 * The profiles (stems, themes) of the items this process scored, by id: analysing a text
 * costs far more than scoring a pair, and the same offers come up for need after need.
 * A profile is recomputed when the item's title, description or themes changed.
 */
@Injectable()
export class ItemProfileCache {
  // A Map iterates in insertion order: a profile used again is moved to the end, so the
  // first one is the one used longest ago.
  private readonly profiles = new Map<string, { text: number; version?: string; profile: ItemProfile }>();
  protected readonly capacity: number = MAX_PROFILES;

  constructor(@Inject(SCORING_REFERENCE) private readonly reference: ScoringReference) {}

  /**
   * The item's profile from this title, description and themes. `version`, when known, names
   * the item's row version the text was read at (an offer's search_xid): profileAt finds the
   * profile by it, without the text.
   */
  profileOf(id: string, title: string, description: string, themeCodes: string[], version?: string): ItemProfile {
    const text = textHash(`${title}\u0000${description}\u0000${themeCodes.join(',')}`);
    const cached = this.profiles.get(id);
    if (cached) this.profiles.delete(id);
    const same = cached?.text === text;
    const profile = same ? cached.profile : profileOf(title, description, themeCodes, this.reference.themes);
    this.remember(id, { text, version: version ?? (same ? cached.version : undefined), profile });
    return profile;
  }

  /** The item's profile if it was made from its text at this version. */
  profileAt(id: string, version: string): ItemProfile | undefined {
    const cached = this.profiles.get(id);
    if (cached?.version !== version) return undefined;
    this.profiles.delete(id);
    this.remember(id, cached);
    return cached.profile;
  }

  private remember(id: string, entry: { text: number; version?: string; profile: ItemProfile }): void {
    this.profiles.set(id, entry);
    if (this.profiles.size > this.capacity) this.profiles.delete(this.profiles.keys().next().value!);
  }
}
