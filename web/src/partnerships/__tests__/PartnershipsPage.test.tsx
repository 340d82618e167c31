import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { readShownAgain } from '../../app/apollo';
import type { Session } from '../../app/session';
import { ME, renderRoutes, route } from '../../test/render';
import { EndPartnershipMutation } from '../graphql/mutations/endPartnership';
import { PartnershipsQuery } from '../graphql/queries/partnerships';
import { PartnershipChangedSubscription } from '../graphql/subscriptions/partnershipChanged';
import PartnershipsPage from '../pages/PartnershipsPage';
import { formatDateTime } from '../../i18n/format';
import type { PartnershipEnder } from '../../graphql/graphql';

const organizationId = 'organization-1';
const organization = (id: string, name: string) => ({ __typename: 'Organization' as const, id, name });

function partnership(
  id: string,
  status: 'ACTIVE' | 'COMPLETED' | 'CANCELLED',
  outcomeNote: string | null = null,
  needStatus: 'PARTNERED' | 'CLOSED' = 'PARTNERED',
  // Who ended it; none (the default) for one ended before the API said.
  endedBy: PartnershipEnder | null = null,
) {
  return {
    __typename: 'Partnership' as const,
    id,
    status,
    createdAt: '2026-10-01T09:00:00Z',
    // Midday in UTC: the same day in the reader's time zone, wherever the tests run.
    endedAt: status === 'ACTIVE' ? null : '2026-11-05T12:00:00Z',
    endedBy,
    outcomeNote,
    need: { __typename: 'Need' as const, id: `need-${id}`, title: 'Prevozi starejših k zdravniku', status: needStatus, organization: organization(organizationId, 'Mestna občina Kranj') },
    offer: { __typename: 'Offer' as const, id: `offer-${id}`, title: 'Prostovoljni vozniki', organization: organization('organization-2', 'Društvo Sopotnik') },
    partnerOrganization: organization('organization-2', 'Društvo Sopotnik'),
    contacts: [contact('Marko Kos', 'marko@sopotnik.si', '041 123 456')],
  };
}

function contact(name: string, email: string | null, phone: string | null) {
  return { __typename: 'Contact' as const, name, email, phone };
}

/**
 * A partnership formed by accepting a response to a call: no offer, and no match whose page
 * shows the contacts. The need's organization is ours on the need's side, another's on the responder's.
 */
function fromResponse(id: string, needOrganization: ReturnType<typeof organization>, responder: ReturnType<typeof organization>, contacts: ReturnType<typeof contact>[]) {
  return {
    ...partnership(id, 'ACTIVE'),
    need: { __typename: 'Need' as const, id: `need-${id}`, title: 'Prostovoljci za urejanje parka ob Savi', status: 'PARTNERED' as const, organization: needOrganization },
    offer: null,
    partnerOrganization: responder,
    contacts,
  };
}

const HUB_STAFF: Session = { me: { ...ME, hubAdmin: true, memberships: [] }, membership: null, switchOrganization: () => undefined };

