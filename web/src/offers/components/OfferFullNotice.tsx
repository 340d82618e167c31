import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * What a full offer (offerFull) means for a suggestion's answer, by where the answer stands:
 * - `refused`: the other side accepted, so accepting would form the partnership, which the API
 *   refuses (OFFER_FULL); said instead of the Accept button.
 * - `interest`: neither side accepted yet; the API takes an acceptance, but only as interest
 *   (INTERESTED): the partnership forms once a place is free and the other side accepts too.
 *   Said next to the Accept button.
 * - `accepted`: we accepted (recorded as interest), and the other side cannot until a place is free.
 * To the offer's own organization it also says how to make a place (raise the capacity in the
 * offer's form, or end a partnership).
 */
export function OfferFullNotice({
  offerId,
  own,
  className,
  id,
  stage = 'refused',
}: {
  offerId: string;
  own: boolean;
  className?: string;
  id?: string;
  stage?: 'refused' | 'interest' | 'accepted';
}) {
  const { t } = useTranslation();
  const what = stage === 'interest' ? t('offers.fullInterest') : stage === 'accepted' ? t('offers.fullAccepted') : null;
  // Its own organization is told how to make a place; the other side, when it can accept (after one is made).
  const next = own ? t('offers.fullOwn') : stage === 'refused' ? t('offers.fullOther') : null;
  return (
    <p className={className} id={id}>
      {[t('offers.full'), what, next].filter(Boolean).join(' ')}
      {own && (
        <>
          {' '}
          <Link to={`/offers/${offerId}/edit`}>{t('offers.fullEdit')}</Link>
        </>
      )}
    </p>
  );
}
