import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { referenceDataMocks } from '../../test/reference-data';
import { renderRoutes, route } from '../../test/render';
import NewOfferPage from '../pages/NewOfferPage';

describe('the offer form', () => {
  it('starts with the municipality of the organization posting it', async () => {
    renderRoutes([route('/offers/new', <NewOfferPage />)], { path: '/offers/new', mocks: referenceDataMocks });
    const municipality = screen.getByRole('combobox', { name: /Občina/ });
    await within(municipality).findByRole('option', { name: 'Kranj' });
    expect(municipality).toHaveProperty('value', '052');
  });
});
