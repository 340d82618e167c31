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
  it('says what changed when the API refuses with CONFLICT, by the situation it names, instead of asking to try again', () => {
    const { unmount } = renderNotice(refused({ code: 'CONFLICT', reason: 'OFFER_FULL' }, 'The offer has no capacity left for another partnership.'));
    expect(screen.getByRole('alert').textContent).toContain('Ponudba nima več prostega mesta za novo partnerstvo.');
    expect(screen.getByRole('alert').textContent).not.toContain('Poskusite znova');
    unmount();
    const english = renderNotice(refused({ code: 'CONFLICT', reason: 'DECLINED' }, 'This suggestion was declined; it cannot be answered again.'), 'en');
    expect(screen.getByRole('alert').textContent).toContain('This suggestion has already been declined');
    english.unmount();
    // A response on the desk answered meanwhile (another member, another tab), in both languages.
    const answered: [string, string, string][] = [
      ['ALREADY_ACCEPTED', 'Ta odziv je že sprejet: partnerstvo obstaja.', 'This response has already been accepted: the partnership exists.'],
      ['ALREADY_DECLINED', 'Ta odziv je že zavrnjen.', 'This response has already been declined.'],
      ['ALREADY_WITHDRAWN', 'Organizacija, ki je poslala ta odziv, ga je umaknila.', 'The organization that sent this response has withdrawn it.'],
    ];
    for (const [reason, slovenian, englishWords] of answered) {
      const error = refused({ code: 'CONFLICT', reason }, 'This response is already answered; it cannot be answered again.');
      const sl = renderNotice(error);
      expect(screen.getByRole('alert').textContent).toContain(slovenian);
      sl.unmount();
      const en = renderNotice(error, 'en');
      expect(screen.getByRole('alert').textContent).toContain(englishWords);
      en.unmount();
    }
    // A situation newer than the app, or none named: what is true of every conflict.
    for (const extensions of [{ code: 'CONFLICT', reason: 'SOMETHING_NEW' }, { code: 'CONFLICT' }]) {
      const view = renderNotice(refused(extensions, 'The invitation was already accepted.'));
      expect(screen.getByRole('alert').textContent).toContain('Tega zdaj ni več mogoče: stanje se je medtem spremenilo. Osvežite stran.');
      view.unmount();
    }
  });

  it('words a CONFLICT that names a field by that field, not as a changed situation', () => {
    renderNotice(
      refused(
        { code: 'CONFLICT', fields: [{ field: 'taxNumber', message: 'another organization already has this tax number', constraint: 'isUnique' }] },
        'An organization with this tax number already exists.',
      ),
    );
    expect(screen.getByRole('alert').textContent).toContain('To davčno številko že ima druga organizacija. Preverite jo.');
    expect(screen.getByRole('alert').textContent).not.toContain('Osvežite stran');
  });

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
