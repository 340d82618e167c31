import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Reach } from '../graphql/graphql';
import type { AppLanguage } from '../i18n/language';
import { GORENJSKA_CODES, referenceDataMocks, regionsMocks } from '../test/reference-data';
import { renderRoutes, route } from '../test/render';
import { MunicipalitySelect } from './controls';
import { ServiceAreaPicker } from './ServiceAreaPicker';

function open(language: AppLanguage) {
  return renderRoutes(
    [route('/', <MunicipalitySelect name="municipalityCode" label="Občina" value="" onChange={() => undefined} />)],
    { path: '/', mocks: referenceDataMocks, language },
  );
}

const groupsOf = (select: HTMLElement) => [...select.querySelectorAll('optgroup')].map((group) => group.label);
const optionsOf = (select: HTMLElement) => [...select.querySelectorAll('option')].map((option) => option.textContent);

describe('the municipality select', () => {
  it('names the statistical regions in Slovenian on a Slovenian page', async () => {
    open('sl');
    const select = screen.getByRole('combobox', { name: /Občina/ });
    await waitFor(() => expect(optionsOf(select)).toContain('Ajdovščina (Goriška)'));
    expect(groupsOf(select)).toEqual(['Gorenjska', '—']);
  });

  it('names the statistical regions on an English page as the statistical office\'s English texts do, by their Slovenian names', async () => {
    open('en');
    const select = screen.getByRole('combobox', { name: /Občina/ });
    await waitFor(() => expect(optionsOf(select)).toContain('Ajdovščina (Goriška)'));
    expect(within(select).getByRole('group', { name: 'Gorenjska' })).toBeDefined();
  });
});

/** The picker as the offer form holds it: the list and the reach in its state. */
function Picker({ homeCode, organizationCode, reach: initialReach = 'LOCAL' }: { homeCode: string; organizationCode?: string; reach?: Reach }) {
  const [value, setValue] = useState<string[]>([]);
  const [reach, setReach] = useState<Reach>(initialReach);
  return (
    <>
      <ServiceAreaPicker
        value={value}
        onChange={setValue}
        homeCode={homeCode}
        organizationCode={organizationCode}
        reach={reach}
        onUseRegionalReach={() => {
          setReach('REGIONAL');
          setValue([]);
        }}
      />
      <p>reach: {reach}</p>
    </>
  );
}

async function openPicker(language: AppLanguage, props: Parameters<typeof Picker>[0]) {
  const view = renderRoutes([route('/', <Picker {...props} />)], { path: '/', mocks: regionsMocks, language });
  await screen.findAllByRole('option', { name: 'Kranj' });
  const area = screen.getByRole('group', { name: language === 'sl' ? 'Območje delovanja' : 'Service area' });
  /** What the form carries in serviceAreaCodes. */
  const codes = () => [...area.querySelectorAll<HTMLInputElement>('input[name="serviceAreaCodes"]')].map((input) => input.value);
  return { ...view, area, codes, status: () => within(area).getByRole('status').textContent };
}

const WITHOUT_JESENICE = GORENJSKA_CODES.filter((code) => code !== '041');

