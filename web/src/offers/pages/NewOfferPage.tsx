import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { NoOrganizationNotice } from '../../app/NoOrganizationNotice';
import { useSession } from '../../app/session';
import { numberOrNull, textOrNull } from '../../forms/controls';
import { draftKey } from '../../forms/use-draft';
import { EMPTY_OFFER, OfferForm, offerInput } from '../components/OfferForm';
import { CreateOfferMutation } from '../graphql/mutations/createOffer';

export default function NewOfferPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me, membership } = useSession();
  const [createOffer] = useMutation(CreateOfferMutation);
  if (!membership) return <NoOrganizationNotice />;
  // Where the organization is, until the reader chooses another municipality.
  const initial = { ...EMPTY_OFFER, municipalityCode: membership.organization.municipality.code };
  return (
    <OfferForm
      draftKey={draftKey(me.id, 'offer.new')}
      initial={initial}
      title={t('offers.newTitle')}
      submitLabel={t('offers.submitNew')}
      onSubmit={async (values) => {
        const { data } = await createOffer({
          variables: { input: { organizationId: membership.organization.id, ...offerInput(values, numberOrNull, textOrNull) } },
        });
        if (data) navigate(`/offers/${data.createOffer.id}`);
      }}
    />
  );
}
