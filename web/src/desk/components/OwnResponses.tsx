import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DeskOwnResponsesQuery as DeskOwnResponses } from '../../graphql/graphql';
import { DeskOwnResponsesQuery } from '../graphql/queries/deskOwnResponses';
import { FoldedPostings } from './FoldedPostings';

type AnsweredNeed = DeskOwnResponses['needs']['edges'][number]['node'];

/**
 * The needs of others the organization responded to, under its offers: a volunteer who
 * answered a call finds it again here, with what became of the response, also once the need
 * has closed and left /calls.
 */
export function OwnResponses({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const line = (need: AnsweredNeed) => (
    <>
      <Link to={`/needs/${need.id}`}>{need.title}</Link> · {need.organization.name}
      {need.ownResponse && <> · {t(`desk.ownResponse.${need.ownResponse.status}`)}</>}
    </>
  );
  return <FoldedPostings organizationId={organizationId} field="needs" query={DeskOwnResponsesQuery} id="desk-own-responses" label={t('desk.ownResponses')} empty={t('desk.noOwnResponses')} line={line} />;
}
