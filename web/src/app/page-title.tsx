import { createContext, useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type UIMatch, useMatches } from 'react-router';

/** What a route declares of its page (routes.tsx): `title`, the i18n key of the words that say where one is. */
export interface RouteHandle {
  title?: string;
}

/** "Nova potreba · grozd-match": the page first, so that a tab or a screen reader's list of windows tells them apart. */
export const documentTitle = (page: string | null, app: string) => (page ? `${page} · ${app}` : app);

export const PageTitleContext = createContext<((title: string | null) => void) | null>(null);

/**
 * The document's title for the page shown (WCAG 2.4.2), in the reader's language and following a
 * switch of it: the deepest matching route's `handle.title`, or what its page put in its place
 * with usePageTitle (a need's own title once it is loaded), which the returned setter takes
 * (PageTitleContext). Used once, by the root route's element (AppFrame).
 */
export function useDocumentTitle(): (title: string | null) => void {
  const { t } = useTranslation();
  const matches = useMatches() as UIMatch<unknown, RouteHandle | undefined>[];
  const [pageTitle, setPageTitle] = useState<string | null>(null);
  const key = matches.findLast((match) => match.handle?.title)?.handle?.title;
  const title = documentTitle(pageTitle ?? (key ? t(key) : null), t('app.name'));
  useEffect(() => {
    document.title = title;
  }, [title]);
  return setPageTitle;
}

/**
 * A page whose title is its data (a need's or an offer's, once loaded), or that shows something
 * other than its route says (an error): `title` in place of the route's while the page is shown.
 * Null or undefined (still loading) leaves the route's. Outside the app's frame (the error page
 * that replaces it) it sets the document's title itself.
 */
export function usePageTitle(title: string | null | undefined) {
  const setPageTitle = useContext(PageTitleContext);
  const { t } = useTranslation();
  const app = t('app.name');
  useEffect(() => {
    if (!setPageTitle) {
      if (title) document.title = documentTitle(title, app);
      return;
    }
    // Nothing to say (still loading, or a page whose error notice says it): leaves the title to
    // the route, or to the notice inside the page, whose effect runs before its page's.
    if (!title) return;
    setPageTitle(title);
    return () => setPageTitle(null);
  }, [setPageTitle, title, app]);
}
