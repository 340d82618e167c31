import { useSubscription } from '@apollo/client/react';
import type { TFunction } from 'i18next';
import type { ResponseChangedSubscription as ResponseChangedData } from '../../graphql/graphql';
import { ResponseChangedSubscription } from '../graphql/subscriptions/responseChanged';

export type ChangedResponse = ResponseChangedData['responseChanged'];

/**
 * What a screen reader hears of a response's change, read by `organizationId`: only what the
 * other side did. The need's organization hears of a new response and of a withdrawal; the
 * responding one of an acceptance, a decline, or its response closed with the need, and why, as
 * the pages then say it: the need withdrawn or expired, another partner chosen (the need PARTNERED
 * and its partnership not ours: the API gives it only to its two sides), or a suggestion of ours
 * that made us the partner. Null for our own doings, which come back too.
 */
export function responseChangedAnnouncement(t: TFunction, response: ChangedResponse, organizationId: string): string | null {
  const title = response.need.title;
  if (response.need.organization.id === organizationId) {
    if (response.status === 'PENDING') return t('needs.responseLive.RECEIVED', { organization: response.organization.name, title });
    if (response.status === 'WITHDRAWN') return t('needs.responseLive.WITHDRAWN', { organization: response.organization.name, title });
    return null;
  }
  if (response.organization.id !== organizationId) return null;
  const organization = response.need.organization.name;
  if (response.status === 'CLOSED') {
    const need = response.need;
    if (need.status === 'PARTNERED') {
      const ours = need.partnership?.partnerOrganization.id === organizationId;
      return t(`needs.responseLive.closedBecause.${ours ? 'ours' : 'PARTNERED'}`, { organization, title });
    }
    if (need.status === 'CLOSED' || need.status === 'EXPIRED') return t(`needs.responseLive.closedBecause.${need.status}`, { organization, title });
    return t('needs.responseLive.CLOSED', { organization, title });
  }
  if (response.status === 'ACCEPTED' || response.status === 'DECLINED') return t(`needs.responseLive.${response.status}`, { organization, title });
  return null;
}

/**
 * Calls onChanged with each response of the organization (to its needs, or its own to others')
 * that is new or changed while the page is open, once the cache holds it as it now is: the rows
 * shown and the need's status follow by themselves; a new one is for the page to list.
 */
export function useResponseChanged(organizationId: string | undefined, onChanged: (response: ChangedResponse) => void) {
  useSubscription(ResponseChangedSubscription, {
    variables: { organizationId: organizationId ?? '' },
    skip: !organizationId,
    onData: ({ data }) => {
      if (data.data) onChanged(data.data.responseChanged);
    },
  });
}
