import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * After the app moved to another page, if the control that moved it went with the old page (a
 * form's submit button, a button on the desk), the focus was left on the page's body and a
 * screen reader said nothing of the new page: the main area (id "main") takes it. A link that
 * stays, as the menu's, keeps it; the first page a tab opens is left alone (the skip link is
 * the keyboard's first stop there). `ready`: the main area is on the screen.
 */
export function useMainFocusAfterNavigation(ready: boolean): void {
  const location = useLocation();
  useEffect(() => {
    if (!ready || location.key === 'default') return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [ready, location.key]);
}
