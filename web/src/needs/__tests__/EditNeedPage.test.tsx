import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../app/session';
import type { NeedStatus } from '../../graphql/graphql';
import { referenceDataMocks } from '../../test/reference-data';
import { ME, renderRoutes, route, SESSION } from '../../test/render';
import { CloseNeedMutation } from '../graphql/mutations/closeNeed';
import { UpdateNeedMutation } from '../graphql/mutations/updateNeed';
import { NeedForEditQuery } from '../graphql/queries/needForEdit';
import EditNeedPage from '../pages/EditNeedPage';
import { keepAtQuestion } from '../../test/confirm-dialog';

const HUB: Session = { me: { ...ME, hubAdmin: true, memberships: [] }, membership: null, switchOrganization: () => undefined };

const needOf = (organizationId: string, status: NeedStatus = 'OPEN') => ({
  __typename: 'Need' as const,
  id: 'need-1',
  title: 'Prevozi za starejše',
  description: 'Iščemo prostovoljce za prevoze k zdravniku.',
  status,
  kind: 'LOCAL_CHALLENGE' as const,
  startsOn: null,
  endsOn: null,
  respondBy: null,
  budgetEur: null,
  resourceTypes: ['VOLUNTEERS' as const],
  preferredSectors: [],
  municipality: { __typename: 'Municipality' as const, code: '052' },
  themes: [],
  organization: { __typename: 'Organization' as const, id: organizationId },
});

