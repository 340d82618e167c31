import { Principal } from '../auth/principal';
import { Posting } from './posting.entity';

export const EXTERNAL_ID_DESCRIPTION =
  "Your organization's own id for it, as it was posted (createNeed, createOffer and their bulk forms): for the posting organization and the hub; " +
  'null for anyone else, and when none was given. Posting again with an externalId the organization has already used returns the item stored the first time.';

/** A posting's externalId, for its organization and the hub only. */
export function ownExternalId(posting: Posting, principal: Principal | null | undefined): string | null {
  return posting.externalId && principal?.roleIn(posting.organizationId) ? posting.externalId : null;
}
