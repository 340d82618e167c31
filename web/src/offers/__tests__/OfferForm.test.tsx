import { fireEvent, screen, within } from '@testing-library/react';
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
});