describe("an offer's service area", () => {
  it("lists what to add by statistical region, the offer's region first, then the organization's, each region whole at the top", async () => {
    const { area } = await openPicker('sl', { homeCode: '061', organizationCode: '052' });
    const adding = within(area).getByRole('combobox', { name: 'Dodaj občino ali vso regijo' });
    expect(groupsOf(adding)).toEqual(['Osrednjeslovenska', 'Gorenjska', 'Goriška', 'Zasavska']);
    const gorenjska = within(adding).getByRole('group', { name: 'Gorenjska' });
    expect(optionsOf(gorenjska).slice(0, 4)).toEqual(['Vsa regija Gorenjska (18 občin)', 'Bled', 'Bohinj', 'Cerklje na Gorenjskem']);
    expect(optionsOf(within(adding).getByRole('group', { name: 'Zasavska' }))).toEqual(['Vsa regija Zasavska (1 občina)', 'Trbovlje']);
    expect(within(area).getByRole('button', { name: 'Dodaj vso Osrednjeslovensko regijo (2 občini)' })).toBeDefined();
    expect(within(area).getByText('Ni izbranih občin: velja doseg.')).toBeDefined();
  });

  it('lists them by the regions\' names on an English page, all twelve the same way', async () => {
    const { area } = await openPicker('en', { homeCode: '129', organizationCode: '052' });
    const adding = within(area).getByRole('combobox', { name: 'Add a municipality or a whole region' });
    expect(groupsOf(adding)).toEqual(['Zasavska', 'Gorenjska', 'Goriška', 'Osrednjeslovenska']);
    expect(optionsOf(within(adding).getByRole('group', { name: 'Gorenjska' }))[0]).toBe('The whole Gorenjska region (18 municipalities)');
    expect(within(area).getByRole('button', { name: 'Add the whole Zasavska region (1 municipality)' })).toBeDefined();
    expect(within(area).getByText('No municipalities chosen: the reach applies.')).toBeDefined();
  });

  it('adds the whole region with one tap, shown as one line until opened, and each municipality can be removed after', async () => {
    const { area, codes, status } = await openPicker('sl', { homeCode: '052' });
    fireEvent.click(within(area).getByRole('button', { name: 'Dodaj vso Gorenjsko regijo (18 občin)' }));
    expect(codes()).toHaveLength(18);
    expect(new Set(codes())).toEqual(new Set(GORENJSKA_CODES));
    expect(status()).toBe('Gorenjska: dodanih 18 občin.');
    expect(within(area).getByText('Izbranih občin: 18')).toBeDefined();
    expect(within(area).queryByRole('button', { name: /^Dodaj vso Gorenjsko/ })).toBeNull();
    const region = within(area).getByRole('button', { name: 'Gorenjska (18 od 18)' });
    // The button pressed is gone: the focus goes to what it added, not to the page.
    expect(document.activeElement).toBe(region);
    expect(region.getAttribute('aria-expanded')).toBe('false');
    expect(within(area).queryByRole('button', { name: 'Odstrani Jesenice' })).toBeNull();

    fireEvent.click(region);
    expect(region.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(within(area).getByRole('button', { name: 'Odstrani Jesenice' }));
    expect(new Set(codes())).toEqual(new Set(WITHOUT_JESENICE));
    expect(status()).toBe('Odstranjeno: Jesenice.');
    // The focus goes to the next name, not to the page's top.
    expect(document.activeElement).toBe(within(area).getByRole('button', { name: 'Odstrani Jezersko' }));
    expect(within(area).getByRole('button', { name: 'Gorenjska (17 od 18)' })).toBeDefined();
    // Named by what it adds now: one municipality, not "the whole region (18)".
    expect(within(area).queryByRole('button', { name: /^Dodaj vso Gorenjsko/ })).toBeNull();
    expect(within(area).getByRole('button', { name: 'Dodaj še preostalo občino regije Gorenjska (1)' })).toBeDefined();

    const adding = within(area).getByRole('combobox', { name: 'Dodaj občino ali vso regijo' });
    expect(within(adding).getByRole('option', { name: 'Kranj' })).toHaveProperty('disabled', true);
    expect(within(adding).getByRole('option', { name: 'Jesenice' })).toHaveProperty('disabled', false);
    fireEvent.change(adding, { target: { value: '061' } });
    fireEvent.click(within(area).getByRole('button', { name: 'Dodaj' }));
    expect(codes()).toEqual([...codes().filter((code) => code !== '061'), '061']);
    expect(codes()).toHaveLength(18);
    expect(status()).toBe('Dodano: Ljubljana.');
    expect(adding).toHaveProperty('value', '');
    // "Dodaj" is disabled as the select resets: the focus goes back to the select.
    expect(document.activeElement).toBe(adding);
    expect(within(area).getByRole('button', { name: 'Osrednjeslovenska (1 od 2)' }).getAttribute('aria-expanded')).toBe('true');

    fireEvent.click(within(area).getByRole('button', { name: 'Odstrani vse občine regije Gorenjska' }));
    expect(codes()).toEqual(['061']);
    expect(status()).toBe('Gorenjska: odstranjenih 17 občin.');
    expect(document.activeElement).toBe(adding);
  });

  it('does the same in English, and adds a region from the list', async () => {
    const { area, codes, status } = await openPicker('en', { homeCode: '052' });
    fireEvent.click(within(area).getByRole('button', { name: 'Add the whole Gorenjska region (18 municipalities)' }));
    expect(status()).toBe('Gorenjska: 18 municipalities added.');
    const region = within(area).getByRole('button', { name: 'Gorenjska (18 of 18)' });
    expect(document.activeElement).toBe(region);
    fireEvent.click(region);
    fireEvent.click(within(area).getByRole('button', { name: 'Remove Jesenice' }));
    fireEvent.click(within(area).getByRole('button', { name: 'Remove Jezersko' }));
    expect(new Set(codes())).toEqual(new Set(WITHOUT_JESENICE.filter((code) => code !== '163')));
    expect(status()).toBe('Removed: Jezersko.');
    expect(within(area).getByRole('button', { name: 'Add the remaining municipalities of the Gorenjska region (2)' })).toBeDefined();
    const adding = within(area).getByRole('combobox', { name: 'Add a municipality or a whole region' });
    fireEvent.change(adding, { target: { value: 'region:Osrednjeslovenska' } });
    fireEvent.click(within(area).getByRole('button', { name: 'Add' }));
    expect(codes().slice(-2)).toEqual(['061', '071']);
    expect(status()).toBe('Osrednjeslovenska: 2 municipalities added.');
    expect(document.activeElement).toBe(adding);
    expect(within(adding).getByRole('option', { name: 'The whole Osrednjeslovenska region (2 municipalities)' })).toHaveProperty('disabled', true);
  });

  it('points to the regional reach, which covers the offer\'s whole region without a list', async () => {
    const { area, codes, status } = await openPicker('sl', { homeCode: '052' });
    fireEvent.click(within(area).getByRole('button', { name: 'Dodaj vso Gorenjsko regijo (18 občin)' }));
    expect(within(area).getByText('Izbrali ste vse občine regije Gorenjska. Enako območje zajema regionalni doseg, zato seznam ni potreben.')).toBeDefined();
    fireEvent.click(within(area).getByRole('button', { name: 'Uporabi regionalni doseg' }));
    expect(screen.getByText('reach: REGIONAL')).toBeDefined();
    expect(codes()).toEqual([]);
    expect(status()).toBe('Doseg je zdaj regionalni, seznam občin je prazen.');
    expect(within(area).getByText('Regionalni doseg že zajema vso Gorenjsko regijo (18 občin). Občine izberite le, če je območje drugačno.')).toBeDefined();
    expect(within(area).queryByRole('button', { name: /^Dodaj vso/ })).toBeNull();
  });

  it('says so in English', async () => {
    const { area } = await openPicker('en', { homeCode: '052', reach: 'REGIONAL' });
    expect(within(area).getByText('The regional reach already covers the whole Gorenjska region (18 municipalities). Choose municipalities only for a different area.')).toBeDefined();
  });
});
