import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppLanguage } from '../i18n/language';
import { referenceDataMocks } from '../test/reference-data';
import { renderRoutes, route } from '../test/render';
import { MunicipalityMultiSelect, MunicipalitySelect } from './controls';

function open(language: AppLanguage) {
  return renderRoutes(
    [
      route(
        '/',
        <>
          <MunicipalitySelect name="municipalityCode" label="Občina" value="" onChange={() => undefined} />
          <MunicipalityMultiSelect name="serviceAreaCodes" label="Območje" hint="" value={[]} onChange={() => undefined} />
        </>,
      ),
    ],
    { path: '/', mocks: referenceDataMocks, language },
  );
}

const groupsOf = (select: HTMLElement) => [...select.querySelectorAll('optgroup')].map((group) => group.label);
const optionsOf = (select: HTMLElement) => [...select.querySelectorAll('option')].map((option) => option.textContent);

describe('the municipality selects', () => {
  it('name the statistical regions in Slovenian on a Slovenian page', async () => {
    open('sl');
    const select = screen.getByRole('combobox', { name: /Občina/ });
    await waitFor(() => expect(optionsOf(select)).toContain('Ajdovščina (Goriška)'));
    expect(groupsOf(select)).toEqual(['Gorenjska', '—']);
    expect(groupsOf(screen.getByRole('listbox', { name: 'Območje' }))).toEqual(['Gorenjska', '—']);
  });

  it('name the statistical regions by their official English names on an English page', async () => {
    open('en');
    const select = screen.getByRole('combobox', { name: /Občina/ });
    await waitFor(() => expect(optionsOf(select)).toContain('Ajdovščina (Gorizia)'));
    expect(optionsOf(select).join(' ')).not.toContain('Goriška');
    expect(within(select).getByRole('group', { name: 'Gorenjska' })).toBeDefined();
  });
});
