import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * A link to one part of a page (the desk's link to a suggestion, /partnerships' "Details")
 * lands on it: once the element `elementId` is on the screen, which may be after the page's
 * data (and further pages of it) came, it is scrolled to the top and takes the focus, once per
 * visit. The browser's own jump to a #fragment happens before the data is there, so finds nothing.
 */
export function useLandOn(elementId: string | null): void {
  const { key } = useLocation();
  const landed = useRef<string | null>(null);
  useEffect(() => {
    if (!elementId || landed.current === `${key} ${elementId}`) return;
    const target = document.getElementById(elementId);
    if (!target) return;
    landed.current = `${key} ${elementId}`;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  });
}
