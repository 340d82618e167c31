import type { OfferStatus } from '../graphql/graphql';

/**
 * The API's rule (PartnershipsService.assertPossible): an OPEN offer whose places are all taken
 * by active partnerships (placesLeft 0; null is unlimited) can take no other, so an answer that
 * would form one (the second acceptance of a suggestion, accepting a response) is refused with
 * CONFLICT OFFER_FULL. A first acceptance of a suggestion (the other side has not accepted)
 * forms nothing and is taken, but only as interest: the partnership can form once a place is
 * free. Every list with such a button asks this, not a copy of it.
 */
export function offerFull(offer: { status?: OfferStatus | null; placesLeft?: number | null }): boolean {
  return offer.status === 'OPEN' && offer.placesLeft === 0;
}
