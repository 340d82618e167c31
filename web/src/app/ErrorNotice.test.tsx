import { MantineProvider } from '@mantine/core';
import { CombinedGraphQLErrors } from '@apollo/client';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { setupI18n } from '../i18n/i18n';
import type { AppLanguage } from '../i18n/language';
import { theme } from './theme';
import { ErrorNotice } from './ErrorNotice';

const refused = (extensions: Record<string, unknown>, message = 'interval: the window holds more than 1000 periods') =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });

const renderNotice = (error: unknown, language: AppLanguage = 'sl') =>
  render(
    <I18nextProvider i18n={setupI18n(language)}>
      <MantineProvider theme={theme}>
        <ErrorNotice error={error} />
      </MantineProvider>
    </I18nextProvider>,
  );

describe('ErrorNotice', () => {
  it('words refused input by the rule the API names, where the page has no field to show it under', () => {
    const error = refused({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'interval', message: 'the window holds more than 1000 periods: choose MONTH or a shorter window', constraint: 'maxPeriods', limit: 1000 }],
    });
    renderNotice(error);
    expect(screen.getByRole('alert').textContent).toContain('Obdobje je predolgo za ta prikaz (največ 1000 intervalov): izberite mesece ali krajše obdobje.');
  });

  it('in English too, and keeps the general words for refused input without fields (whose message is in the API’s English)', () => {
    const { unmount } = renderNotice(refused({ code: 'BAD_USER_INPUT', fields: [{ field: 'to', message: 'must be after from', constraint: 'isAfter' }] }), 'en');
    expect(screen.getByRole('alert').textContent).toContain('The end must be after the start.');
    unmount();
    renderNotice(refused({ code: 'BAD_USER_INPUT' }, 'A referenced item does not exist.'), 'en');
    expect(screen.getByRole('alert').textContent).toContain('That could not be done. Please try again.');
  });

  it('keeps its words for the other codes', () => {
    renderNotice(refused({ code: 'FORBIDDEN' }), 'en');
    expect(screen.getByRole('alert').textContent).toContain('You are not allowed to do this.');
  });
});
