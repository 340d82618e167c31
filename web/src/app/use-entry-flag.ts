import { useCallback, useState } from 'react';
import { useLocation } from 'react-router';

const PREFIX = 'grozd.entry.';

function read(key: string): boolean {
  try {
    return sessionStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}

function write(key: string, on: boolean): void {
  try {
    if (on) sessionStorage.setItem(key, '1');
    else sessionStorage.removeItem(key);
  } catch {
    // No storage (refused, or full): the flag lives as long as the page does.
  }
}

/**
 * A yes or no of a page kept with its entry in the tab's history (react-router's location key,
 * in sessionStorage): Back to the page finds it as it was left, a fold still open, while a new
 * visit, from a link or the menu, starts afresh. `name` tells a page's flags apart.
 */
export function useEntryFlag(name: string): [boolean, (on: boolean) => void] {
  const { key } = useLocation();
  const storageKey = `${PREFIX}${key}.${name}`;
  const [flags, setFlags] = useState<{ key: string; on: boolean }>(() => ({ key: storageKey, on: read(storageKey) }));
  // Another entry of the same page (a link to it from itself): its own flag, read afresh.
  const on = flags.key === storageKey ? flags.on : read(storageKey);
  const set = useCallback(
    (next: boolean) => {
      write(storageKey, next);
      setFlags({ key: storageKey, on: next });
    },
    [storageKey],
  );
  return [on, set];
}
