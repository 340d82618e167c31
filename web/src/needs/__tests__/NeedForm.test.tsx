import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SignedInShell } from '../../app/SignedInShell';
import { MeQuery } from '../../auth/graphql/queries/me';
import { draftKey } from '../../forms/use-draft';
import { referenceDataMocks } from '../../test/reference-data';
import { ME, renderRoutes, route } from '../../test/render';
import { EMPTY_NEED, NeedForm } from '../components/NeedForm';
import { CreateNeedMutation } from '../graphql/mutations/createNeed';
import NewNeedPage from '../pages/NewNeedPage';

const routes = [route('/needs/new', <NewNeedPage />), route('/needs/:id', <p>the need's page</p>)];

async function openForm(mocks: Parameters<typeof renderRoutes>[1]['mocks'] = []) {
  const view = renderRoutes(routes, { path: '/needs/new', mocks: [...referenceDataMocks, ...(mocks ?? [])] });
  await screen.findByRole('option', { name: 'Kranj' });
  return view;
}

function fillIn() {
  fireEvent.change(screen.getByLabelText(/Naslov/), { target: { value: 'Prevozi za starejše' } });
  fireEvent.change(screen.getByLabelText(/^Opis/), { target: { value: 'Iščemo prostovoljce za prevoze starejših k zdravniku.' } });
  fireEvent.change(screen.getByRole('combobox', { name: /Občina/ }), { target: { value: '052' } });
  fireEvent.click(screen.getByLabelText('Prostovoljci'));
  fireEvent.change(screen.getByLabelText(/^Od/), { target: { value: '2026-05-01' } });
  fireEvent.change(screen.getByLabelText(/^Do/), { target: { value: '2026-06-01' } });
}

/** The text of an input's error message, found the way a screen reader finds it. */
const errorOf = (input: HTMLElement) => document.getElementById(input.getAttribute('aria-describedby')!.split(' ').find((id) => id.includes('error'))!)?.textContent;

/** The API's answer to createNeed: one BAD_USER_INPUT with these fields. */
const refused = (fields: { field: string; message: string; constraint?: string; limit?: number }[]) => ({
  request: { query: CreateNeedMutation, variables: () => true },
  result: { errors: [{ message: `Invalid input. ${fields.map((entry) => `${entry.field}: ${entry.message}`).join('; ')}`, extensions: { code: 'BAD_USER_INPUT', fields } }] },
});

const API_ERRORS = [
  { field: 'title', message: 'title must be longer than or equal to 3 characters', constraint: 'minLength', limit: 3 },
  { field: 'resourceTypes', message: 'resourceTypes should not be empty', constraint: 'arrayNotEmpty' },
  { field: 'endsOn', message: 'must not be before startsOn', constraint: 'isNotBefore' },
  { field: 'budgetEur', message: 'budgetEur is something new', constraint: 'someRuleTheAppDoesNotKnow' },
];

describe('the need form', () => {
  // 00:30 on 16 April in Ljubljana (still 15 April in UTC): the form's dates are after it.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-04-15T22:30:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('names its inputs after the GraphQL input fields', async () => {
    const { container } = await openForm();
    const named = (name: string) => container.querySelectorAll(`[name="${name}"]`);
    for (const name of ['title', 'description', 'startsOn', 'endsOn', 'budgetEur']) expect(named(name)).toHaveLength(1);
    expect(named('municipalityCode')[0].tagName).toBe('SELECT');
    expect(within(named('municipalityCode')[0] as HTMLElement).getByRole('option', { name: 'Kranj' })).toHaveProperty('value', '052');
    expect([...named('resourceTypes')].map((input) => (input as HTMLInputElement).value)).toContain('VOLUNTEERS');
    expect([...named('resourceTypes')].every((input) => (input as HTMLInputElement).type === 'checkbox')).toBe(true);
    expect([...named('preferredSectors')].map((input) => (input as HTMLInputElement).value)).toContain('NGO');
    expect([...named('themeCodes')].map((input) => (input as HTMLInputElement).value)).toEqual(['SOCIAL', 'SOCIAL_ELDERLY']);
    expect((named('startsOn')[0] as HTMLInputElement).type).toBe('date');
  });

  it('marks what is asked for as required, like the other required fields, and says that one is enough', async () => {
    await openForm();
    const group = screen.getByRole('group', { name: 'Kaj potrebujete' });
    expect(group.querySelector('legend')?.textContent).toBe('Kaj potrebujete *');
    expect(within(group).getByText('Izberite vsaj eno.')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Zaželeni partnerji' }).querySelector('legend')?.textContent).toBe('Zaželeni partnerji');
  });

  it("starts with the municipality of the organization posting it, which follows a switch of organization until the reader chooses one", async () => {
    const triglav = {
      ...ME.memberships[0],
      id: 'membership-2',
      organization: { __typename: 'Organization' as const, id: 'organization-2', name: 'Društvo Triglav', sector: 'NGO' as const, municipality: { __typename: 'Municipality' as const, code: '003' } },
    };
    const me = { ...ME, memberships: [...ME.memberships, triglav] };
    renderRoutes([{ element: <SignedInShell />, children: routes }], {
      path: '/needs/new',
      session: null,
      mocks: [...referenceDataMocks, { request: { query: MeQuery }, result: { data: { me } } }],
    });
    await screen.findByRole('option', { name: 'Kranj' });
    const municipality = screen.getByRole('combobox', { name: /Občina/ });
    const organization = screen.getByRole('combobox', { name: 'Organizacija' });
    expect(municipality).toHaveProperty('value', '052');

    fireEvent.change(organization, { target: { value: 'organization-2' } });
    expect(municipality).toHaveProperty('value', '003');

    fireEvent.change(municipality, { target: { value: '001' } });
    fireEvent.change(organization, { target: { value: 'organization-1' } });
    expect(municipality).toHaveProperty('value', '001');
  });

  it("shows the API's BAD_USER_INPUT fields next to their inputs and keeps what was typed", async () => {
    await openForm([
      {
        request: { query: CreateNeedMutation, variables: () => true },
        result: {
          errors: [
            {
              message: 'endsOn: must not be before startsOn',
              extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'endsOn', message: 'must not be before startsOn' }] },
            },
          ],
        },
      },
    ]);
    fillIn();
    fireEvent.click(screen.getByRole('button', { name: 'Objavi potrebo' }));
    await screen.findByText('must not be before startsOn');
    const endsOn = screen.getByLabelText(/^Do/);
    expect(endsOn.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(endsOn.getAttribute('aria-describedby')!.split(' ').find((id) => id.includes('error'))!)?.textContent).toBe(
      'must not be before startsOn',
    );
    expect(screen.getByLabelText(/Naslov/)).toHaveProperty('value', 'Prevozi za starejše');
    expect(screen.getByRole('alert').textContent).toContain('Popravite označena polja.');
  });

  it('posts once however often the button is pressed, then opens the need', async () => {
    let posts = 0;
    await openForm([
      {
        request: {
          query: CreateNeedMutation,
          variables: (variables) => {
            posts += 1;
            return variables.input.organizationId === 'organization-1' && variables.input.municipalityCode === '052' && variables.input.endsOn === '2026-06-01';
          },
        },
        result: { data: { createNeed: { __typename: 'Need' as const, id: 'need-7' } } },
        delay: 30,
      },
    ]);
    fillIn();
    const submit = screen.getByRole('button', { name: 'Objavi potrebo' });
    fireEvent.click(submit);
    fireEvent.click(submit);
    expect(await screen.findByText("the need's page")).toBeDefined();
    expect(posts).toBe(1);
    expect(localStorage.getItem(draftKey(ME.id, 'need.new'))).toBeNull();
  });

  it("asks a call for partners for its deadline for answers, and sends it", async () => {
    let sent: Record<string, unknown> | undefined;
    await openForm([
      {
        request: {
          query: CreateNeedMutation,
          variables: (variables) => {
            sent = variables.input;
            return true;
          },
        },
        result: { data: { createNeed: { __typename: 'Need' as const, id: 'need-8' } } },
      },
    ]);
    fillIn();
    expect(document.querySelector('[name="respondBy"]')).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: /Vrsta/ }), { target: { value: 'CALL_FOR_PARTNERS' } });
    const deadline = screen.getByLabelText(/^Odzivi do/);
    expect(deadline.getAttribute('name')).toBe('respondBy');
    fireEvent.change(deadline, { target: { value: '2026-04-20' } });
    // The end may not come before the deadline for answers either.
    expect(screen.getByLabelText(/^Do/).getAttribute('min')).toBe('2026-05-01');
    fireEvent.click(screen.getByRole('button', { name: 'Objavi potrebo' }));
    expect(await screen.findByText("the need's page")).toBeDefined();
    expect(sent).toMatchObject({ kind: 'CALL_FOR_PARTNERS', respondBy: '2026-04-20', startsOn: '2026-05-01', endsOn: '2026-06-01' });
  });

  it("says what the chosen kind of need is for, under its select, and what a call for partners adds", async () => {
    await openForm();
    const kind = screen.getByRole('combobox', { name: /Vrsta/ });
    const hint = () => document.getElementById(kind.getAttribute('aria-describedby')!.split(' ').find((id) => id.includes('description'))!)?.textContent;
    expect(hint()).toMatch(/^Težava ali priložnost v vaši skupnosti/);
    fireEvent.change(kind, { target: { value: 'PUBLIC_SERVICE' } });
    expect(hint()).toMatch(/^Storitev za prebivalce/);
    fireEvent.change(kind, { target: { value: 'CALL_FOR_PARTNERS' } });
    expect(hint()).toMatch(/do roka, ki ga določite spodaj\.$/);
  });

  it('restores a half-written need after a reload', async () => {
    const first = await openForm();
    fireEvent.change(screen.getByLabelText(/Naslov/), { target: { value: 'Prevozi za starejše' } });
    fireEvent.click(screen.getByLabelText('Prostovoljci'));
    await waitFor(() => expect(localStorage.getItem(draftKey(ME.id, 'need.new'))).toContain('Prevozi za starejše'));
    first.unmount();

    await openForm();
    expect(screen.getByLabelText(/Naslov/)).toHaveProperty('value', 'Prevozi za starejše');
    expect(screen.getByLabelText('Prostovoljci')).toHaveProperty('checked', true);
    expect(screen.getByRole('status').textContent).toContain('Obnovili smo vaš neoddan osnutek.');
  });

  it('empties the form when the restored draft is discarded, and leaves the focus on its first field, not the page', async () => {
    const first = await openForm();
    fireEvent.change(screen.getByLabelText(/Naslov/), { target: { value: 'Prevozi za starejše' } });
    await waitFor(() => expect(localStorage.getItem(draftKey(ME.id, 'need.new'))).toContain('Prevozi za starejše'));
    first.unmount();

    await openForm();
    const discard = screen.getByRole('button', { name: 'Zavrzi osnutek' });
    discard.focus();
    fireEvent.click(discard);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Zavrzi osnutek' })).toBeNull());
    expect(screen.getByLabelText(/Naslov/)).toHaveProperty('value', '');
    expect(document.activeElement).toBe(screen.getByLabelText(/Naslov/));
  });

  it("words the API's rules in Slovenian by their constraint, with the API's message for a rule it does not know", async () => {
    await openForm([refused(API_ERRORS)]);
    fillIn();
    fireEvent.click(screen.getByRole('button', { name: 'Objavi potrebo' }));
    await screen.findByText('Vsaj 3 znaki.');
    expect(errorOf(screen.getByLabelText(/Naslov/))).toBe('Vsaj 3 znaki.');
    expect(errorOf(screen.getByLabelText(/^Do/))).toBe('»Do« ne sme biti pred »Od«.');
    expect(errorOf(screen.getByLabelText(/Proračun/))).toBe('budgetEur is something new');
    const group = screen.getByRole('group', { name: 'Kaj potrebujete' });
    expect(within(group).getAllByText('Izberite vsaj eno.')).toHaveLength(2); // the hint, and now the error
    expect(screen.queryByText(/must be longer|should not be empty|must not be before/)).toBeNull();
  });

  it("drops a field's error from the API once that field is changed, and keeps the others' until theirs change or the form is sent again", async () => {
    await openForm([refused(API_ERRORS), refused(API_ERRORS.slice(2))]);
    fillIn();
    fireEvent.click(screen.getByRole('button', { name: 'Objavi potrebo' }));
    await screen.findByText('Vsaj 3 znaki.');
    const title = screen.getByLabelText(/Naslov/);
    fireEvent.change(title, { target: { value: 'Prevozi za starejše k zdravniku' } });
    expect(screen.queryByText('Vsaj 3 znaki.')).toBeNull();
    expect(title.getAttribute('aria-invalid')).not.toBe('true');
    fireEvent.click(screen.getByLabelText('Oprema'));
    expect(within(screen.getByRole('group', { name: 'Kaj potrebujete' })).getAllByText('Izberite vsaj eno.')).toHaveLength(1);
    expect(errorOf(screen.getByLabelText(/^Do/))).toBe('»Do« ne sme biti pred »Od«.');
    expect(errorOf(screen.getByLabelText(/Proračun/))).toBe('budgetEur is something new');
    expect(screen.getByRole('alert').textContent).toContain('Popravite označena polja.');

    // Sent again, the API's new answer is shown whole, the end's error with it.
    fireEvent.change(screen.getByLabelText(/^Do/), { target: { value: '2026-07-01' } });
    expect(screen.queryByText('»Do« ne sme biti pred »Od«.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Objavi potrebo' }));
    expect(await screen.findByText('»Do« ne sme biti pred »Od«.')).toBeDefined();

    // Once every field it named is changed, the summary has nothing left to point at.
    fireEvent.change(screen.getByLabelText(/^Do/), { target: { value: '2026-08-01' } });
    fireEvent.change(screen.getByLabelText(/Proračun/), { target: { value: '500' } });
    expect(screen.queryByText('budgetEur is something new')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('takes a budget as digits only: a decimal comma or a thousands point is refused, not read by the browser\'s language', async () => {
    await openForm();
    const budget = screen.getByLabelText(/Proračun/) as HTMLInputElement;
    // A number field in an English browser read "1500,50" as 150050 and sent it without a word.
    for (const typed of ['1500,50', '1.500', '1 500']) {
      fireEvent.change(budget, { target: { value: typed } });
      expect(budget.value).toBe(typed);
      expect(budget.checkValidity()).toBe(false);
      expect(budget.validity.patternMismatch).toBe(true);
    }
    fireEvent.change(budget, { target: { value: '1500' } });
    expect(budget.checkValidity()).toBe(true);
    // The API's limit, before the form is sent, in the page's words.
    fireEvent.change(budget, { target: { value: '200000000' } });
    expect(budget.checkValidity()).toBe(false);
    expect(budget.validationMessage).toBe('Največ 100.000.000.');
  });

  it('words them in English for an English reader', async () => {
    const view = renderRoutes(routes, { path: '/needs/new', language: 'en', mocks: [...referenceDataMocks, refused(API_ERRORS)] });
    await screen.findByRole('option', { name: 'Kranj' });
    const named = (name: string) => view.container.querySelector(`[name="${name}"]`) as HTMLElement;
    fireEvent.change(named('title'), { target: { value: 'Prevozi za starejše' } });
    fireEvent.change(named('description'), { target: { value: 'Iščemo prostovoljce za prevoze starejših k zdravniku.' } });
    fireEvent.change(named('municipalityCode'), { target: { value: '052' } });
    fireEvent.click(named('resourceTypes'));
    fireEvent.click(view.container.querySelector('button[type="submit"]')!);
    await screen.findByText('At least 3 characters.');
    expect(errorOf(named('title'))).toBe('At least 3 characters.');
    expect(errorOf(named('endsOn'))).toBe('“Until” must not be before “From”.');
    expect(within(screen.getByRole('group', { name: 'What you need' })).getAllByText('Choose at least one.')).toHaveLength(2);
  });

  it('words the errors again when the reader switches language after a failed submit', async () => {
    const view = await openForm([refused(API_ERRORS)]);
    fillIn();
    fireEvent.click(screen.getByRole('button', { name: 'Objavi potrebo' }));
    await screen.findByText('Vsaj 3 znaki.');
    const summary = () => screen.getAllByRole('alert').map((alert) => alert.textContent).join(' ');
    expect(summary()).toContain('Popravite označena polja.');
    await act(() => view.i18n.changeLanguage('en'));
    await screen.findByText('At least 3 characters.');
    expect(summary()).toContain('Please correct the marked fields.');
    expect(screen.queryByText('Vsaj 3 znaki.')).toBeNull();
  });

  it('moves the focus to the first field in error after a failed submit, and to the summary when no field of the form is named', async () => {
    const view = await openForm([refused(API_ERRORS.slice(1)), refused([{ field: 'organizationId', message: 'organizationId must be a UUID', constraint: 'isUuid' }])]);
    fillIn();
    const submit = screen.getByRole('button', { name: 'Objavi potrebo' });
    submit.focus();
    fireEvent.click(submit);
    await waitFor(() => expect(document.activeElement).toBe(view.container.querySelector('[name="resourceTypes"]')));
    fireEvent.click(submit);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('alert')));
    expect(screen.getByRole('alert').textContent).toContain('Popravite označena polja.');
  });

  it('lets the browser refuse a title under 3 characters, and an end before today (in Slovenia) or before the start, before anything is sent', async () => {
    await openForm();
    expect(screen.getByLabelText(/Naslov/).getAttribute('minlength')).toBe('3');
    expect(screen.getByLabelText(/^Do/).getAttribute('min')).toBe('2026-04-16');
    fireEvent.change(screen.getByLabelText(/^Od/), { target: { value: '2027-06-30' } });
    expect(screen.getByLabelText(/^Do/).getAttribute('min')).toBe('2027-06-30');
    // A start already past does not move the end's earliest day back.
    fireEvent.change(screen.getByLabelText(/^Od/), { target: { value: '2026-01-01' } });
    expect(screen.getByLabelText(/^Do/).getAttribute('min')).toBe('2026-04-16');
  });

  it("keeps a need's stored end that has since passed choosable, so that its other fields can still be saved", async () => {
    const form = <NeedForm draftKey="need.edit" initial={{ ...EMPTY_NEED, endsOn: '2026-04-15' }} title="Uredi" submitLabel="Shrani" onSubmit={async () => undefined} />;
    renderRoutes([route('/edit', form)], { path: '/edit', mocks: referenceDataMocks });
    await screen.findByRole('option', { name: 'Kranj' });
    const end = screen.getByLabelText(/^Do/) as HTMLInputElement;
    expect(end.getAttribute('min')).toBe('2026-04-15');
    expect(end.validity.rangeUnderflow).toBe(false);
  });

  it('refuses a deadline for answers before today (in Slovenia) beside the field, and sends nothing', async () => {
    const view = await openForm([refused(API_ERRORS)]);
    fillIn();
    fireEvent.change(screen.getByRole('combobox', { name: /Vrsta/ }), { target: { value: 'CALL_FOR_PARTNERS' } });
    const deadline = screen.getByLabelText(/^Odzivi do/) as HTMLInputElement;
    expect(deadline.getAttribute('min')).toBe('2026-04-16');
    // 15 April has passed in Ljubljana, though it is still 15 April in UTC.
    fireEvent.change(deadline, { target: { value: '2026-04-15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Objavi potrebo' }));
    expect(deadline.validity.rangeUnderflow).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(deadline));
    expect(deadline.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(deadline)).toMatch(/^Izberite .*2026 ali poznejši datum\.$/);
    expect(view.requests.filter((name) => name === 'CreateNeed')).toHaveLength(0);
  });

  // The browser's own refusal is a bubble that fades in a few seconds, one field at a time: on a
  // phone it was gone before it was read, and nothing said why the need was not posted.
  it.each([
    ['sl', 'Objavi potrebo', 'Izpolnite to polje.', 'Popravite označena polja.', 'Izberite vsaj eno.'],
    ['en', 'Post the need', 'Fill in this field.', 'Please correct the marked fields.', 'Choose at least one.'],
  ] as const)('says beside every field left empty that it is, focuses the first, sends nothing, and lets each go as it is filled in (%s)', async (language, post, empty, summary, none) => {
    const view = renderRoutes(routes, { path: '/needs/new', language, mocks: referenceDataMocks });
    await screen.findByRole('option', { name: 'Kranj' });
    fireEvent.click(screen.getByRole('button', { name: post }));
    const [title, description] = [screen.getByRole('textbox', { name: /^(Naslov|Title)/ }), screen.getByRole('textbox', { name: /^(Opis|Description)/ })];
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect([errorOf(title), errorOf(description)]).toEqual([empty, empty]);
    // The resource types too, a group of boxes the browser alone never checked: none chosen.
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([summary, none]);
    expect(view.requests.filter((name) => name === 'CreateNeed')).toHaveLength(0);
    // Still there a while later: nothing fades.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(errorOf(description)).toBe(empty);
    fireEvent.change(title, { target: { value: 'Prevozi za starejše' } });
    expect(title.getAttribute('aria-invalid')).not.toBe('true');
    expect(errorOf(description)).toBe(empty);
  });

  it("keeps a need's stored deadline for answers that has since passed choosable, so that its other fields can still be saved", async () => {
    const initial = { ...EMPTY_NEED, kind: 'CALL_FOR_PARTNERS' as const, respondBy: '2026-04-10' };
    renderRoutes([route('/edit', <NeedForm draftKey="need.edit" initial={initial} title="Uredi" submitLabel="Shrani" onSubmit={async () => undefined} />)], {
      path: '/edit',
      mocks: referenceDataMocks,
    });
    await screen.findByRole('option', { name: 'Kranj' });
    const deadline = screen.getByLabelText(/^Odzivi do/) as HTMLInputElement;
    expect(deadline.getAttribute('min')).toBe('2026-04-10');
    expect(deadline.validity.rangeUnderflow).toBe(false);
  });

  it("shows the API's refusal of an end already past on the end's field, in the reader's words", async () => {
    await openForm([refused([{ field: 'endsOn', message: 'must not be before today (2026-04-16 in Slovenia)', constraint: 'isNotPast' }])]);
    fillIn();
    fireEvent.click(screen.getByRole('button', { name: 'Objavi potrebo' }));
    await screen.findByText('Popravite označena polja.', { exact: false });
    expect(errorOf(screen.getByLabelText(/^Do/))).toBe('Ta dan je že mimo: izberite današnji ali poznejši datum.');
  });

  it('shows every wrong day the API names at once, each next to its field, in Slovenian and in English', async () => {
    const today = 'must not be before today (2026-04-16 in Slovenia)';
    const view = await openForm([
      refused([
        { field: 'endsOn', message: 'must not be before startsOn', constraint: 'isNotBefore' },
        { field: 'endsOn', message: 'must not be before respondBy', constraint: 'isNotBefore' },
        { field: 'endsOn', message: today, constraint: 'isNotPast' },
        { field: 'respondBy', message: today, constraint: 'isNotPast' },
      ]),
    ]);
    fillIn();
    fireEvent.change(screen.getByRole('combobox', { name: /Vrsta/ }), { target: { value: 'CALL_FOR_PARTNERS' } });
    fireEvent.change(screen.getByLabelText(/^Odzivi do/), { target: { value: '2026-04-20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Objavi potrebo' }));
    await screen.findByText('Popravite označena polja.', { exact: false });
    const end = screen.getByLabelText(/^Do/);
    const deadline = screen.getByLabelText(/^Odzivi do/);
    expect(errorOf(end)).toBe('»Do« ne sme biti pred »Od«. »Do« ne sme biti pred »Odzivi do (zadnji dan)«. Ta dan je že mimo: izberite današnji ali poznejši datum.');
    expect(errorOf(deadline)).toBe('Ta dan je že mimo: izberite današnji ali poznejši datum.');
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(deadline.getAttribute('aria-invalid')).toBe('true');
    await act(() => view.i18n.changeLanguage('en'));
    expect(errorOf(end)).toBe('“Until” must not be before “From”. “Until” must not be before “Responses until (last day)”. This day has passed: choose today or a later date.');
    expect(errorOf(deadline)).toBe('This day has passed: choose today or a later date.');
  });

  it("counts the description's characters past 4,000, and past the API's 5,000 marks it invalid, says so politely once, and sends nothing", async () => {
    const view = await openForm([refused(API_ERRORS)]);
    fillIn();
    const description = screen.getByLabelText(/^Opis/) as HTMLTextAreaElement;
    const live = () => document.getElementById('description-limit')!;
    fireEvent.change(description, { target: { value: 'a'.repeat(4000) } });
    expect(screen.queryByText(/ \/ 5\.000 znakov/)).toBeNull();
    // Spaces at either end do not count, as the API trims them.
    fireEvent.change(description, { target: { value: ` ${'a'.repeat(4321)} ` } });
    expect(screen.getByText('4.321 / 5.000 znakov')).toBeDefined();
    expect(description.getAttribute('aria-invalid')).not.toBe('true');
    expect(description.validity.valid).toBe(true);
    expect(live().textContent).toBe('');
    fireEvent.change(description, { target: { value: 'a'.repeat(5012) } });
    expect(screen.getByText('5.012 / 5.000 znakov')).toBeDefined();
    expect(description.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(description)).toBe('Opis je predolg: največ 5.000 znakov. Skrajšajte ga.');
    expect(live().textContent).toBe('Opis je predolg: največ 5.000 znakov. Skrajšajte ga.');
    fireEvent.click(screen.getByRole('button', { name: 'Objavi potrebo' }));
    await waitFor(() => expect(document.activeElement).toBe(description));
    expect(errorOf(description)).toBe('Opis je predolg: največ 5.000 znakov. Skrajšajte ga.');
    expect(view.requests.filter((name) => name === 'CreateNeed')).toHaveLength(0);
    // Shortened to the limit, it is valid again and the announcement is gone.
    fireEvent.change(description, { target: { value: 'a'.repeat(5000) } });
    expect(description.validity.valid).toBe(true);
    expect(description.getAttribute('aria-invalid')).not.toBe('true');
    expect(live().textContent).toBe('');
  });

  it('sends nothing while the end is before the start', async () => {
    const view = await openForm([refused(API_ERRORS)]);
    fillIn();
    const end = screen.getByLabelText(/^Do/) as HTMLInputElement;
    fireEvent.change(end, { target: { value: '2026-04-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Objavi potrebo' }));
    expect(end.validity.rangeUnderflow).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(end));
    expect(errorOf(end)).toMatch(/ali poznejši datum\.$/);
    // Corrected, the form is sent once: had the refused attempt been sent as well, there would be two.
    fireEvent.change(end, { target: { value: '2026-09-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Objavi potrebo' }));
    // The mocked API refuses it: waiting for that refusal lets the submission end inside the test.
    await screen.findByText('Popravite označena polja.', { exact: false });
    expect(view.requests.filter((name) => name === 'CreateNeed')).toHaveLength(1);
  });
});
