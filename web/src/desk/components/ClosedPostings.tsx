import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DeskClosedNeedsQuery } from '../graphql/queries/deskClosedNeeds';
import { DeskClosedOffersQuery } from '../graphql/queries/deskClosedOffers';
import { FoldedPostings } from './FoldedPostings';

/** A withdrawn or expired posting's line: its title, where, and its status. */
interface ClosedPosting {
  id: string;
  title: string;
  status: string;
  municipality: { name: string };
}

/**
 * The organization's withdrawn and expired needs, under its open ones: out of the way (asked
 * for only when opened), yet a need closed by mistake or one to post again is found.
 */
export function ClosedNeeds({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const line = (need: ClosedPosting) => (
    <>
      <Link to={`/needs/${need.id}`}>{need.title}</Link> · {need.municipality.name} · {t(`status.${need.status}`)}
    </>
  );
  return <FoldedPostings organizationId={organizationId} field="needs" query={DeskClosedNeedsQuery} id="desk-closed-needs" label={t('desk.closedNeeds')} empty={t('desk.noClosedNeeds')} line={line} />;
}

/** The same for its offers: once closed or expired an offer leaves the desk's list, not the desk. */
export function ClosedOffers({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const line = (offer: ClosedPosting) => (
    <>
      <Link to={`/offers/${offer.id}`}>{offer.title}</Link> · {offer.municipality.name} · {t(`status.${offer.status}`)}
    </>
  );
  return <FoldedPostings organizationId={organizationId} field="offers" query={DeskClosedOffersQuery} id="desk-closed-offers" label={t('desk.closedOffers')} empty={t('desk.noClosedOffers')} line={line} />;
}
