import '@mantine/core/styles/Alert.css';
import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../i18n/i18n';
import type { AppLanguage } from '../i18n/language';
import { ListRefreshFailedNotice } from './ListRefreshFailedNotice';
import { theme } from './theme';

/** The notice above a list of `items`, inside the list's section, as the pages put it. */
const renderInList = (language: AppLanguage = 'sl', onRetry = vi.fn()) => {
  render(
    <I18nextProvider i18n={setupI18n(language)}>
      <MantineProvider theme={theme}>
        <section aria-labelledby="list-title">
          <h2 id="list-title">Seznam</h2>
          <ListRefreshFailedNotice id="list-stale" onRetry={onRetry} />
          <ul>
            {Array.from({ length: 40 }, (_, index) => (
              <li key={index}>Postavka {index + 1}</li>
            ))}
          </ul>
        </section>
      </MantineProvider>
    </I18nextProvider>,
  );
  return onRetry;
};

describe('ListRefreshFailedNotice', () => {
  // After Back the browser put a phone's reader back far down a long list, above which the
  // notice sat, out of sight: it stays at the screen's top while they are anywhere in the list.
  it('stays at the top of the screen while the person is in its list (sticky within the list, above what it passes over)', () => {
    renderInList();
    const notice = screen.getByRole('status');
    const style = getComputedStyle(notice);
    expect(style.position).toBe('sticky');
    expect(style.top).toBe('0px');
    expect(Number(style.zIndex)).toBeGreaterThan(0);
    // Within the list's section (sticky only over it), before the list.
    expect(notice.parentElement).toBe(screen.getByRole('region', { name: 'Seznam' }));
    expect(notice.compareDocumentPosition(screen.getByRole('list')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it.each([
    { language: 'sl' as const, said: 'Seznama ni bilo mogoče osvežiti, zato morda ne kaže zadnjega stanja.', retry: 'Poskusi znova' },
    { language: 'en' as const, said: 'The list could not be refreshed, so it may be out of date.', retry: 'Try again' },
  ])('is said once (one live region) and keeps its retry button ($language)', ({ language, said, retry }) => {
    const onRetry = renderInList(language);
    expect(screen.getAllByRole('status')).toHaveLength(1);
    expect(document.querySelectorAll('[aria-live], [role="status"], [role="alert"]')).toHaveLength(1);
    const notice = screen.getByRole('status');
    expect(notice.textContent).toBe(`${said}${retry}`);
    within(notice).getByRole('button', { name: retry }).click();
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
