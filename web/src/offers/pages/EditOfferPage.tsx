import { Alert, Anchor, Button, Group } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useConfirm } from '../../app/ConfirmDialog';
import { ErrorNotice } from '../../app/ErrorNotice';
import { PageLoader } from '../../app/PageLoader';
import { actsFor, useSession } from '../../app/session';
import { numberOrNull, textOrNull } from '../../forms/controls';
import { draftKey } from '../../forms/use-draft';
import { OfferForm, type OfferFormValues, offerInput } from '../components/OfferForm';
import { CloseOfferMutation } from '../graphql/mutations/closeOffer';
import { UpdateOfferMutation } from '../graphql/mutations/updateOffer';
import { OfferForEditQuery } from '../graphql/queries/offerForEdit';

const asText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export default function EditOfferPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { me } = useSession();
  const { data, loading, error } = useQuery(OfferForEditQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [updateOffer] = useMutation(UpdateOfferMutation);
  const [closeOffer, { loading: closing }] = useMutation(CloseOfferMutation);
  const [closeError, setCloseError] = useState<unknown>(null);
  const { ask, dialog } = useConfirm();

  if (loading) return <PageLoader />;
  if (error) return <ErrorNotice error={error} page />;
  if (!data?.offer) return <ErrorNotice notFound page />;
  const offer = data.offer;
  // As the API decides (its organization's members or the hub): anyone else's save would be refused.
  if (!actsFor(me, offer.organization.id)) {
    return (
      <Alert color="yellow">
        {t('offers.otherOrganization')}{' '}
        <Anchor component={Link} to={`/offers/${id}`}>
          {t('offers.toItem')}
        </Anchor>
      </Alert>
    );
  }
  // Said with the way back, as above: on its own the note left a dead end.
  if (offer.status !== 'OPEN') {
    return (
      <Alert color="yellow">
        {t('offers.notOpen')}{' '}
        <Anchor component={Link} to={`/offers/${id}`}>
          {t('offers.toItem')}
        </Anchor>
      </Alert>
    );
  }

  const initial: OfferFormValues = {
    title: offer.title,
    description: offer.description,
    municipalityCode: offer.municipality.code,
    resourceTypes: offer.resourceTypes,
    themeCodes: offer.themes.map((theme) => theme.code),
    reach: offer.reach,
    serviceAreaCodes: offer.serviceArea.map((municipality) => municipality.code),
    availableFrom: offer.availableFrom ?? '',
    availableUntil: offer.availableUntil ?? '',
    valueEur: asText(offer.valueEur),
    capacity: asText(offer.capacity),
  };

  const close = async () => {
    if (!(await ask({ title: t('offers.closeTitle', { title: offer.title }), message: t('offers.closeConfirm'), confirm: t('offers.closeItem') }))) return;
    try {
      await closeOffer({ variables: { id } });
      navigate(`/offers/${id}`);
    } catch (failure) {
      setCloseError(failure);
    }
  };

  return (
    <>
      <OfferForm
        draftKey={draftKey(me.id, `offer.${id}`)}
        initial={initial}
        title={t('offers.editTitle')}
        submitLabel={t('offers.submitEdit')}
        cancelTo={`/offers/${id}`}
        onSubmit={async (values) => {
          await updateOffer({ variables: { input: { id, ...offerInput(values, numberOrNull, textOrNull) } } });
          navigate(`/offers/${id}`);
        }}
      />
      <Group mt="xl">
        <Button color="red" variant="outline" loading={closing} disabled={closing} onClick={() => void close()}>
          {t('offers.closeItem')}
        </Button>
      </Group>
      {closeError !== null && <ErrorNotice error={closeError} />}
      {dialog}
    </>
  );
}
