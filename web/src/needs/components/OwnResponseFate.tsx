import { type MantineSize, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NeedStatus, ResponseStatus } from '../../graphql/graphql';

/**
 * What became of our organization's latest response to another organization's need, on the
 * need's page, where nothing else says it. A response closed with its need says why by the
 * need's status: "another partner" only when the need is PARTNERED (and we are not its partner:
 * then NeedPartnership speaks), and that the need found a partner whose partnership was later
 * cancelled when it is OPEN: only that opens a need again. Never who the partner is: the API
 * tells only the two sides (Need.partnership is null to us).
 */
export function OwnResponseFate({
  status,
  needStatus,
  needOrganization,
  size,
}: {
  status: ResponseStatus;
  needStatus: NeedStatus;
  needOrganization: string;
  /** Smaller in a call's card on /calls, as the rest of it. */
  size?: MantineSize;
}) {
  const { t } = useTranslation();
  const closedBecause = needStatus === 'PARTNERED' || needStatus === 'CLOSED' || needStatus === 'EXPIRED' || needStatus === 'OPEN' ? needStatus : 'other';
  const key = status === 'CLOSED' ? `needs.ownResponse.CLOSED.${closedBecause}` : `needs.ownResponse.${status}`;
  return (
    <Text mt="xs" fw={500} size={size}>
      {t(key, { organization: needOrganization })}
    </Text>
  );
}
