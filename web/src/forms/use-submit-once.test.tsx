import { CombinedGraphQLErrors } from '@apollo/client';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorNotice } from '../app/ErrorNotice';
import sl from '../i18n/sl.json';
import type { AppLanguage } from '../i18n/language';
import { renderRoutes, route } from '../test/render';
import { useSubmitOnce } from './use-submit-once';

const refused = (extensions: Record<string, unknown>, message: string) => new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });

/** A form whose every submission the API refuses with `error`. */
function RefusedForm({ error }: { error: unknown }) {
  const { run, formError } = useSubmitOnce(['title']);
  return (
    <form
      aria-label="Obrazec"
      onSubmit={(event) => {
        event.preventDefault();
        void run(async () => {
          throw error;
        });
      }}
    >
      {formError && <p data-testid="form-error">{formError}</p>}
      <input name="title" aria-label="Naslov" defaultValue="Prevozi" />
      <button type="submit">Pošlji</button>
    </form>
  );
}

/** What the form says of the refusal, once submitted. */
async function formSays(error: unknown, language: AppLanguage): Promise<string> {
  const view = renderRoutes([route('/', <RefusedForm error={error} />)], { path: '/', language, session: null });
  fireEvent.click(screen.getByRole('button', { name: 'Pošlji' }));
  const said = (await screen.findByTestId('form-error')).textContent ?? '';
  view.unmount();
  return said;
}

/** What ErrorNotice says of the same refusal, under its title. */
function noticeSays(error: unknown, language: AppLanguage): { title: string; text: string } {
  const view = renderRoutes([route('/', <ErrorNotice error={error} />)], { path: '/', language, session: null });
  const alert = screen.getByRole('alert');
  const said = { title: view.i18n.t('errors.title'), text: alert.textContent ?? '' };
  view.unmount();
  return said;
}

describe('a form refused without a field to point at', () => {
  // Something changed meanwhile (the item was closed, the answer given by someone else...):
  // the same words as ErrorNotice, not "try again".
  const reasons = [...Object.keys(sl.errors.conflict).filter((reason) => reason !== 'default'), 'SOMETHING_NEW'];

  for (const language of ['sl', 'en'] as const) {
    it(`says a CONFLICT as ErrorNotice says it, by its reason (${language})`, async () => {
      for (const reason of reasons) {
        const error = refused({ code: 'CONFLICT', reason }, 'Need 1 is CLOSED and can no longer be changed.');
        const notice = noticeSays(error, language);
        expect({ reason, said: await formSays(error, language) }).toEqual({ reason, said: notice.text.slice(notice.title.length) });
      }
    });

    it(`says a NOT_FOUND as ErrorNotice says it (${language})`, async () => {
      const error = refused({ code: 'NOT_FOUND', entity: 'Need', id: 'need-1' }, 'Need need-1 not found.');
      const notice = noticeSays(error, language);
      expect(await formSays(error, language)).toBe(notice.text.slice(notice.title.length));
    });
  }

  it("names the situation in the reader's words, never asking to try again", async () => {
    expect(await formSays(refused({ code: 'CONFLICT', reason: 'NEED_NOT_OPEN' }, 'Need 1 is not open.'), 'sl')).toBe(
      'Potreba ni več odprta (zaprta je, potekla ali pa že ima partnerja).',
    );
    expect(await formSays(refused({ code: 'CONFLICT', reason: 'NOT_CHANGEABLE' }, 'Need 1 is CLOSED and can no longer be changed.'), 'en')).toBe(
      'This can no longer be changed: it is no longer open.',
    );
    expect(await formSays(refused({ code: 'NOT_FOUND' }, 'Need need-1 not found.'), 'sl')).toBe('Tega ni (več) ali do tega nimate dostopa.');
  });
});
