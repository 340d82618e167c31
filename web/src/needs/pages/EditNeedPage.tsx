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
import { NeedForm, type NeedFormValues } from '../components/NeedForm';
import { CloseNeedMutation } from '../graphql/mutations/closeNeed';
import { UpdateNeedMutation } from '../graphql/mutations/updateNeed';
import { NeedForEditQuery } from '../graphql/queries/needForEdit';

export default function EditNeedPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { me } = useSession();
  const { data, loading, error } = useQuery(NeedForEditQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [updateNeed] = useMutation(UpdateNeedMutation);
  const [closeNeed, { loading: closing }] = useMutation(CloseNeedMutation);
  const [closeError, setCloseError] = useState<unknown>(null);
  const { ask, dialog } = useConfirm();

  if (loading) return <PageLoader />;
  if (error) return <ErrorNotice error={error} page />;
  if (!data?.need) return <ErrorNotice notFound page />;
  const need = data.need;
  // As the API decides (its organization's members or the hub): anyone else's save would be refused.
  if (!actsFor(me, need.organization.id)) {
    return (
      <Alert color="yellow">
        {t('needs.otherOrganization')}{' '}
        <Anchor component={Link} to={`/needs/${id}`}>
          {t('needs.toItem')}
        </Anchor>
      </Alert>
    );
  }
  // Said with the way back, as above: on its own the note left a dead end.
  if (need.status !== 'OPEN') {
    return (
      <Alert color="yellow">
        {t('needs.notOpen')}{' '}
        <Anchor component={Link} to={`/needs/${id}`}>
          {t('needs.toItem')}
        </Anchor>
      </Alert>
    );
  }

  const initial: NeedFormValues = {
    title: need.title,
    description: need.description,
    kind: need.kind,
    municipalityCode: need.municipality.code,
    resourceTypes: need.resourceTypes,
    themeCodes: need.themes.map((theme) => theme.code),
    startsOn: need.startsOn ?? '',
    endsOn: need.endsOn ?? '',
    respondBy: need.respondBy ?? '',
    budgetEur: need.budgetEur === null || need.budgetEur === undefined ? '' : String(need.budgetEur),
    preferredSectors: need.preferredSectors,
  };

  // What withdrawing does (closeNeed), to a need of any kind: no more suggestions; /calls lists
  // OPEN needs only and respondToNeed refuses any other, so it takes no more responses; its
  // pending responses close with it (NeedsService.whenLeftOpen).
  const close = async () => {
    if (!(await ask({ title: t('needs.closeTitle', { title: need.title }), message: t('needs.closeConfirm'), confirm: t('needs.closeItem') }))) return;
    try {
      await closeNeed({ variables: { id } });
      navigate(`/needs/${id}`);
    } catch (failure) {
      setCloseError(failure);
    }
  };

  return (
    <>
      <NeedForm
        draftKey={draftKey(me.id, `need.${id}`)}
        initial={initial}
        title={t('needs.editTitle')}
        submitLabel={t('needs.submitEdit')}
        cancelTo={`/needs/${id}`}
        onSubmit={async (values) => {
          await updateNeed({
            variables: {
              input: {
                id,
                title: values.title.trim(),
                description: values.description.trim(),
                kind: values.kind,
                municipalityCode: values.municipalityCode,
                resourceTypes: values.resourceTypes,
                themeCodes: values.themeCodes,
                startsOn: textOrNull(values.startsOn),
                endsOn: textOrNull(values.endsOn),
                respondBy: textOrNull(values.respondBy),
                budgetEur: numberOrNull(values.budgetEur),
                preferredSectors: values.preferredSectors,
              },
            },
          });
          navigate(`/needs/${id}`);
        }}
      />
      <Group mt="xl">
        <Button color="red" variant="outline" loading={closing} disabled={closing} onClick={() => void close()}>
          {t('needs.closeItem')}
        </Button>
      </Group>
      {closeError !== null && <ErrorNotice error={closeError} />}
      {dialog}
    </>
  );
}
