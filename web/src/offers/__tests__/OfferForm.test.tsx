import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppLanguage } from '../../i18n/language';
import { GORENJSKA_CODES, referenceDataMocks, regionsMocks } from '../../test/reference-data';
import { renderRoutes, route } from '../../test/render';
import { CreateOfferMutation } from '../graphql/mutations/createOffer';
import NewOfferPage from '../pages/NewOfferPage';

/** The new-offer form over all of Gorenjska's municipalities, and what createOffer was sent. */
async function openWithRegions(language: AppLanguage) {
  const sent: { input?: Record<string, unknown> } = {};
  renderRoutes([route('/offers/new', <NewOfferPage />), route('/offers/:id', <p>the offer's page</p>)], {
    path: '/offers/new',
    language,
    mocks: [
      ...regionsMocks,
      {
        request: {
          query: CreateOfferMutation,
          variables: (variables) => {
            sent.input = variables.input as Record<string, unknown>;
            return true;
          },
        },
        result: { data: { createOffer: { __typename: 'Offer' as const, id: 'offer-7' } } },
      },
    ],
  });
  await screen.findAllByRole('option', { name: 'Kranj' });
  const sl = language === 'sl';
  fireEvent.change(screen.getByLabelText(sl ? /Naslov/ : /Title/), { target: { value: 'Prostovoljni vozniki' } });
  fireEvent.change(screen.getByLabelText(sl ? /^Opis/ : /^Description/), { target: { value: 'Vozimo starejše k zdravniku po vsej Gorenjski.' } });
  fireEvent.click(screen.getByLabelText(sl ? 'Prostovoljci' : 'Volunteers'));
  const area = screen.getByRole('group', { name: sl ? 'Območje delovanja' : 'Service area' });
  const submit = async () => {
    fireEvent.click(screen.getByRole('button', { name: sl ? 'Objavi ponudbo' : 'Post the offer' }));
    await screen.findByText("the offer's page");
    return sent.input!;
  };
  return { area, submit };
}

describe('the offer form', () => {
  it('starts with the municipality of the organization posting it', async () => {
    renderRoutes([route('/offers/new', <NewOfferPage />)], { path: '/offers/new', mocks: referenceDataMocks });
    const municipality = screen.getByRole('combobox', { name: /Občina/ });
    await within(municipality).findByRole('option', { name: 'Kranj' });
    expect(municipality).toHaveProperty('value', '052');
  });

  it("counts the description's characters in English past 4,000, and marks it invalid past the API's 5,000", async () => {
    renderRoutes([route('/offers/new', <NewOfferPage />)], { path: '/offers/new', mocks: referenceDataMocks, language: 'en' });
    const description = screen.getByLabelText(/^Description/) as HTMLTextAreaElement;
    fireEvent.change(description, { target: { value: 'a'.repeat(4321) } });
    expect(screen.getByText('4,321 / 5,000 characters')).toBeDefined();
    fireEvent.change(description, { target: { value: 'a'.repeat(5001) } });
    expect(screen.getByText('5,001 / 5,000 characters')).toBeDefined();
    expect(description.getAttribute('aria-invalid')).toBe('true');
    expect(description.validationMessage).toBe('The description is too long: at most 5,000 characters. Please shorten it.');
  });

  it.each([
    { language: 'sl' as const, whole: 'Dodaj vso Gorenjsko regijo (18 občin)', region: 'Gorenjska (18 od 18)', remove: 'Odstrani Jesenice', adding: 'Dodaj občino ali vso regijo', add: 'Dodaj' },
    { language: 'en' as const, whole: 'Add the whole Gorenjska region (18 municipalities)', region: 'Gorenjska (18 of 18)', remove: 'Remove Jesenice', adding: 'Add a municipality or a whole region', add: 'Add' },
  ])('sends the whole region added with one tap, less the municipality removed after, with one more added ($language)', async ({ language, whole, region, remove, adding, add }) => {
    const { area, submit } = await openWithRegions(language);
    fireEvent.click(within(area).getByRole('button', { name: whole }));
    fireEvent.click(within(area).getByRole('button', { name: region }));
    fireEvent.click(within(area).getByRole('button', { name: remove }));
    fireEvent.change(within(area).getByRole('combobox', { name: adding }), { target: { value: '061' } });
    fireEvent.click(within(area).getByRole('button', { name: add }));
    const input = await submit();
    expect([...(input.serviceAreaCodes as string[])].sort()).toEqual([...GORENJSKA_CODES.filter((code) => code !== '041'), '061'].sort());
    expect(input.reach).toBe('LOCAL');
  });

  it.each([
    { language: 'sl' as const, whole: 'Dodaj vso Gorenjsko regijo (18 občin)', useReach: 'Uporabi regionalni doseg', reach: /^Doseg/ },
    { language: 'en' as const, whole: 'Add the whole Gorenjska region (18 municipalities)', useReach: 'Use the regional reach', reach: /^Reach/ },
  ])("sends the regional reach and no list when the whole region is the offer's own, if asked to ($language)", async ({ language, whole, useReach, reach }) => {
    const { area, submit } = await openWithRegions(language);
    fireEvent.click(within(area).getByRole('button', { name: whole }));
    fireEvent.click(within(area).getByRole('button', { name: useReach }));
    expect(screen.getByRole('combobox', { name: reach })).toHaveProperty('value', 'REGIONAL');
    const input = await submit();
    expect(input.reach).toBe('REGIONAL');
    expect(input.serviceAreaCodes).toEqual([]);
  });
});
