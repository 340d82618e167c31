import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SuggestionFieldsFragment } from '../../graphql/graphql';
import { renderRoutes, route } from '../../test/render';
import { SuggestionList } from '../components/SuggestionList';

// suggestions.module.css is applied in the tests (vite.config.mts) for this.
const kranj = { __typename: 'Municipality' as const, code: '052', name: 'Kranj' };
const suggestion: SuggestionFieldsFragment = {
  __typename: 'Match',
  id: 'match-1',
  score: 0.82,
  recommended: true,
  status: 'SUGGESTED',
  needDecision: null,
  offerDecision: null,
  declineReason: null,
  partnership: null,
  components: [],
  contacts: [],
  need: { __typename: 'Need', id: 'need-1', status: 'OPEN', title: 'Prevozi za starejše', description: '…', startsOn: null, endsOn: null, municipality: kranj, organization: { __typename: 'Organization', id: 'organization-1', name: 'Mestna občina Kranj' } },
  offer: {
    __typename: 'Offer',
    id: 'offer-1',
    status: 'OPEN',
    placesLeft: null,
    title: 'Prostovoljni vozniki',
    description: 'Vozimo ob sobotah.',
    availableFrom: null,
    availableUntil: null,
    municipality: kranj,
    organization: { __typename: 'Organization', id: 'organization-2', name: 'Društvo Sopotnik' },
  },
};

describe("a suggestion's answer buttons", () => {
  it.each(['Sprejmi', 'Zavrni'])('set "%s" in the middle of the button, centred on its capitals, not the 1 to 2 px above it that its line box gave', (name) => {
    renderRoutes([route('/needs/need-1', <SuggestionList side="need" organizationId="organization-1" suggestions={[suggestion]} />)], { path: '/needs/need-1' });
    const button = screen.getByRole('button', { name });
    expect(getComputedStyle(button).minHeight).toBe('40px');
    expect(getComputedStyle(button).getPropertyValue('text-box')).toBe('trim-both cap alphabetic');
  });
});
