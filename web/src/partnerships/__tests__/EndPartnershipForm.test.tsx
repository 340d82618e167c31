import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes, route } from '../../test/render';
import { EndPartnershipForm } from '../components/EndPartnershipForm';
import { EndPartnershipMutation } from '../graphql/mutations/endPartnership';

// The two cores run several test files at once: an answer may take longer than the default second.
const slow = { timeout: 10_000 };

/** What a field's aria-describedby points at: its hint, its error. */
const describedBy = (field: HTMLElement) => (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');

describe('an ending the API refuses, its note changed', () => {
  // The API's word on the note sent stayed beside the note typed after it (as on the webhook
  // form before 91ac4a2), and the form kept asking to correct it.
  it.each([
    [
      'sl',
      {
        form: 'Zaključi partnerstvo z organizacijo Društvo Sopotnik',
        note: /Kaj je nastalo iz sodelovanja/,
        send: 'Označi kot zaključeno',
        // Three readers, the two organizations and the hub: the plural "vidijo", not the dual "vidita".
        hint: 'Neobvezno. Vidijo ga obe organizaciji in stičišče: kaj je bilo narejeno in za koga ali zakaj sodelovanje ni steklo.',
        bad: 'Besedilo vsebuje neveljavne znake.',
        fix: 'Popravite označena polja.',
      },
    ],
    [
      'en',
      {
        form: 'Complete the partnership with Društvo Sopotnik',
        note: /What came of it/,
        send: 'Mark as completed',
        hint: 'Optional. Both organizations and the hub see it: what was done and for whom, or why it did not happen.',
        bad: 'The text contains invalid characters.',
        fix: 'Please correct the marked fields.',
      },
    ],
  ] as const)('no longer shows what the API said of the old note, and shows its hint (%s)', async (language, words) => {
    renderRoutes(
      [
        route(
          '/partnerships',
          <EndPartnershipForm partnershipId="partnership-1" partner="Društvo Sopotnik" ending="COMPLETED" withOffer needPartnered onDone={() => undefined} onCancel={() => undefined} />,
        ),
      ],
      {
        path: '/partnerships',
        language,
        mocks: [
          {
            request: { query: EndPartnershipMutation, variables: { input: { id: 'partnership-1', status: 'COMPLETED', outcomeNote: 'Prevozi\u0000' } } },
            result: {
              errors: [
                {
                  message: 'Bad input',
                  extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.outcomeNote', message: 'outcomeNote contains invalid characters', constraint: 'isWellFormed' }] },
                },
              ],
            },
          },
        ],
      },
    );
    const form = screen.getByRole('form', { name: words.form });
    const note = within(form).getByLabelText(words.note);
    fireEvent.change(note, { target: { value: 'Prevozi\u0000' } });
    fireEvent.click(within(form).getByRole('button', { name: words.send }));
    await waitFor(() => expect(describedBy(note)).toContain(words.bad), slow);
    expect(within(form).getByText(words.fix)).toBeDefined();

    fireEvent.change(note, { target: { value: 'Prevozi za 12 starejših.' } });
    await waitFor(() => expect(describedBy(note)).not.toContain(words.bad));
    expect(note.getAttribute('aria-invalid')).not.toBe('true');
    expect(describedBy(note)).toContain(words.hint);
    expect(within(form).queryByText(words.fix)).toBeNull();
  });
});
