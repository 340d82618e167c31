import { useApolloClient, useSubscription } from '@apollo/client/react';
import type { TFunction } from 'i18next';
import type { PartnershipChangedSubscription as PartnershipChangedData } from '../../graphql/graphql';
import { PartnershipChangedSubscription, PartnershipKnownStatusFragment } from '../graphql/subscriptions/partnershipChanged';
import { enderOf } from '../sides';

export type ChangedPartnership = PartnershipChangedData['partnershipChanged'];

// The partnerships this tab is ending (EndPartnershipForm), with the ending asked for, until its
// answer is in the cache: the event of our own ending may come before the answer, and is not news
// to the one who ended it. An event of the other ending is: the other side ended it meanwhile (and
// ours is refused), which the form, gone with the partnership's ACTIVE status, cannot say.
const endingHere = new Map<string, string>();

/** Runs the ending of a partnership from this tab: the event of that ending, whenever it comes, is not announced. */
export async function endingFromHere<T>(partnershipId: string, ending: string, end: () => Promise<T>): Promise<T> {
  endingHere.set(partnershipId, ending);
  try {
    return await end();
  } finally {
    endingHere.delete(partnershipId);
  }
}

/**
 * What a screen reader hears of a partnership's end, read by `organizationId`: with which
 * organization, how it ended, and who ended it (endedBy): the other organization, the hub, or a
 * colleague (in another browser: this tab's own ending is no news). Without endedBy nobody is
 * named. For an end that is news only.
 */
export function partnershipChangedAnnouncement(t: TFunction, partnership: ChangedPartnership, organizationId: string): string | null {
  if (partnership.status === 'ACTIVE') return null;
  const other = partnership.needOrganization.id === organizationId ? partnership.partnerOrganization : partnership.needOrganization;
  const ender = enderOf(partnership, organizationId);
  const said = { organization: other.name, title: partnership.need.title };
  return ender ? t(`partnerships.liveBy.${ender.by}.${partnership.status}`, said) : t(`partnerships.live.${partnership.status}`, said);
}

/**
 * Calls onChanged with each end of one of the organization's partnerships while the page is
 * open, once the cache holds it as it now is (the rows shown, the need's status follow by
 * themselves), and whether it is news: not when this tab ended it (the cache had it ended
 * already, or the ending is under way here).
 */
export function usePartnershipChanged(organizationId: string | undefined, onChanged: (partnership: ChangedPartnership, news: boolean) => void) {
  const client = useApolloClient();
  useSubscription(PartnershipChangedSubscription, {
    variables: { organizationId: organizationId ?? '' },
    skip: !organizationId,
    // Written below, once what the cache had of it has been read.
    fetchPolicy: 'no-cache',
    onData: ({ data }) => {
      if (!data.data || !organizationId) return;
      const partnership = data.data.partnershipChanged;
      const known = client.cache.readFragment({ id: client.cache.identify(partnership), fragment: PartnershipKnownStatusFragment });
      const news = endingHere.get(partnership.id) !== partnership.status && known?.status !== partnership.status;
      client.cache.writeQuery({ query: PartnershipChangedSubscription, variables: { organizationId }, data: data.data });
      onChanged(partnership, news);
    },
  });
}
