import { Button, Loader } from '@mantine/core';
import type { TypedDocumentNode } from '@apollo/client';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { ListRefreshFailedNotice } from '../../app/ListRefreshFailedNotice';
import { useEntryFlag } from '../../app/use-entry-flag';
import { usePagedQuery } from '../../app/use-paged-query';
import classes from '../pages/desk.module.css';

/** The page of a folded list asked for at a time, and on each "Show more". */
export const DESK_FOLDED_PAGE = 20;

/** What a folded list asks of its field: a page of postings (or of suggestions). */
interface PostingPage<Node> {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: Node }[];
}

interface FoldedProps<Field extends string, Node extends { id: string }> {
  organizationId: string;
  /** The query's field. */
  field: Field;
  query: TypedDocumentNode<{ [K in Field]: PostingPage<Node> }, { organizationId: string; first: number; after?: string | null }>;
  /** The element ids' stem: its toggle is `<id>-toggle`, its list `<id>`. */
  id: string;
  label: string;
  empty: string;
  /** One posting's line. */
  line(node: Node): ReactNode;
  /**
   * Raised by the page on a live change of what the list holds (suggestionAnswered): while
   * open, the list is read again from its start, as many as are shown.
   */
  changes?: number;
}

/**
 * A list of the organization's postings under a section of the desk, out of the way: behind a
 * button, asked for only when opened, 20 at a time. Come back to (Back from a posting opened
 * here), it is open as it was left, with the pages loaded (usePagedQuery).
 */
export function FoldedPostings<Field extends string, Node extends { id: string }>({ organizationId, field, query, id, label, empty, line, changes = 0 }: FoldedProps<Field, Node>) {
  const { t } = useTranslation();
  // Back from a posting opened here finds the list still open.
  const [shown, setShown] = useEntryFlag(`fold.${id}`);
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, nextPage, readAgain, readAgainFailed } = usePagedQuery(query, { variables: { organizationId, first: DESK_FOLDED_PAGE }, field, pageSize: DESK_FOLDED_PAGE, skip: !shown });
  const connection = data?.[field];
  // A change while folded needs nothing: opening it reads the list (again, when the cache has it).
  const changesRead = useRef(changes);
  useEffect(() => {
    if (changes === changesRead.current) return;
    changesRead.current = changes;
    if (shown && connection) void readAgain().catch(() => undefined);
  }, [changes, shown, connection, readAgain]);

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
      <Button
        id={`${id}-toggle`}
        size="compact-sm"
        variant="subtle"
        classNames={{ root: classes.foldToggle, label: classes.foldLabel }}
        aria-expanded={shown}
        aria-controls={id}
        onClick={() => setShown(!shown)}
      >
        {label}
      </Button>
      <div id={id} hidden={!shown}>
        {shown &&
          (error ? (
            <ErrorNotice error={error} />
          ) : loading && !connection ? (
            <Loader size="sm" role="status" aria-label={t('common.loading')} />
          ) : (
            <>
              {/* Read again and failed (the reconnect, coming back from a posting): above the list;
                  once read, the focus to the button that opened it. */}
              {readAgainFailed && <ListRefreshFailedNotice id={`${id}-stale`} onRetry={readAgain} focusAfterRetry={`${id}-toggle`} />}
              {connection && connection.edges.length > 0 ? (
                <>
                  <ul className={classes.list}>
                    {connection.edges.map(({ node }) => (
                      <li key={node.id}>{line(node)}</li>
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