function open(organizationId: string, { session = SESSION, language = 'sl', more = [], status = 'OPEN' }: { session?: Session; language?: 'sl' | 'en'; more?: Parameters<typeof renderRoutes>[1]['mocks']; status?: NeedStatus } = {}) {
  return renderRoutes([route('/needs/:id/edit', <EditNeedPage />), route('/needs/:id', <p>the need's page</p>)], {
    path: '/needs/need-1/edit',
    session,
    language,
    mocks: [...referenceDataMocks, { request: { query: NeedForEditQuery, variables: { id: 'need-1' } }, result: { data: { need: needOf(organizationId, status) } } }, ...(more ?? [])],
  });
}

/**
 * Presses save once the municipalities are listed: before that, the required municipality
 * select has no option for the need's and the browser refuses the form (on a busy machine,
 * the need arrived first and the test waited for an answer never asked for).
 */
async function save(label: string) {
  await screen.findByRole('option', { name: 'Kranj' });
  fireEvent.click(await screen.findByRole('button', { name: label }));
}

describe("a need's edit page", () => {
  it("asks in the app's dialog before withdrawing the need, naming it; kept, the focus is back on the button", async () => {
    const { requests } = open('organization-1', {
      more: [{ request: { query: CloseNeedMutation, variables: { id: 'need-1' } }, result: { data: { closeNeed: { __typename: 'Need' as const, id: 'need-1', status: 'CLOSED' as const } } } }],
    });
    const button = await screen.findByRole('button', { name: 'Umakni potrebo' });
    // Not only the suggestions: it leaves /calls, takes no more responses, and those waiting close.
    await keepAtQuestion(button, {
      name: 'Umaknete potrebo »Prevozi za starejše«?',
      says: 'Potreba ne bo več prejemala predlogov, izginila bo s seznama »Odprte potrebe« in nanjo se ne bo mogel odzvati nihče več. Odzivi, ki še čakajo na vaš odgovor, bodo zaprti brez odgovora.',
    });
    expect(requests).not.toContain('CloseNeed');
    fireEvent.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Umaknete potrebo »Prevozi za starejše«?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Umakni potrebo' }));
    expect(await screen.findByText("the need's page")).toBeDefined();
    expect(requests).toContain('CloseNeed');
  });

  it('says the same of a call for partners, in English: it leaves Open needs and takes no more responses', async () => {
    renderRoutes([route('/needs/:id/edit', <EditNeedPage />)], {
      path: '/needs/need-1/edit',
      language: 'en',
      mocks: [...referenceDataMocks, { request: { query: NeedForEditQuery, variables: { id: 'need-1' } }, result: { data: { need: { ...needOf('organization-1'), kind: 'CALL_FOR_PARTNERS' as const, respondBy: '2099-01-31' } } } }],
    });
    await keepAtQuestion(
      await screen.findByRole('button', { name: 'Withdraw the need' }),
      {
        name: 'Withdraw the need “Prevozi za starejše”?',
        says: 'The need will get no more suggestions, it leaves the “Open needs” list, and no one can respond to it any more. Responses still waiting for your answer will be closed unanswered.',
      },
      'Cancel',
    );
  });

  it("goes back to the need's page without saving on Prekliči, and forgets what was typed", async () => {
    const { requests } = open('organization-1');
    const title = await screen.findByLabelText(/Naslov/);
    fireEvent.change(title, { target: { value: 'Prevozi za starejše ob sobotah' } });
    expect(localStorage.getItem('grozd.draft.user-1.need.need-1')).toContain('ob sobotah');
    const cancel = screen.getByRole('link', { name: 'Prekliči' });
    expect(cancel.getAttribute('href')).toBe('/needs/need-1');
    fireEvent.click(cancel);
    expect(await screen.findByText("the need's page")).toBeDefined();
    expect(requests).not.toContain('UpdateNeed');
    // Kept, it would come back as a restored draft the next time the form opens.
    expect(localStorage.getItem('grozd.draft.user-1.need.need-1')).toBeNull();
  });

  it("says another organization's need cannot be edited here, with the way back to it, instead of a form", async () => {
    const { requests } = open('organization-9');
    expect(await screen.findByText(/Ta potreba pripada drugi organizaciji: niste njen član, zato je tukaj ne morete urejati\./)).toBeDefined();
    expect(screen.getByRole('link', { name: 'Na stran potrebe' }).getAttribute('href')).toBe('/needs/need-1');
    expect(screen.queryByRole('button', { name: 'Shrani spremembe' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Umakni potrebo' })).toBeNull();
    expect(requests).toEqual(['NeedForEdit']);
  });

  it('says a need that is not open cannot be edited, with the way back to it, instead of a form', async () => {
    const { requests } = open('organization-1', { status: 'PARTNERED' });
    expect(await screen.findByText(/Potrebe, ki ni odprta, ni mogoče urejati\./)).toBeDefined();
    expect(screen.getByRole('link', { name: 'Na stran potrebe' }).getAttribute('href')).toBe('/needs/need-1');
    expect(screen.queryByRole('button', { name: 'Shrani spremembe' })).toBeNull();
    expect(requests).toEqual(['NeedForEdit']);
  });

  it('says it of an expired need in English too, with the way back', async () => {
    open('organization-1', { status: 'EXPIRED', language: 'en' });
    expect(await screen.findByText(/A need that is not open cannot be edited\./)).toBeDefined();
    expect(screen.getByRole('link', { name: "Go to the need's page" }).getAttribute('href')).toBe('/needs/need-1');
  });

  it('says it in English too', async () => {
    open('organization-9', { language: 'en' });
    expect(await screen.findByText(/This need belongs to another organization: you are not one of its members, so you cannot edit it here\./)).toBeDefined();
    expect(screen.getByRole('link', { name: "Go to the need's page" }).getAttribute('href')).toBe('/needs/need-1');
  });

  it("opens the form of any organization's need to hub staff, as the API lets them save it", async () => {
    open('organization-9', { session: HUB });
    expect(await screen.findByRole('button', { name: 'Shrani spremembe' })).toBeDefined();
    expect(screen.queryByText(/pripada drugi organizaciji/)).toBeNull();
  });

  it('says a save refused with FORBIDDEN is not allowed, not to try again', async () => {
    open('organization-1', {
      more: [{ request: { query: UpdateNeedMutation, variables: () => true }, result: { errors: [{ message: 'Only members of that organization (or the hub) may do this.', extensions: { code: 'FORBIDDEN' } }] } }],
    });
    await save('Shrani spremembe');
    expect(await screen.findByText('Za to nimate pravic.', undefined, { timeout: 3000 })).toBeDefined();
    expect(screen.queryByText(/Poskusite znova/)).toBeNull();
  });

  it('says a save refused because the need was closed meanwhile (CONFLICT NOT_CHANGEABLE) as the app says it elsewhere, not to try again', async () => {
    open('organization-1', {
      more: [
        {
          request: { query: UpdateNeedMutation, variables: () => true },
          result: { errors: [{ message: 'Need need-1 is CLOSED and can no longer be changed.', extensions: { code: 'CONFLICT', reason: 'NOT_CHANGEABLE' } }] },
        },
      ],
    });
    await save('Shrani spremembe');
    expect(await screen.findByText('Tega ni več mogoče spreminjati: ni več odprto.', undefined, { timeout: 3000 })).toBeDefined();
    expect(screen.queryByText(/Poskusite znova/)).toBeNull();
  });

  it('says a save refused with NOT_FOUND (the need is gone) as the app says it elsewhere, not to try again', async () => {
    open('organization-1', {
      language: 'en',
      more: [{ request: { query: UpdateNeedMutation, variables: () => true }, result: { errors: [{ message: 'Need need-1 not found.', extensions: { code: 'NOT_FOUND', entity: 'Need', id: 'need-1' } }] } }],
    });
    await save('Save changes');
    expect(await screen.findByText('This does not exist (any more) or you have no access to it.', undefined, { timeout: 3000 })).toBeDefined();
    expect(screen.queryByText(/try again/)).toBeNull();
  });
});
