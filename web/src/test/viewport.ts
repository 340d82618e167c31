import { onTestFinished } from 'vitest';

const REM = 16;

/** Whether a media query of plain min-width / max-width parts (em, rem or px) holds at this width. */
function holdsAt(query: string, widthPx: number): boolean {
  const parts = [...query.matchAll(/\((min|max)-width:\s*([\d.]+)(em|rem|px)\)/g)];
  if (parts.length === 0) return false;
  return parts.every(([, bound, value, unit]) => {
    const px = Number(value) * (unit === 'px' ? 1 : REM);
    return bound === 'min' ? widthPx >= px : widthPx <= px;
  });
}

/**
 * The window as wide as a phone (360 px) for the media queries the page reads (jsdom has no
 * layout; test/setup.ts answers every query with false): until the end of the test.
 */
export function onAPhone(widthPx = 360) {
  const before = window.matchMedia;
  window.matchMedia = ((query: string) => ({ ...before(query), media: query, matches: holdsAt(query, widthPx) })) as typeof window.matchMedia;
  onTestFinished(() => {
    window.matchMedia = before;
  });
}
