import { Anchor, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import linkTarget from '../../app/link-target.module.css';
import { enderOf, partnershipsEntryHref } from '../../partnerships/sides';
import type { NeedPartnershipQuery } from '../../graphql/graphql';
import { formatDate } from '../../i18n/format';
import classes from './need-partnership.module.css';

type PartneredNeed = NonNullable<NeedPartnershipQuery['need']>;

/**
 * Who a PARTNERED need's partner is, on its page: to the need's organization (and the hub) by
 * name, to the partner's members as theirs, with what became of their own response. The
 * contacts are on /partnerships, as for every partnership: both sides consented to them.
 */
export function NeedPartnership({
  partnership,
  ours,
  organizationId,
  ownResponse,
}: {
  partnership: NonNullable<PartneredNeed['partnership']>;
  /** The organization the page acts for is the partner. */
  ours: boolean;
  /** The organization the page acts for (null: the hub's staff): an ending by it is "yours". */
  organizationId: string | null;
  /** That organization's latest response to the need. */
  ownResponse: PartneredNeed['ownResponse'];
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  // The partner's latest response either formed the partnership (ACCEPTED) or was left
  // unanswered: CLOSED as the need was partnered, which only a suggestion then did (a response
  // of ours accepted since would be the latest). Any other says nothing of this partnership.
  const responseSaid =
    ours && ownResponse && (ownResponse.status === 'CLOSED' || (ownResponse.status === 'ACCEPTED' && ownResponse.partnership?.id === partnership.id)) ? ownResponse : null;
  // Who ended it, when the API knows: without it a colleague's ending read as the other side's.
  const ender = enderOf(partnership, organizationId);
  return (
    <section aria-labelledby="need-partnership-title" className={classes.partnership}>
      <Title order={2} size="h4" id="need-partnership-title">
        {ours ? t('needs.partnership.ours') : t('needs.partnership.partner', { organization: partnership.partnerOrganization.name })}
      </Title>
      {ours && <Text size="sm">{t('needs.partnership.oursNote', { organization: partnership.needOrganization.name })}</Text>}
      {responseSaid && <Text size="sm">{t(`needs.partnership.ownResponse.${responseSaid.status as 'ACCEPTED' | 'CLOSED'}`, { date: formatDate(responseSaid.createdAt, language) })}</Text>}
      {partnership.status !== 'ACTIVE' && (
        <Text size="sm">
          {partnership.endedAt
            ? ender
              ? t(`needs.partnership.endedBy.${ender.by}.${partnership.status}`, { ...ender, date: formatDate(partnership.endedAt, language) })
              : t(`needs.responses.endedOn.${partnership.status}`, { date: formatDate(partnership.endedAt, language) })
            : t(`needs.responses.endedNote.${partnership.status}`)}
        </Text>
      )}
      <Anchor component={Link} to={partnershipsEntryHref(partnership.id)} className={linkTarget.target}>
        {t('needs.partnership.link')}
      </Anchor>
    </section>
  );
}
