import { useEffect, useState } from 'react';

/**
 * Moves the focus to an element by its id once it is on the screen: after the data that renders
 * it came (the first call a "Pokaži več" page brought), or after the form that stood in its place
 * closed (a Respond button, a partnership's head). Returns `focusOn(id)`; null asks for nothing.
 * Looked for after every render until found, so whichever render brings it, it is not missed.
 * `pick` chooses what inside the element takes the focus (a call's heading: its link).
 */
export function useFocusWhenShown(pick?: (target: HTMLElement) => HTMLElement): (elementId: string | null) => void {
  const [pending, setPending] = useState<string | null>(null);
  useEffect(() => {
    if (!pending) return;
    const target = document.getElementById(pending);
    if (!target) return;
    (pick ? pick(target) : target).focus();
    setPending(null);
  });
  return setPending;
}
