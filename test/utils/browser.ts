import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';

// Debian's Chromium (`apt-get install chromium`; .ci/run installs it). No browser is
// downloaded: this machine has no internet.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** A headless Chromium with a fresh profile (its own cookies), closed and removed by close(). */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No browser at ${CHROMIUM}: install Debian's chromium package (apt-get install -y chromium)`);
  const profile = mkdtempSync(join(tmpdir(), 'grozd-browser-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    // Without the background-networking flags Chromium keeps calling home, and this machine's closed network refuses it.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    async newPage(viewport = { width: 1280, height: 900 }) {
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** axe-core's WCAG 2.1 A/AA rules on the page as it is: the violations a person would be hurt by. */
export async function seriousAccessibilityViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, impact: violation.impact!, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
}

/** True when the page is wider than its viewport (a phone would scroll sideways). */
export function scrollsSideways(page: Page): Promise<boolean> {
  // A string, evaluated in the page: the tests' tsconfig has no DOM types.
  return page.evaluate<boolean>('document.documentElement.scrollWidth > window.innerWidth + 1');
}

/**
 * The whole page in one picture. Not Playwright's fullPage: while it takes one it turns a
 * touch screen's (pointer: coarse) off, so a phone's page was drawn with a mouse's compact
 * controls, and the page laid out again under the next click. The viewport is made as tall as
 * the page instead, and put back.
 */
export async function screenshotWhole(page: Page, path: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
  const height = await page.evaluate<number>('document.documentElement.scrollHeight');
  await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
  try {
    await page.screenshot({ path });
  } finally {
    await page.setViewportSize(viewport);
  }
}

/** A page of a profile made a touch screen, as a phone is: `(pointer: coarse)` holds, also after navigating. */
export async function emulateTouch(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
}

/**
 * The controls on the page a thumb would miss: buttons (the map's dots too), text fields,
 * selects, checkbox and radio labels and folded sections' summaries under 40 px tall (text
 * links inside a sentence are not counted, nor the boxes a label checks, nor Mantine's hidden
 * textarea that measures a growing one). A field is judged by the box a person taps, the one
 * drawn as the field: Mantine's password field is a 40 px box (.mantine-Input-input) with a 38 px
 * input inside its border, which was flagged, so /login and /signup went unchecked.
 */
export function smallTapTargets(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`[...document.querySelectorAll('button, summary, .mantine-Checkbox-label, .mantine-Radio-label, input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"]), select, textarea')]
    .filter((element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility === 'visible' && !element.closest('[aria-hidden="true"]'))
    .map((element) => ({ element, box: (element.matches('input, select, textarea') ? element.closest('.mantine-Input-input') ?? element : element).getBoundingClientRect() }))
    .filter(({ box }) => box.height < 39.5)
    .map(({ element, box }) => element.tagName.toLowerCase() + (element.name ? '[name=' + element.name + ']' : '') + ' "' + (element.getAttribute('aria-label') ?? element.textContent.trim()).slice(0, 40) + '" ' + Math.round(box.height) + ' px')`);
}

/**
 * Rows of the buttons (or links drawn as buttons) in `selector` that leave a gap at their end:
 * how far the last one on each row stops short of the row's right edge, when more than 2 px.
 */
export function rowGaps(page: Page, selector: string): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const group = document.querySelector(${JSON.stringify(selector)});
    if (!group) return ['no ' + ${JSON.stringify(selector)}];
    const right = group.getBoundingClientRect().right - parseFloat(getComputedStyle(group).paddingRight);
    const rows = new Map();
    for (const child of group.children) {
      const box = child.getBoundingClientRect();
      const top = Math.round(box.top);
      rows.set(top, Math.max(rows.get(top) ?? 0, box.right));
    }
    return [...rows.entries()].filter(([, end]) => right - end > 2).map(([top, end]) => 'row at ' + top + ' px ends ' + Math.round(right - end) + ' px short');
  })()`);
}

/** Boxes that scroll sideways inside the page (a wide table in its region): what they hide, a phone's reader may never find. */
export function sidewaysScrollers(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`[...document.querySelectorAll('body *')]
    .filter((element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX) && element.scrollWidth > element.clientWidth + 1)
    .map((element) => (element.getAttribute('aria-label') ?? element.tagName.toLowerCase()) + ': ' + element.scrollWidth + ' px in ' + element.clientWidth)`);
}
