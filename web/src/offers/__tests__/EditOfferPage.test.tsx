import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../app/session';
import type { OfferStatus } from '../../graphql/graphql';
import { referenceDataMocks } from '../../test/reference-data';
import { ME, renderRoutes, route, SESSION } from '../../test/render';
import { UpdateOfferMutation } from '../graphql/mutations/updateOffer';
import { OfferForEditQuery } from '../graphql/queries/offerForEdit';
import EditOfferPage from '../pages/EditOfferPage';

const HUB: Session = { me: { ...ME, hubAdmin: true, memberships: [] }, membership: null, switchOrganization: () => undefined };

const offerOf = (organizationId: string, status: OfferStatus = 'OPEN') => ({
  __typename: 'Offer' as const,
  id: 'offer-1',
  title: 'Prostovoljni vozniki',
  description: 'Vozimo starejše k zdravniku ob sobotah.',
  status,
  availableFrom: null,
  availableUntil: null,
  valueEur: null,
  capacity: null,
  reach: 'LOCAL' as const,
  resourceTypes: ['VOLUNTEERS' as const],
  municipality: { __typename: 'Municipality' as const, code: '052' },
  serviceArea: [],
  themes: [],
  organization: { __typename: 'Organization' as const, id: organizationId },
});

function open(organizationId: string, { session = SESSION, language = 'sl', more = [], status = 'OPEN' }: { session?: Session; language?: 'sl' | 'en'; more?: Parameters<typeof renderRoutes>[1]['mocks']; status?: OfferStatus } = {}) {
  return renderRoutes([route('/offers/:id/edit', <EditOfferPage />), route('/offers/:id', <p>the offer's page</p>)], {
    path: '/offers/offer-1/edit',
    session,
    language,
    mocks: [...referenceDataMocks, { request: { query: OfferForEditQuery, variables: { id: 'offer-1' } }, result: { data: { offer: offerOf(organizationId, status) } } }, ...(more ?? [])],
  });
}

describe("an offer's edit page", () => {
  it("goes back to the offer's page without saving on Cancel, in English too", async () => {
    const { requests } = open('organization-1', { language: 'en' });
    fireEvent.change(await screen.findByLabelText(/Title/), { target: { value: 'Prostovoljni vozniki ob sobotah' } });
    const cancel = screen.getByRole('link', { name: 'Cancel' });
    expect(cancel.getAttribute('href')).toBe('/offers/offer-1');
    fireEvent.click(cancel);
    expect(await screen.findByText("the offer's page")).toBeDefined();
    expect(requests).not.toContain('UpdateOffer');
    expect(localStorage.getItem('grozd.draft.user-1.offer.offer-1')).toBeNull();
  });

  it("says another organization's offer cannot be edited here, with the way back to it, instead of a form", async () => {
    const { requests } = open('organization-9');
    expect(await screen.findByText(/Ta ponudba pripada drugi organizaciji: niste njen član, zato je tukaj ne morete urejati\./)).toBeDefined();
    expect(screen.getByRole('link', { name: 'Na stran ponudbe' }).getAttribute('href')).toBe('/offers/offer-1');
    expect(screen.queryByRole('button', { name: 'Shrani spremembe' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Umakni ponudbo' })).toBeNull();
    expect(requests).toEqual(['OfferForEdit']);
  });

  it('says an offer that is not open cannot be edited, with the way back to it, instead of a form', async () => {
    const { requests } = open('organization-1', { status: 'CLOSED' });
    expect(await screen.findByText(/Ponudbe, ki ni odprta, ni mogoče urejati\./)).toBeDefined();
    expect(screen.getByRole('link', { name: 'Na stran ponudbe' }).getAttribute('href')).toBe('/offers/offer-1');
    expect(screen.queryByRole('button', { name: 'Shrani spremembe' })).toBeNull();
    expect(requests).toEqual(['OfferForEdit']);
  });

  it('says it of an expired offer in English too, with the way back', async () => {
    open('organization-1', { status: 'EXPIRED', language: 'en' });
    expect(await screen.findByText(/An offer that is not open cannot be edited\./)).toBeDefined();
    expect(screen.getByRole('link', { name: "Go to the offer's page" }).getAttribute('href')).toBe('/offers/offer-1');
  });

  it('says it in English too', async () => {
    open('organization-9', { language: 'en' });
    expect(await screen.findByText(/This offer belongs to another organization: you are not one of its members, so you cannot edit it here\./)).toBeDefined();
    expect(screen.getByRole('link', { name: "Go to the offer's page" }).getAttribute('href')).toBe('/offers/offer-1');
  });

  it("opens the form of any organization's offer to hub staff, as the API lets them save it", async () => {
    open('organization-9', { session: HUB });
    expect(await screen.findByRole('button', { name: 'Shrani spremembe' })).toBeDefined();
    expect(screen.queryByText(/pripada drugi organizaciji/)).toBeNull();
  });

  it('says a save refused with FORBIDDEN is not allowed, not to try again', async () => {
    open('organization-1', {
      more: [{ request: { query: UpdateOfferMutation, variables: () => true }, result: { errors: [{ message: 'Only members of that organization (or the hub) may do this.', extensions: { code: 'FORBIDDEN' } }] } }],
    });
    // Pressed before the municipalities are listed, the empty required select stops the browser.
    await screen.findAllByRole('option', { name: 'Kranj' });
    fireEvent.click(await screen.findByRole('button', { name: 'Shrani spremembe' }));
    expect(await screen.findByText('Za to nimate pravic.', undefined, { timeout: 3000 })).toBeDefined();
    expect(screen.queryByText(/Poskusite znova/)).toBeNull();
  });
});
