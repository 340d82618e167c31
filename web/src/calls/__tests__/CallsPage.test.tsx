import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { NeedFilter } from '../../graphql/graphql';
import { referenceDataMocks } from '../../test/reference-data';
import { renderRoutes, route } from '../../test/render';
import { RespondToNeedMutation } from '../graphql/mutations/respondToNeed';
import { OpenCallsQuery } from '../graphql/queries/openCalls';
import { OurOpenOffersQuery } from '../graphql/queries/ourOpenOffers';
import CallsPage from '../pages/CallsPage';

const need = (id: string, title: string, organizationId: string, organizationName: string, code: string, name: string) => ({
  __typename: 'Need' as const,
  id,
  title,
  kind: 'CALL_FOR_PARTNERS' as const,
  startsOn: '2026-05-01',
  endsOn: '2026-09-30',
  respondBy: '2026-04-15',
  resourceTypes: ['VOLUNTEERS' as const],
  organization: { __typename: 'Organization' as const, id: organizationId, name: organizationName },
  municipality: { __typename: 'Municipality' as const, code, name },
});

const BLED = need('need-1', 'Čistilna akcija ob jezeru', 'organization-2', 'Občina Bled', '003', 'Bled');
const KRANJ = need('need-2', 'Prevozi za starejše', 'organization-3', 'Društvo upokojencev Kranj', '052', 'Kranj');
const OURS = need('need-3', 'Naša lastna potreba', 'organization-1', 'Mestna občina Kranj', '052', 'Kranj');

/** Answers every OpenCalls query whose filter passes `when` with the needs it names. */
const calls = (when: (filter: NeedFilter) => boolean, needs: ReturnType<typeof need>[]) => ({
  request: { query: OpenCallsQuery, variables: (variables: { filter: NeedFilter }) => when(variables.filter) },
  result: { data: { needs: { __typename: 'NeedConnection' as const, totalCount: needs.length, edges: needs.map((node) => ({ __typename: 'NeedEdge' as const, node })) } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const searchOf = (view: ReturnType<typeof renderRoutes>) => new URLSearchParams(view.router.state.location.search);

function open(path = '/calls', extra: Parameters<typeof renderRoutes>[1]['mocks'] = []) {
  return renderRoutes([route('/calls', <CallsPage />)], {
    path,
    mocks: [
      ...referenceDataMocks,
      calls((filter) => !filter.municipalityCodes && !filter.text, [BLED, KRANJ, OURS]),
      calls((filter) => filter.municipalityCodes?.[0] === '052', [KRANJ, OURS]),
      calls((filter) => filter.text === 'jezero', [BLED]),
      ...(extra ?? []),
    ],
  });
}

describe('the calls page', () => {
  it("lists other organizations' open calls with their organization, place and dates, not our own", async () => {
    open();
    const list = (await screen.findByRole('heading', { name: '2 poziva' })).closest('section')!;
    expect(within(list).getByRole('heading', { name: 'Čistilna akcija ob jezeru' })).toBeDefined();
    expect(within(list).getByText(/Občina Bled · Bled/)).toBeDefined();
    expect(within(list).getAllByText(/Odzivi do 15\. apr\. 2026/)).toHaveLength(2);
    expect(within(list).queryByText('Naša lastna potreba')).toBeNull();
  });

  it('keeps the filters in the URL and asks the API for them', async () => {
    const view = open();
    await screen.findByRole('heading', { name: '2 poziva' });
    await screen.findByRole('option', { name: 'Kranj' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Občina' }), { target: { value: '052' } });
    await screen.findByRole('heading', { name: '1 poziv' });
    expect(searchOf(view).get('municipality')).toBe('052');
    expect(screen.getByRole('heading', { name: 'Prevozi za starejše' })).toBeDefined();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Prostovoljci' }));
    await waitFor(() => expect(searchOf(view).getAll('resource')).toEqual(['VOLUNTEERS']));

    fireEvent.click(screen.getByRole('button', { name: 'Počisti filtre' }));
    await waitFor(() => expect(view.router.state.location.search).toBe(''));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Besedilo' }), { target: { value: 'jezero' } });
    fireEvent.click(screen.getByRole('button', { name: 'Išči' }));
    await screen.findByRole('heading', { name: '1 poziv' });
    expect(searchOf(view).get('q')).toBe('jezero');
    expect(screen.getByRole('heading', { name: 'Čistilna akcija ob jezeru' })).toBeDefined();
  });

  it('reads the filters from the URL it was opened at', async () => {
    open('/calls?municipality=052');
    await screen.findByRole('heading', { name: '1 poziv' });
    await screen.findByRole('option', { name: 'Kranj' });
    expect(screen.getByRole('combobox', { name: 'Občina' })).toHaveProperty('value', '052');
  });

  it('answers a call with a message and one of our offers, and says it was sent', async () => {
    let sent = 0;
    open('/calls', [
      {
        request: { query: OurOpenOffersQuery, variables: { organizationId: 'organization-1' } },
        result: { data: { offers: { __typename: 'OfferConnection' as const, edges: [{ __typename: 'OfferEdge' as const, node: { __typename: 'Offer' as const, id: 'offer-9', title: 'Kombi s šoferjem' } }] } } },
      },
      {
        request: {
          query: RespondToNeedMutation,
          variables: (variables) => {
            sent += 1;
            return variables.input.needId === 'need-2' && variables.input.message === 'Z veseljem pomagamo.' && variables.input.offerId === 'offer-9';
          },
        },
        result: { data: { respondToNeed: { __typename: 'Response' as const, id: 'response-1', status: 'PENDING' as const } } },
        delay: 20,
      },
    ]);
    await screen.findByRole('heading', { name: '2 poziva' });
    const kranj = screen.getByRole('heading', { name: 'Prevozi za starejše' }).closest('li')!;
    fireEvent.click(within(kranj).getByRole('button', { name: 'Odzovi se' }));
    const form = await within(kranj).findByRole('form', { name: 'Odziv na poziv Prevozi za starejše' });
    fireEvent.change(within(form).getByLabelText(/Sporočilo/), { target: { value: 'Z veseljem pomagamo.' } });
    await within(form).findByRole('option', { name: 'Kombi s šoferjem' });
    fireEvent.change(within(form).getByRole('combobox', { name: /Naša ponudba/ }), { target: { value: 'offer-9' } });
    const submit = within(form).getByRole('button', { name: 'Pošlji odziv' });
    fireEvent.click(submit);
    fireEvent.click(submit);
    expect((await within(kranj).findByRole('status')).textContent).toContain('Vaš odziv na »Prevozi za starejše« je poslan.');
    expect(sent).toBe(1);
  });
});
