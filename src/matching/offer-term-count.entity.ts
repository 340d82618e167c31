import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Document frequencies of the matching engine: for each stem, how many open offers with a
 * search profile use it; the empty stem counts those offers themselves (every offer
 * "contains" it), so that the total is read with the stems it divides. Kept current by
 * triggers on offer in the transaction that changes an offer's status or match_terms (see
 * the OfferTermCounts migration); scoring jobs read the few rows they need instead of
 * counting the offers.
 */
@Entity('offer_term_count')
export class OfferTermCount {
  @PrimaryColumn({ type: 'text' })
  term: string;

  @Column({ type: 'integer' })
  offers: number;
}
