import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes, route } from '../../test/render';
import { RespondForm } from '../components/RespondForm';
import { RespondToNeedMutation } from '../graphql/mutations/respondToNeed';
import { OurOpenOffersQuery } from '../graphql/queries/ourOpenOffers';

const organizationId = 'organization-1';
// The two cores run several test files at once: an answer may take longer than the default second.
const slow = { timeout: 10_000 };

/** What a field's aria-describedby points at: its hint, its error. */
const describedBy = (field: HTMLElement) => (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');

describe('a response the API refuses, changed', () => {
  // The API's word on the message sent stayed beside the message typed after it (as on the
  // webhook form before 91ac4a2): each field's goes once that field changes, the others' stay.
  it.each([
    [
      'sl',
      {
        form: 'Odziv na poziv Prevozi starejših',
        message: /Sporočilo/,
        offer: /Naša ponudba/,
        noOffer: 'Brez ponudbe',
        send: 'Pošlji odziv',
        hint: 'Kaj predlagate in kako lahko pomagate (največ 5.000 znakov).',
        badMessage: 'Besedilo vsebuje neveljavne znake.',
        badOffer: 'Ta ponudba ni več odprta: izberite drugo ali nobene.',
        fix: 'Popravite označena polja.',
      },
    ],
    [
      'en',
      {
        form: 'Response to the call Prevozi starejših',
        message: /Message/,
        offer: /Our offer/,
        noOffer: 'No offer',
        send: 'Send response',
        hint: 'What you propose and how you can help (up to 5,000 characters).',
        badMessage: 'The text contains invalid characters.',
        badOffer: 'This offer is no longer open: choose another, or none.',
        fix: 'Please correct the marked fields.',
      },
    ],
  ] as const)('drops the error of the field changed, shows its hint, and keeps the others until theirs change (%s)', async (language, words) => {
    renderRoutes(
      [
        route(
          '/calls',
          <RespondForm needId="need-1" needTitle="Prevozi starejših" needKind="CALL_FOR_PARTNERS" organizationId={organizationId} onCancel={() => undefined} onSent={() => undefined} onSettled={() => undefined} />,
        ),
      ],
      {
        path: '/calls',
        language,
        mocks: [
          {
            request: { query: OurOpenOffersQuery, variables: { organizationId } },
            result: { data: { offers: { __typename: 'OfferConnection' as const, edges: [{ __typename: 'OfferEdge' as const, node: { __typename: 'Offer' as const, id: 'offer-9', title: 'Kombi s šoferjem' } }] } } },
          },
          {
            request: { query: RespondToNeedMutation, variables: { input: { needId: 'need-1', message: 'Pomagamo\u0000', offerId: 'offer-9', organizationId }, organizationId } },
            result: {
              errors: [
                {
                  message: 'Bad input',
                  extensions: {
                    code: 'BAD_USER_INPUT',
                    fields: [
                      { field: 'input.message', message: 'message contains invalid characters', constraint: 'isWellFormed' },
                      { field: 'input.offerId', message: 'offer is not open', constraint: 'isOpen' },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    );
    const form = screen.getByRole('form', { name: words.form });
    const message = within(form).getByLabelText(words.message);
    const offer = within(form).getByLabelText(words.offer);
    await within(form).findByRole('option', { name: 'Kombi s šoferjem' }, slow);
    fireEvent.change(message, { target: { value: 'Pomagamo\u0000' } });
    fireEvent.change(offer, { target: { value: 'offer-9' } });
    fireEvent.click(within(form).getByRole('button', { name: words.send }));
    await waitFor(() => expect(describedBy(message)).toContain(words.badMessage), slow);
    expect(describedBy(offer)).toContain(words.badOffer);

    fireEvent.change(message, { target: { value: 'Pomagamo s kombijem.' } });
    await waitFor(() => expect(describedBy(message)).not.toContain(words.badMessage));
    expect(message.getAttribute('aria-invalid')).not.toBe('true');
    expect(describedBy(message)).toContain(words.hint);
    // The offer was not changed: what the API said of it stands, and the form still says to correct it.
    expect(describedBy(offer)).toContain(words.badOffer);
    expect(within(form).getByText(words.fix)).toBeDefined();

    fireEvent.change(offer, { target: { value: '' } });
    await waitFor(() => expect(describedBy(offer)).not.toContain(words.badOffer));
    expect(offer.getAttribute('aria-invalid')).not.toBe('true');
    expect(within(form).queryByText(words.fix)).toBeNull();
  });
});

describe('a response sent empty', () => {
  it('says beside the message that it is empty, keeps the focus there, and sends nothing', async () => {
    const view = renderRoutes(
      [
        route(
          '/calls',
          <RespondForm needId="need-1" needTitle="Prevozi starejših" needKind="CALL_FOR_PARTNERS" organizationId={organizationId} onCancel={() => undefined} onSent={() => undefined} onSettled={() => undefined} />,
        ),
      ],
      {
        path: '/calls',
        mocks: [
          {
            request: { query: OurOpenOffersQuery, variables: { organizationId } },
            result: { data: { offers: { __typename: 'OfferConnection' as const, edges: [] } } },
          },
        ],
      },
    );
    const form = screen.getByRole('form', { name: 'Odziv na poziv Prevozi starejših' });
    const message = within(form).getByLabelText(/Sporočilo/);
    fireEvent.click(within(form).getByRole('button', { name: 'Pošlji odziv' }));
    await waitFor(() => expect(describedBy(message)).toContain('Izpolnite to polje.'), slow);
    expect(message.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(message);
    expect(view.requests).not.toContain('RespondToNeed');
  });
});
