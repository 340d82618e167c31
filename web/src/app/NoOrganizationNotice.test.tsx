// Mantine's rules for alerts, links and text, applied to the page (vite.config.mts lets these through).
import '@mantine/core/styles/Alert.css';
import '@mantine/core/styles/Anchor.css';
import '@mantine/core/styles/Text.css';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppLanguage } from '../i18n/language';
import { ME, renderRoutes, route, SESSION } from '../test/render';
import { NoOrganizationNotice } from './NoOrganizationNotice';

const hubStaff = { ...SESSION, me: { ...ME, hubAdmin: true, memberships: [] }, membership: null };

describe('NoOrganizationNotice', () => {
  it.each<[AppLanguage, string]>([
    ['sl', 'Na stran stičišča'],
    ['en', "To the hub's page"],
  ])("gives hub staff the link to /hub in the notice's own size, not a size larger (%s)", async (language, name) => {
    renderRoutes([route('/', <NoOrganizationNotice />)], { path: '/', language, session: hubStaff });
    const link = await screen.findByRole('link', { name });
    expect(link.getAttribute('href')).toBe('/hub');
    const message = link.parentElement!;
    expect(getComputedStyle(message).fontSize).not.toBe('');
    expect(getComputedStyle(link).fontSize).toBe(getComputedStyle(message).fontSize);
    expect(getComputedStyle(link).lineHeight).toBe(getComputedStyle(message).lineHeight);
  });
});