function open(partnerships: (ReturnType<typeof partnership> | ReturnType<typeof fromResponse>)[], mocks: Parameters<typeof renderRoutes>[1]['mocks'] = [], session?: Session, path = '/partnerships') {
  return renderRoutes([route('/partnerships', <PartnershipsPage />)], {
    path,
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
  it('keeps its one main heading when the list cannot be read, above the error', async () => {
    renderRoutes([route('/partnerships', <PartnershipsPage />)], {
      path: '/partnerships',
      mocks: [{ request: { query: PartnershipsQuery, variables: { organizationId, first: 20 } }, error: new Error('Failed to fetch') }],
    });
    await screen.findByRole('alert');
    expect(screen.getAllByRole('heading', { level: 1 }).map((heading) => heading.textContent)).toEqual(['Partnerstva']);
  });

  it("lands on the partnership a need's page links to (#partnership-<id>), once it is listed", async () => {
    const scrolled = vi.mocked(Element.prototype.scrollIntoView);
    scrolled.mockClear();
    open([partnership('1', 'ACTIVE'), partnership('2', 'COMPLETED')], [], undefined, '/partnerships#partnership-2');
    const [, second] = await screen.findAllByRole('listitem');
    const target = second.querySelector('#partnership-2')!;
    await waitFor(() => expect(document.activeElement).toBe(target));
    expect(scrolled.mock.contexts).toEqual([target]);
  });

  // Four cards read "Z organizacijo Mladinski center Kranj" and their buttons "Prekliči partnerstvo":
  // easy to end the wrong one. /calls and /hub describe each button by its item's heading.
  it.each([
    ['sl', 'Z organizacijo Društvo Sopotnik za »Prevozi starejših k zdravniku«', 'Z organizacijo Društvo Sopotnik za »Kosila na dom«', ['Podrobnosti', 'Označi kot zaključeno', 'Prekliči partnerstvo']],
    ['en', 'With Društvo Sopotnik for “Prevozi starejših k zdravniku”', 'With Društvo Sopotnik for “Kosila na dom”', ['Details', 'Mark as completed', 'Cancel the partnership']],
  ] as const)('tells partnerships with the same organization apart by their need, heading and buttons alike (%s)', async (language, first, second, names) => {
    const lunches = { ...partnership('2', 'ACTIVE'), need: { ...partnership('2', 'ACTIVE').need, title: 'Kosila na dom' } };
    renderRoutes([route('/partnerships', <PartnershipsPage />)], {
      path: '/partnerships',
      language,
      mocks: [
        {
          request: { query: PartnershipsQuery, variables: { organizationId, first: 20 } },
          result: { data: { partnerships: { __typename: 'PartnershipConnection' as const, totalCount: 2, pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null }, edges: [partnership('1', 'ACTIVE'), lunches].map((node) => ({ __typename: 'PartnershipEdge' as const, node })) } } },
        },
      ],
    });
    const cards = await screen.findAllByRole('listitem');
    expect(cards.map((card) => within(card).getByRole('heading', { level: 2 }).textContent)).toEqual([first, second]);
    // The names stay what partners and tests find them by; the description says which partnership.
    for (const [card, heading] of [[cards[0], first], [cards[1], second]] as const) {
      expect(within(card).getByRole('link', { name: names[0], description: heading })).toBeDefined();
      expect(within(card).getByRole('button', { name: names[1], description: heading })).toBeDefined();
      expect(within(card).getByRole('button', { name: names[2], description: heading })).toBeDefined();
    }
  });

  // The heading names the need, and a line under it repeated it: "Potreba: Prevozi starejših k
  // zdravniku (Mestna občina Kranj)". The line now says only whose need it is, which the heading
  // does not (a partnership formed from a response has no offer line to tell it either).
  it.each([
    ['sl', { ours: 'Potreba vaše organizacije', theirs: 'Potreba organizacije Občina Radovljica', hub: 'Potreba organizacije Mestna občina Kranj', details: 'Podrobnosti', end: 'Prekliči partnerstvo', hubIntro: '1 partnerstvo v regiji.' }],
    ['en', { ours: "Your organization's need", theirs: 'Need of Občina Radovljica', hub: 'Need of Mestna občina Kranj', details: 'Details', end: 'Cancel the partnership', hubIntro: '1 partnership in the region.' }],
  ] as const)("names the need once, in its heading, and says whose need it is (%s)", async (language, words) => {
    const radovljica = organization('organization-3', 'Občina Radovljica');
    const show = (partnerships: Parameters<typeof open>[0], session?: Session) =>
      renderRoutes([route('/partnerships', <PartnershipsPage />)], {
        path: '/partnerships',
        language,
        session,
        mocks: [
          {
            request: { query: PartnershipsQuery, variables: { organizationId: session ? null : organizationId, first: 20 } },
            result: { data: { partnerships: { __typename: 'PartnershipConnection' as const, totalCount: partnerships.length, pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null }, edges: partnerships.map((node) => ({ __typename: 'PartnershipEdge' as const, node })) } } },
          },
        ],
      });
    const times = (text: string, part: string) => text.split(part).length - 1;
    const { unmount } = show([partnership('1', 'ACTIVE'), fromResponse('2', radovljica, organization(organizationId, 'Mestna občina Kranj'), [])]);
    const [ours, theirs] = await screen.findAllByRole('listitem');
    for (const [card, title, whose] of [[ours, 'Prevozi starejših k zdravniku', words.ours], [theirs, 'Prostovoljci za urejanje parka ob Savi', words.theirs]] as const) {
      const heading = within(card).getByRole('heading', { level: 2 });
      expect(heading.textContent).toContain(title);
      expect(times(card.textContent!, title)).toBe(1);
      expect(within(card).getByText(whose)).toBeDefined();
      // The buttons and the link are still described by the heading, which names the need.
      expect(within(card).getByRole('link', { name: words.details, description: heading.textContent! })).toBeDefined();
      expect(within(card).getByRole('button', { name: words.end, description: heading.textContent! })).toBeDefined();
    }
    // The offer is still named, with its organization.
    expect(ours.textContent).toMatch(/Prostovoljni vozniki \(Društvo Sopotnik\)/);
    unmount();

    show([partnership('1', 'ACTIVE')], HUB_STAFF);
    expect(await screen.findByText(words.hubIntro)).toBeDefined();
    const card = screen.getByRole('listitem');
    expect(times(card.textContent!, 'Prevozi starejših k zdravniku')).toBe(1);
    expect(within(card).getByText(words.hub)).toBeDefined();
  });

  it('makes "Podrobnosti" a target of at least 24 px, not its 16 px line (WCAG 2.5.8)', async () => {
    open([partnership('1', 'ACTIVE')]);
    const details = await screen.findByRole('link', { name: 'Podrobnosti' });
    expect(getComputedStyle(details).display).toBe('inline-flex');
    expect(getComputedStyle(details).minHeight).toBe('24px');
  });

  it('offers to end only active partnerships', async () => {
    open([partnership('1', 'ACTIVE'), partnership('2', 'COMPLETED', 'Vozili smo 40 ljudi.')]);
    const [active, completed] = await screen.findAllByRole('listitem');
    expect(within(active).getByRole('button', { name: 'Označi kot zaključeno' })).toBeDefined();
    expect(within(active).getByRole('button', { name: 'Prekliči partnerstvo' })).toBeDefined();
    expect(within(completed).queryAllByRole('button')).toHaveLength(0);
    expect(completed.textContent).toContain('Kaj je nastalo iz sodelovanja: Vozili smo 40 ljudi.');
  });

  it('says when an ended partnership ended, beside when it was formed, and nothing of an end for an active one', async () => {
    open([partnership('1', 'ACTIVE'), partnership('2', 'COMPLETED'), partnership('3', 'CANCELLED')]);
    const [active, completed, cancelled] = await screen.findAllByRole('listitem');
    expect(completed.textContent).toContain(` · zaključeno ${formatDateTime('2026-11-05T12:00:00Z', 'sl')}`);
    expect(completed.textContent).toContain('zaključeno 5. nov. 2026');
    expect(cancelled.textContent).toContain('preklicano 5. nov. 2026');
    expect(active.textContent).not.toMatch(/ · (zaključeno|preklicano) /);
  });

  // "preklicano 5. nov." alone: a colleague's cancellation read as the other side's.
  it.each([
    ['sl', 'CANCELLED', 'PARTNER_ORGANIZATION', 'organizacija Društvo Sopotnik ga je preklicala 5. nov. 2026'],
    ['sl', 'COMPLETED', 'PARTNER_ORGANIZATION', 'organizacija Društvo Sopotnik ga je označila kot zaključeno 5. nov. 2026'],
    ['sl', 'CANCELLED', 'HUB', 'stičišče ga je preklicalo 5. nov. 2026'],
    ['sl', 'COMPLETED', 'HUB', 'stičišče ga je označilo kot zaključeno 5. nov. 2026'],
    ['sl', 'CANCELLED', 'NEED_ORGANIZATION', 'vaša organizacija ga je preklicala 5. nov. 2026'],
    ['en', 'CANCELLED', 'PARTNER_ORGANIZATION', 'cancelled by Društvo Sopotnik on 5 Nov 2026'],
    ['en', 'COMPLETED', 'HUB', 'marked as completed by the hub on 5 Nov 2026'],
    ['en', 'COMPLETED', 'NEED_ORGANIZATION', 'marked as completed by your organization on 5 Nov 2026'],
  ] as const)('says who ended an ended partnership (%s, %s by %s)', async (language, status, endedBy, said) => {
    renderRoutes([route('/partnerships', <PartnershipsPage />)], {
      path: '/partnerships',
      language,
      mocks: [
        {
          request: { query: PartnershipsQuery, variables: { organizationId, first: 20 } },
          result: { data: { partnerships: { __typename: 'PartnershipConnection' as const, totalCount: 1, pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null }, edges: [{ __typename: 'PartnershipEdge' as const, node: partnership('1', status, null, 'PARTNERED', endedBy) }] } } },
        },
      ],
    });
    const item = await screen.findByRole('listitem');
    // Beside when it was formed, in place of "preklicano 5. nov. 2026".
    expect(item.textContent).toContain(`${formatDateTime('2026-10-01T09:00:00Z', language)} · ${said}`);
  });

  it("names the side that ended it to the hub's staff, and the hub as the hub", async () => {
    open([partnership('1', 'CANCELLED', null, 'PARTNERED', 'NEED_ORGANIZATION'), partnership('2', 'COMPLETED', null, 'PARTNERED', 'HUB')], [], HUB_STAFF);
    const [first, second] = await screen.findAllByRole('listitem');
    expect(first.textContent).toContain('organizacija Mestna občina Kranj ga je preklicala 5. nov. 2026');
    expect(second.textContent).toContain('stičišče ga je označilo kot zaključeno 5. nov. 2026');
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
          result: { data: { endPartnership: { __typename: 'Partnership' as const, id: '1', status: 'CANCELLED' as const, endedAt: '2026-11-05T12:00:00Z', endedBy: 'NEED_ORGANIZATION' as const, outcomeNote: 'Društvo nima več voznikov.' } } },
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
    expect(item.textContent).toContain('vaša organizacija ga je preklicala 5. nov. 2026');
    expect(item.textContent).toContain('Društvo nima več voznikov.');
    expect(within(item).queryAllByRole('button')).toHaveLength(0);
  });

  it('promises no reopening for a need its owner closed meanwhile: it stays closed', async () => {
    open([partnership('1', 'ACTIVE', null, 'CLOSED')], []);
    fireEvent.click(await screen.findByRole('button', { name: 'Prekliči partnerstvo' }));
    const form = screen.getByRole('form', { name: 'Prekliči partnerstvo z organizacijo Društvo Sopotnik' });
    expect(form.textContent).toContain('potreba je zaprta in ostane zaprta');
    expect(form.textContent).not.toContain('spet odprta');
  });

  it('says what ending does to the offer when the partnership has one', async () => {
    open([partnership('1', 'ACTIVE')]);
    fireEvent.click(await screen.findByRole('button', { name: 'Označi kot zaključeno' }));
    expect(screen.getByRole('form').textContent).toContain('Ponudba lahko sprejme novega partnerja');
  });

  it('words the ending of a partnership from a response without an offer for the need alone', async () => {
    open([fromResponse('1', organization(organizationId, 'Mestna občina Kranj'), organization('organization-2', 'Društvo Sopotnik'), [])]);
    fireEvent.click(await screen.findByRole('button', { name: 'Označi kot zaključeno' }));
    let form = screen.getByRole('form');
    expect(form.textContent).toContain('Delo je opravljeno. Potreba ostane povezana s partnerjem.');
    expect(form.textContent).not.toMatch(/ponudba lahko/i);
    fireEvent.click(within(form).getByRole('button', { name: 'Ne zdaj' }));
    fireEvent.click(screen.getByRole('button', { name: 'Prekliči partnerstvo' }));
    form = screen.getByRole('form');
    expect(form.textContent).toContain('Potreba bo spet odprta: nanjo se bo mogoče znova odzvati');
    expect(form.textContent).not.toMatch(/ponudba lahko/i);
  });

  it('keeps the focus in the partnership while it is ended or the ending put off (the button pressed gives way to the form)', async () => {
    open(
      [partnership('1', 'ACTIVE')],
      [
        {
          request: { query: EndPartnershipMutation, variables: { input: { id: '1', status: 'COMPLETED', outcomeNote: null } } },
          result: { data: { endPartnership: { __typename: 'Partnership' as const, id: '1', status: 'COMPLETED' as const, endedAt: '2026-11-05T12:00:00Z', endedBy: 'NEED_ORGANIZATION' as const, outcomeNote: null } } },
        },
      ],
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Označi kot zaključeno' }));
    let form = screen.getByRole('form');
    await waitFor(() => expect(form.contains(document.activeElement)).toBe(true));
    // Put off: back to the button that opened the form.
    fireEvent.click(within(form).getByRole('button', { name: 'Ne zdaj' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Označi kot zaključeno' })));
    fireEvent.click(screen.getByRole('button', { name: 'Označi kot zaključeno' }));
    form = screen.getByRole('form');
    fireEvent.click(within(form).getByRole('button', { name: 'Označi kot zaključeno' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    // Ended: the focus is on the partnership's head, which now says how it ended. Waited for by
    // the head itself: while the list re-renders the focus passes by the page's body, whose
    // text says "Zaključeno" too (under load the wait once ended there, and the check failed).
    await waitFor(() => expect(document.activeElement?.id).toBe('partnership-1'));
    expect((document.activeElement as HTMLElement).textContent).toContain('Zaključeno');
    expect(within(document.activeElement as HTMLElement).getByRole('heading').textContent).toBe('Z organizacijo Društvo Sopotnik za »Prevozi starejših k zdravniku«');
  });

  it("shows the hub's staff every partnership of the region, with both organizations", async () => {
    open([partnership('1', 'ACTIVE'), partnership('2', 'COMPLETED', 'Vozili smo 40 ljudi.')], [], HUB_STAFF);
    expect(await screen.findByText('2 partnerstvi v regiji.')).toBeDefined();
    const [first] = screen.getAllByRole('listitem');
    expect(within(first).getByRole('heading').textContent).toBe('Mestna občina Kranj z organizacijo Društvo Sopotnik za »Prevozi starejših k zdravniku«');
    expect(within(first).getByRole('button', { name: 'Označi kot zaključeno' })).toBeDefined();
  });

  it("gives the responder of a call the need's contact, as links a phone can open, and the need's page", async () => {
    const radovljica = organization('organization-3', 'Občina Radovljica');
    open([fromResponse('1', radovljica, organization(organizationId, 'Mestna občina Kranj'), [contact('Mojca Kranjc', 'mojca.kranjc@radovljica.si', '04 537 23 00')])]);
    const item = await screen.findByRole('listitem');
    expect(within(item).getByRole('heading').textContent).toBe('Z organizacijo Občina Radovljica za »Prostovoljci za urejanje parka ob Savi«');
    expect(item.textContent).toContain('Kontakt: Mojca Kranjc');
    expect(within(item).getByRole('link', { name: 'mojca.kranjc@radovljica.si' }).getAttribute('href')).toBe('mailto:mojca.kranjc@radovljica.si');
    expect(within(item).getByRole('link', { name: '04 537 23 00' }).getAttribute('href')).toBe('tel:045372300');
    // There was no link at all: the partnership has no offer of ours to open.
    expect(within(item).getByRole('link', { name: 'Podrobnosti' }).getAttribute('href')).toBe('/needs/need-1');
  });

  it("gives the need's side the responder's contact, without a phone link when there is no phone", async () => {
    open([fromResponse('1', organization(organizationId, 'Mestna občina Kranj'), organization('organization-2', 'Društvo Sopotnik'), [contact('Društvo Sopotnik', 'info@sopotnik.si', null)])]);
    const item = await screen.findByRole('listitem');
    expect(item.textContent).toContain('Kontakt: Društvo Sopotnik');
    expect(within(item).getByRole('link', { name: 'info@sopotnik.si' }).getAttribute('href')).toBe('mailto:info@sopotnik.si');
    expect(item.textContent).not.toContain('Telefon');
    expect(item.querySelector('a[href^="tel:"]')).toBeNull();
  });

  it('shows the contacts on a partnership formed from a match too', async () => {
    open([partnership('1', 'COMPLETED', 'Vozili smo 40 ljudi.')]);
    const item = await screen.findByRole('listitem');
    expect(within(item).getByRole('link', { name: 'marko@sopotnik.si' }).getAttribute('href')).toBe('mailto:marko@sopotnik.si');
    expect(within(item).getByRole('link', { name: '041 123 456' }).getAttribute('href')).toBe('tel:041123456');
    expect(within(item).getByRole('link', { name: '041 123 456' }).style.whiteSpace).toBe('nowrap');
    // At the suggestion that formed it, which says so with the contacts: not the need's top.
    expect(within(item).getByRole('link', { name: 'Podrobnosti' }).getAttribute('href')).toBe('/needs/need-1#partnership-1');
  });

  it("leads our offer's side to the suggestion that formed the partnership on our offer's page", async () => {
    const sopotnik = organization('organization-2', 'Društvo Sopotnik');
    const ours = organization(organizationId, 'Mestna občina Kranj');
    const base = partnership('3', 'ACTIVE');
    open([{ ...base, need: { ...base.need, organization: sopotnik }, offer: { ...base.offer!, organization: ours }, partnerOrganization: ours }]);
    const item = await screen.findByRole('listitem');
    expect(within(item).getByRole('link', { name: 'Podrobnosti' }).getAttribute('href')).toBe('/offers/offer-3#partnership-3');
  });

  // One side's ending left the partnership ACTIVE, with its buttons, on the other's page until a reload.
  // Reading the list again on coming back (Back from a partnership's need) or once the
  // connection is back (apollo.ts) that failed said nothing: a partnership ended meanwhile still
  // offered its buttons. Now the list says it may be out of date, as the desk's does, with
  // "Poskusi znova", above the list (not the page's error).
  describe('when reading the list again fails', () => {
    const listOf = (partnerships: ReturnType<typeof partnership>[]) => ({
      partnerships: {
        __typename: 'PartnershipConnection' as const,
        totalCount: partnerships.length,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
        edges: partnerships.map((node) => ({ __typename: 'PartnershipEdge' as const, node })),
      },
    });
    const request = { query: PartnershipsQuery, variables: { organizationId, first: 20 } };
    // Read again (Back) asks for as many as are shown, at least the page.
    const failed = { request, error: new Error('Failed to fetch') };
    const readAgain = { request, result: { data: listOf([partnership('1', 'COMPLETED'), partnership('2', 'ACTIVE')]) } };

    it.each([
      ['sl', 'Partnerstva', 'Podrobnosti', 'Seznama ni bilo mogoče osvežiti, zato morda ne kaže zadnjega stanja.', 'Poskusi znova', 'Označi kot zaključeno'],
      ['en', 'Partnerships', 'Details', 'The list could not be refreshed, so it may be out of date.', 'Try again', 'Mark as completed'],
    ] as const)('says so when reading it again on coming back from a need fails, and reads it again on "Poskusi znova" (%s)', async (language, title, details, said, retry, complete) => {
      const view = renderRoutes([route('/partnerships', <PartnershipsPage />), route('/needs/:id', <h1>Potreba</h1>)], {
        path: '/partnerships',
        language,
        mocks: [{ request, result: { data: listOf([partnership('1', 'ACTIVE')]) } }, failed, readAgain],
      });
      fireEvent.click(await screen.findByRole('link', { name: details }));
      await screen.findByRole('heading', { name: 'Potreba' });
      act(() => void view.router.navigate(-1));
      const heading = await screen.findByRole('heading', { level: 1, name: title });
      const notice = await screen.findByRole('status');
      expect(notice.textContent).toBe(`${said}${retry}`);
      // What is shown stays, quietly; the notice above the list.
      expect(screen.getAllByRole('listitem')).toHaveLength(1);
      expect(screen.getByRole('button', { name: complete })).toBeDefined();
      expect(screen.queryByRole('alert')).toBeNull();
      expect(notice.compareDocumentPosition(screen.getByRole('list')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

      const again = within(notice).getByRole('button', { name: retry });
      again.focus();
      fireEvent.click(again);
      await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
      expect(screen.queryByRole('status')).toBeNull();
      // The button went with the notice: the focus to the page's heading.
      await waitFor(() => expect(document.activeElement).toBe(heading));
    });

    it.each([
      ['sl', 'Seznama ni bilo mogoče osvežiti, zato morda ne kaže zadnjega stanja.Poskusi znova'],
      ['en', 'The list could not be refreshed, so it may be out of date.Try again'],
    ] as const)('says so when reading it again on reconnecting fails (%s)', async (language, said) => {
      const { client } = renderRoutes([route('/partnerships', <PartnershipsPage />)], {
        path: '/partnerships',
        language,
        mocks: [{ request, result: { data: listOf([partnership('1', 'ACTIVE')]) } }, failed],
      });
      await screen.findByRole('listitem');
      expect(screen.queryByRole('status')).toBeNull();
      await act(() => readShownAgain(client));
      expect((await screen.findByRole('status')).textContent).toBe(said);
      expect(screen.getAllByRole('listitem')).toHaveLength(1);
      expect(screen.queryByRole('alert')).toBeNull();
    });
  });

  describe('a partnership ended while the page is open', () => {
    /** partnershipChanged as organization-1 hears it: the partnership on our need, ended as `status`. */
    const partnershipChanged = (status: 'COMPLETED' | 'CANCELLED', delay = 300, endedBy: PartnershipEnder | null = null) => ({
      request: { query: PartnershipChangedSubscription, variables: { organizationId } },
      result: {
        data: {
          partnershipChanged: {
            __typename: 'Partnership' as const,
            id: '1',
            status,
            endedAt: '2026-11-05T12:00:00Z',
            endedBy,
            outcomeNote: null,
            need: { __typename: 'Need' as const, id: 'need-1', title: 'Prevozi starejših k zdravniku', status: status === 'CANCELLED' ? ('OPEN' as const) : ('PARTNERED' as const) },
            offer: { __typename: 'Offer' as const, id: 'offer-1', placesLeft: 1 },
            needOrganization: organization(organizationId, 'Mestna občina Kranj'),
            partnerOrganization: organization('organization-2', 'Društvo Sopotnik'),
          },
        },
      },
      delay,
    });
    const live = () => document.querySelector('[aria-live="polite"]');
    const ended = (status: 'COMPLETED' | 'CANCELLED') => ({
      request: { query: EndPartnershipMutation, variables: { input: { id: '1', status, outcomeNote: null } } },
      result: { data: { endPartnership: { __typename: 'Partnership' as const, id: '1', status, endedAt: '2026-11-05T12:00:00Z', endedBy: 'NEED_ORGANIZATION' as const, outcomeNote: null } } },
    });

    it.each([
      ['sl', 'CANCELLED', 'Preklicano', 'Partnerstvo z organizacijo Društvo Sopotnik za »Prevozi starejših k zdravniku« je bilo preklicano.'],
      ['sl', 'COMPLETED', 'Zaključeno', 'Partnerstvo z organizacijo Društvo Sopotnik za »Prevozi starejših k zdravniku« je bilo označeno kot zaključeno.'],
      ['en', 'CANCELLED', 'Cancelled', 'The partnership with Društvo Sopotnik for “Prevozi starejših k zdravniku” was cancelled.'],
      ['en', 'COMPLETED', 'Completed', 'The partnership with Društvo Sopotnik for “Prevozi starejših k zdravniku” was marked as completed.'],
    ] as const)('shows it ended by the other side, without its buttons, and says so politely (%s, %s)', async (language, status, badge, said) => {
      renderRoutes([route('/partnerships', <PartnershipsPage />)], {
        path: '/partnerships',
        language,
        mocks: [
          {
            request: { query: PartnershipsQuery, variables: { organizationId, first: 20 } },
            result: { data: { partnerships: { __typename: 'PartnershipConnection' as const, totalCount: 1, pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null }, edges: [{ __typename: 'PartnershipEdge' as const, node: partnership('1', 'ACTIVE') }] } } },
          },
          partnershipChanged(status),
        ],
      });
      const item = await screen.findByRole('listitem');
      expect(within(item).getAllByRole('button')).toHaveLength(2);
      await waitFor(() => expect(within(item).queryAllByRole('button')).toHaveLength(0));
      expect(within(item).getByText(badge)).toBeDefined();
      expect(live()?.textContent).toBe(said);
      expect(live()?.getAttribute('aria-live')).toBe('polite');
    });

    // Without who ended it, a colleague's cancellation (in another browser) read as the other side's.
    it.each([
      ['sl', 'CANCELLED', 'PARTNER_ORGANIZATION', 'Organizacija Društvo Sopotnik je preklicala partnerstvo za »Prevozi starejših k zdravniku«.'],
      ['sl', 'COMPLETED', 'PARTNER_ORGANIZATION', 'Organizacija Društvo Sopotnik je partnerstvo za »Prevozi starejših k zdravniku« označila kot zaključeno.'],
      ['sl', 'CANCELLED', 'HUB', 'Stičišče je preklicalo partnerstvo z organizacijo Društvo Sopotnik za »Prevozi starejših k zdravniku«.'],
      ['sl', 'COMPLETED', 'HUB', 'Stičišče je partnerstvo z organizacijo Društvo Sopotnik za »Prevozi starejših k zdravniku« označilo kot zaključeno.'],
      ['sl', 'CANCELLED', 'NEED_ORGANIZATION', 'Partnerstvo z organizacijo Društvo Sopotnik za »Prevozi starejših k zdravniku« je preklical nekdo iz vaše organizacije.'],
      ['sl', 'COMPLETED', 'NEED_ORGANIZATION', 'Partnerstvo z organizacijo Društvo Sopotnik za »Prevozi starejših k zdravniku« je nekdo iz vaše organizacije označil kot zaključeno.'],
      ['en', 'CANCELLED', 'PARTNER_ORGANIZATION', 'Društvo Sopotnik cancelled the partnership for “Prevozi starejših k zdravniku”.'],
      ['en', 'COMPLETED', 'PARTNER_ORGANIZATION', 'Društvo Sopotnik marked the partnership for “Prevozi starejših k zdravniku” as completed.'],
      ['en', 'CANCELLED', 'HUB', 'The hub cancelled the partnership with Društvo Sopotnik for “Prevozi starejših k zdravniku”.'],
      ['en', 'COMPLETED', 'HUB', 'The hub marked the partnership with Društvo Sopotnik for “Prevozi starejših k zdravniku” as completed.'],
      ['en', 'CANCELLED', 'NEED_ORGANIZATION', 'Someone from your organization cancelled the partnership with Društvo Sopotnik for “Prevozi starejših k zdravniku”.'],
      ['en', 'COMPLETED', 'NEED_ORGANIZATION', 'Someone from your organization marked the partnership with Društvo Sopotnik for “Prevozi starejših k zdravniku” as completed.'],
    ] as const)('says who ended it, and shows it in the list (%s, %s by %s)', async (language, status, endedBy, said) => {
      renderRoutes([route('/partnerships', <PartnershipsPage />)], {
        path: '/partnerships',
        language,
        mocks: [
          {
            request: { query: PartnershipsQuery, variables: { organizationId, first: 20 } },
            result: { data: { partnerships: { __typename: 'PartnershipConnection' as const, totalCount: 1, pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null }, edges: [{ __typename: 'PartnershipEdge' as const, node: partnership('1', 'ACTIVE') }] } } },
          },
          partnershipChanged(status, 300, endedBy),
        ],
      });
      const item = await screen.findByRole('listitem');
      await waitFor(() => expect(live()?.textContent).toBe(said));
      const by = { PARTNER_ORGANIZATION: language === 'sl' ? 'Društvo Sopotnik' : 'by Društvo Sopotnik', HUB: language === 'sl' ? 'stičišče' : 'the hub', NEED_ORGANIZATION: language === 'sl' ? 'vaša organizacija' : 'your organization' }[endedBy];
      expect(item.textContent).toContain(by);
    });

    it('closes a form open to end it, the focus on its head', async () => {
      open([partnership('1', 'ACTIVE')], [partnershipChanged('CANCELLED', 600)]);
      fireEvent.click(await screen.findByRole('button', { name: 'Označi kot zaključeno' }));
      const form = screen.getByRole('form');
      await waitFor(() => expect(form.contains(document.activeElement)).toBe(true));
      await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
      await waitFor(() => expect(document.activeElement?.id).toBe('partnership-1'));
      expect((document.activeElement as HTMLElement).textContent).toContain('Preklicano');
    });

    it.each([
      ['after', 0, 1500],
      ['before', 1500, 600],
    ] as const)('says nothing of an ending made here, its event coming %s the answer', async (_, answerDelay, eventDelay) => {
      open([partnership('1', 'ACTIVE')], [{ ...ended('COMPLETED'), delay: answerDelay }, partnershipChanged('COMPLETED', eventDelay)]);
      fireEvent.click(await screen.findByRole('button', { name: 'Označi kot zaključeno' }));
      fireEvent.click(within(screen.getByRole('form')).getByRole('button', { name: 'Označi kot zaključeno' }));
      await waitFor(() => expect(document.activeElement?.id).toBe('partnership-1'), { timeout: 3000 });
      // Both the answer and the event are in: still nothing said.
      await new Promise((resolve) => setTimeout(resolve, Math.max(answerDelay, eventDelay) + 200));
      expect(live()?.textContent).toBe('');
    });

    // Keyed by the partnership alone, the other side's cancellation was taken for our own
    // completion: nothing said, and the form, gone with the ACTIVE status, could not say why
    // ours was refused.
    it('says the other side ended it while an ending made here waits for its answer', async () => {
      open([partnership('1', 'ACTIVE')], [
        {
          request: { query: EndPartnershipMutation, variables: { input: { id: '1', status: 'COMPLETED', outcomeNote: null } } },
          result: { errors: [{ message: 'This partnership has already ended.', extensions: { code: 'CONFLICT', reason: 'ALREADY_ENDED' } }] },
          delay: 1500,
        },
        partnershipChanged('CANCELLED', 600),
      ]);
      fireEvent.click(await screen.findByRole('button', { name: 'Označi kot zaključeno' }));
      fireEvent.click(within(screen.getByRole('form')).getByRole('button', { name: 'Označi kot zaključeno' }));
      await waitFor(() => expect(live()?.textContent).toBe('Partnerstvo z organizacijo Društvo Sopotnik za »Prevozi starejših k zdravniku« je bilo preklicano.'), { timeout: 3000 });
    });
  });
});
