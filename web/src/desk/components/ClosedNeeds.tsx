import { Button, Loader } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { appendPage } from '../../app/append-page';
import { ErrorNotice } from '../../app/ErrorNotice';
import { DESK_CLOSED_NEEDS_PAGE, DeskClosedNeedsQuery } from '../graphql/queries/deskClosedNeeds';
import classes from '../pages/desk.module.css';

/**
 * The organization's withdrawn and expired needs, under its open ones: out of the way (asked
 * for only when opened), yet a need closed by mistake or one to post again is found.
 */
export function ClosedNeeds({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, fetchMore } = useQuery(DeskClosedNeedsQuery, {
    variables: { organizationId, first: DESK_CLOSED_NEEDS_PAGE },
    skip: !shown,
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.needs;

  const more = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: appendPage('needs'),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <div className={classes.closed}>
      <Button size="compact-sm" variant="subtle" aria-expanded={shown} aria-controls="desk-closed-needs" onClick={() => setShown((current) => !current)}>
        {t('desk.closedNeeds')}
      </Button>
      <div id="desk-closed-needs" hidden={!shown}>
        {shown &&
          (error ? (
            <ErrorNotice error={error} />
          ) : loading && !connection ? (
            <Loader size="sm" role="status" aria-label={t('common.loading')} />
          ) : connection && connection.edges.length > 0 ? (
            <>
              <ul className={classes.list}>
                {connection.edges.map(({ node: need }) => (
                  <li key={need.id}>
                    <Link to={`/needs/${need.id}`}>{need.title}</Link> · {need.municipality.name} · {t(`status.${need.status}`)}
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
            <p>{t('desk.noClosedNeeds')}</p>
          ))}
      </div>
    </div>
  );
}
