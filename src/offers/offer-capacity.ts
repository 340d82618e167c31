import type { Offer } from './offer.entity';

/**
 * Whether the offer has no place left: its capacity (null is unlimited) taken by ACTIVE
 * partnerships. PartnershipsService refuses a partnership it would form (OFFER_FULL); the
 * e-mails and the answer pages say so beside their Accept. One rule, asked in TypeScript of a
 * loaded offer and in SQL of a row read with others.
 */
export const offerFull = (offer: Pick<Offer, 'capacity' | 'activePartnerships'>): boolean =>
  offer.capacity !== null && offer.activePartnerships >= offer.capacity;

/** offerFull in SQL, of the offer row aliased `alias`. */
export const offerFullSql = (alias: string): string => `(${alias}.capacity IS NOT NULL AND ${alias}.active_partnerships >= ${alias}.capacity)`;
