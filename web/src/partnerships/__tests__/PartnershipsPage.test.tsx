import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../app/session';
import { ME, renderRoutes, route } from '../../test/render';
import { EndPartnershipMutation } from '../graphql/mutations/endPartnership';
import { PartnershipsQuery } from '../graphql/queries/partnerships';
import PartnershipsPage from '../pages/PartnershipsPage';

const organizationId = 'organization-1';
const organization = (id: string, name: string) => ({ __typename: 'Organization' as const, id, name });

function partnership(id: string, status: 'ACTIVE' | 'COMPLETED' | 'CANCELLED', outcomeNote: string | null = null) {
  return {
    __typename: 'Partnership' as const,
    id,
    status,
    createdAt: '2026-10-01T09:00:00Z',
    outcomeNote,
    need: { __typename: 'Need' as const, id: `need-${id}`, title: 'Prevozi starejših k zdravniku', organization: organization(organizationId, 'Mestna občina Kranj') },
    offer: { __typename: 'Offer' as const, id: `offer-${id}`, title: 'Prostovoljni vozniki', organization: organization('organization-2', 'Društvo Sopotnik') },
    partnerOrganization: organization('organization-2', 'Društvo Sopotnik'),
  };
}

const HUB_STAFF: Session = { me: { ...ME, hubAdmin: true, memberships: [] }, membership: null, switchOrganization: () => undefined };

function open(partnerships: ReturnType<typeof partnership>[], mocks: Parameters<typeof renderRoutes>[1]['mocks'] = [], session?: Session) {
  return renderRoutes([route('/partnerships', <PartnershipsPage />)], {
    path: '/partnerships',
    session,
    mocks: [
      {
        request: { query: PartnershipsQuery, variables: { organizationId: session?.membership === null ? null : organizationId, first: 20 } },
        result: {
          data: {
            partnerships: {
              __typename: 'PartnershipConnection' as const,
              totalCount: partnerships.length,
              pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
              edges: partnerships.map((node) => ({ __typename: 'PartnershipEdge' as const, node })),
            },
          },
        },
      },
      ...mocks,
    ],
  });
}

describe('the partnerships page', () => {
  it('offers to end only active partnerships', async () => {
    open([partnership('1', 'ACTIVE'), partnership('2', 'COMPLETED', 'Vozili smo 40 ljudi.')]);
    const [active, completed] = await screen.findAllByRole('listitem');
    expect(within(active).getByRole('button', { name: 'Označi kot zaključeno' })).toBeDefined();
    expect(within(active).getByRole('button', { name: 'Prekliči partnerstvo' })).toBeDefined();
    expect(within(completed).queryAllByRole('button')).toHaveLength(0);
    expect(completed.textContent).toContain('Vozili smo 40 ljudi.');
  });

  it('says what cancelling does, sends the note, and shows the partnership cancelled', async () => {
    let asked: unknown = null;
    open(
      [partnership('1', 'ACTIVE')],
      [
        {
          request: {
            query: EndPartnershipMutation,
            variables: (variables) => {
              asked = variables.input;
              return true;
            },
          },
          result: { data: { endPartnership: { __typename: 'Partnership' as const, id: '1', status: 'CANCELLED' as const, outcomeNote: 'Društvo nima več voznikov.' } } },
        },
      ],
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Prekliči partnerstvo' }));
    const form = screen.getByRole('form', { name: 'Prekliči partnerstvo z organizacijo Društvo Sopotnik' });
    expect(form.textContent).toContain('Potreba bo spet odprta');
    fireEvent.change(within(form).getByRole('textbox', { name: /Kaj je nastalo iz sodelovanja/ }), { target: { value: '  Društvo nima več voznikov. ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Prekliči partnerstvo' }));
    await waitFor(() => expect(asked).toEqual({ id: '1', status: 'CANCELLED', outcomeNote: 'Društvo nima več voznikov.' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    const item = screen.getByRole('listitem');
    expect(item.textContent).toContain('Preklicano');
    expect(item.textContent).toContain('Društvo nima več voznikov.');
    expect(within(item).queryAllByRole('button')).toHaveLength(0);
  });

  it("shows the hub's staff every partnership of the region, with both organizations", async () => {
    open([partnership('1', 'ACTIVE'), partnership('2', 'COMPLETED', 'Vozili smo 40 ljudi.')], [], HUB_STAFF);
    expect(await screen.findByText('2 partnerstvi v regiji.')).toBeDefined();
    const [first] = screen.getAllByRole('listitem');
    expect(within(first).getByRole('heading').textContent).toBe('Mestna občina Kranj z organizacijo Društvo Sopotnik');
    expect(within(first).getByRole('button', { name: 'Označi kot zaključeno' })).toBeDefined();
  });
});
