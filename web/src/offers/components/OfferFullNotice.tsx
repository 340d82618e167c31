import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * Said instead of an Accept button the API would refuse (offerFull): the offer has no place left;
 * to its own organization, how to make one (raise the capacity in the offer's form).
 */
export function OfferFullNotice({ offerId, own, className }: { offerId: string; own: boolean; className?: string }) {
  const { t } = useTranslation();
  return (
    <p className={className}>
      {t('offers.full')}{' '}
      {own ? (
        <>
          {t('offers.fullOwn')} <Link to={`/offers/${offerId}/edit`}>{t('offers.fullEdit')}</Link>
        </>
      ) : (
        t('offers.fullOther')
      )}
    </p>
  );
}
