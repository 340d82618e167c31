import { Button, Loader } from '@mantine/core';
import type { TypedDocumentNode } from '@apollo/client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice } from '../../app/ErrorNotice';
import { ListRefreshFailedNotice } from '../../app/ListRefreshFailedNotice';
import { usePagedQuery } from '../../app/use-paged-query';
import { DeskClosedNeedsQuery } from '../graphql/queries/deskClosedNeeds';
import { DeskClosedOffersQuery } from '../graphql/queries/deskClosedOffers';
import classes from '../pages/desk.module.css';

/** The page of closed needs or offers asked for at a time, and on each "Show more". */
export const DESK_CLOSED_PAGE = 20;

/** What DeskClosedNeeds and DeskClosedOffers both ask: a page of postings, each with its status. */
interface ClosedConnection {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: { id: string; title: string; status: string; municipality: { name: string } } }[];
}

interface ClosedProps<Field extends 'needs' | 'offers'> {
  organizationId: string;
  /** The query's field, also the path of each posting's page (/needs/<id>, /offers/<id>). */
  field: Field;
  query: TypedDocumentNode<{ [K in Field]: ClosedConnection }, { organizationId: string; first: number; after?: string | null }>;
  label: string;
  empty: string;
}

/**
 * The organization's withdrawn and expired needs, under its open ones: out of the way (asked
 * for only when opened), yet a need closed by mistake or one to post again is found.
 */
export function ClosedNeeds({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  return <ClosedPostings organizationId={organizationId} field="needs" query={DeskClosedNeedsQuery} label={t('desk.closedNeeds')} empty={t('desk.noClosedNeeds')} />;
}

/** The same for its offers: once closed or expired an offer leaves the desk's list, not the desk. */
export function ClosedOffers({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  return <ClosedPostings organizationId={organizationId} field="offers" query={DeskClosedOffersQuery} label={t('desk.closedOffers')} empty={t('desk.noClosedOffers')} />;
}

function ClosedPostings<Field extends 'needs' | 'offers'>({ organizationId, field, query, label, empty }: ClosedProps<Field>) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  // Come back to (Back from a posting opened here), the pages loaded stay (usePagedQuery).
  const { data, loading, error, nextPage, readAgain, readAgainFailed } = usePagedQuery(query, { variables: { organizationId, first: DESK_CLOSED_PAGE }, field, pageSize: DESK_CLOSED_PAGE, skip: !shown });
  const connection = data?.[field];
  const listId = `desk-closed-${field}`;

  const more = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      // After a reading of the list under way, with its cursor (usePagedQuery).
      await nextPage();
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <div className={classes.closed}>
      <Button id={`${listId}-toggle`} size="compact-sm" variant="subtle" aria-expanded={shown} aria-controls={listId} onClick={() => setShown((current) => !current)}>
        {label}
      </Button>
      <div id={listId} hidden={!shown}>
        {shown &&
          (error ? (
            <ErrorNotice error={error} />
          ) : loading && !connection ? (
            <Loader size="sm" role="status" aria-label={t('common.loading')} />
          ) : (
            <>
              {/* Read again and failed (the reconnect, coming back from a posting): above the list;
                  once read, the focus to the button that opened it. */}
              {readAgainFailed && <ListRefreshFailedNotice id={`${listId}-stale`} onRetry={readAgain} focusAfterRetry={`${listId}-toggle`} />}
              {connection && connection.edges.length > 0 ? (
                <>
                  <ul className={classes.list}>
                    {connection.edges.map(({ node: posting }) => (
                      <li key={posting.id}>
                        <Link to={`/${field}/${posting.id}`}>{posting.title}</Link> · {posting.municipality.name} · {t(`status.${posting.status}`)}
                      </li>
                    ))}
                  </ul>
                  {connection.pageInfo.hasNextPage && (
                    <Button size="compact-sm" variant="outline" onClick={() => void more()} loading={loadingMore}>
                      {t('common.showMore')}
                    </Button>
                  )}
                </>
              ) : (
                <p>{empty}</p>
              )}
            </>
          ))}
      </div>
    </div>
  );
}
