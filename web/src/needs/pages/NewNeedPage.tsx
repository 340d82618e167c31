import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { NoOrganizationNotice } from '../../app/NoOrganizationNotice';
import { useSession } from '../../app/session';
import { numberOrNull, textOrNull } from '../../forms/controls';
import { draftKey } from '../../forms/use-draft';
import { EMPTY_NEED, NeedForm } from '../components/NeedForm';
import { CreateNeedMutation } from '../graphql/mutations/createNeed';

export default function NewNeedPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me, membership } = useSession();
  const [createNeed] = useMutation(CreateNeedMutation);
  if (!membership) return <NoOrganizationNotice />;
  // Where the organization is, until the reader chooses another municipality.
  const initial = { ...EMPTY_NEED, municipalityCode: membership.organization.municipality.code };
  return (
    <NeedForm
      draftKey={draftKey(me.id, 'need.new')}
      initial={initial}
      title={t('needs.newTitle')}
      submitLabel={t('needs.submitNew')}
      onSubmit={async (values) => {
        const { data } = await createNeed({
          variables: {
            input: {
              organizationId: membership.organization.id,
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
        if (data) navigate(`/needs/${data.createNeed.id}`);
      }}
    />
  );
}
