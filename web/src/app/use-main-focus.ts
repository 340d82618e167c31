import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/** The page's main heading: an h1, or what says it is one (ErrorNotice's, on a page that is only the notice). */
const MAIN_HEADING = 'h1, [role="heading"][aria-level="1"]';

/** How long a page's heading is waited for after the move (its data loading): then the main area keeps the focus. */
const HEADING_WAIT_MS = 10_000;

/**
 * Moving to another page in the app said nothing to a screen reader: the focus stayed on the
 * menu's link (or fell to the body with the button that moved it), and no page load is announced
 * in a single-page app. After a move the person made to another page (a link, a button, a form
 * sent, back or forward), the new page's main heading takes the focus, so that a screen reader
 * reads where one is; the main area (id "main") takes it until the heading is there (a page still
 * loading its data). Left alone: the first page a tab opens and the redirects that come on their
 * own before the person did anything (the skip link is the keyboard's first stop there), a change
 * of the query string or the #fragment only (filters, the language), and a page that put the
 * focus somewhere of its own meanwhile (useLandOn's row, a form's first error).
 * Used once, by the root route's element, which stays across the layouts (signing in, out).
 */
export function useFocusOnPageChange(): void {
  const { pathname, search, hash } = useLocation();
  const navigationType = useNavigationType();
  const shown = useRef<string | null>(null);
  // Where the page shown is, with its query string and #fragment as last seen: the link that
  // opened it may have named a part of it (the desk's link to a response, /needs/<id>#response-<id>).
  const href = `${pathname}${search}${hash}`;
  const shownHref = useRef<string | null>(null);
  // A click, tap or key since the tab opened: the moves that follow are the person's.
  const acted = useRef(false);
  // The focus right after the new page is in the DOM, before its effects run.
  const afterUpdate = useRef<Element | null>(null);

  useEffect(() => {
    const mark = () => {
      acted.current = true;
    };
    const events = ['pointerdown', 'keydown', 'click'] as const;
    for (const type of events) document.addEventListener(type, mark, true);
    return () => {
      for (const type of events) document.removeEventListener(type, mark, true);
    };
  }, []);

  useLayoutEffect(() => {
    afterUpdate.current = document.activeElement;
  }, [pathname]);

  useEffect(() => {
    const previous = shown.current;
    shown.current = pathname;
    if (previous === null || previous === pathname) return;
    // Back and forward are the person's, even before any click in this tab.
    if (!acted.current && navigationType !== 'POP') return;
    return focusMainHeading(afterUpdate.current, navigationType === 'POP' ? { href: shownHref.current ?? previous, pathname: previous } : null);
  }, [pathname, navigationType]);
  // After the effect above, which reads the page left's; also when only the query string or the #fragment changed.
  useEffect(() => {
    shownHref.current = href;
  }, [href]);
}

/**
 * Focuses the main heading, or the main area until the heading comes; returns what stops waiting for it.
 * Back (or forward) to a page with a link to the page left (`left`: a call on /calls, an offer on
 * the desk) focuses that link instead: the browser puts the view back where it was, far down a
 * long list, and the heading at the top took the focus there, so the next Tab went to the top of
 * the page (a phone walk: /calls at 94 calls, back from the 85th). The link to the very place
 * left (`left.href`, with its query string and #fragment: one of a need's responses on the desk,
 * /needs/<id>#response-<id>) first; else the first link to its page (`left.pathname`): the
 * first of a need's several links took the focus, not the one opened.
 */
function focusMainHeading(before: Element | null, left: { href: string; pathname: string } | null = null): () => void {
  // The page (or the person) moved the focus since the move: it stays there.
  const movedElsewhere = () => {
    const active = document.activeElement;
    const main = document.getElementById('main');
    return !!active && active !== before && active !== document.body && active !== main;
  };
  // True once done: the heading focused, or the focus moved elsewhere.
  const attempt = (): boolean => {
    if (movedElsewhere()) return true;
    const main = document.getElementById('main');
    if (!main) return false; // the layout is still loading (the session)
    const links = left === null ? [] : Array.from(main.querySelectorAll<HTMLAnchorElement>('a[href]'));
    const opened = left && (links.find((link) => link.getAttribute('href') === left.href) ?? links.find((link) => link.getAttribute('href') === left.pathname));
    if (opened) {
      opened.focus();
      return true;
    }
    const heading = main.querySelector<HTMLElement>(MAIN_HEADING);
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus();
      return true;
    }
    if (document.activeElement !== main) main.focus({ preventScroll: true });
    return false;
  };
  if (attempt()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (attempt()) stop();
  });
  const timer = window.setTimeout(() => stop(), HEADING_WAIT_MS);
  function stop() {
    observer.disconnect();
    window.clearTimeout(timer);
  }
  observer.observe(document.body, { childList: true, subtree: true });
  return stop;
}
