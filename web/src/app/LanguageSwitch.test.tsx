import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { initialLanguage } from '../i18n/language';
import { renderRoutes, route } from '../test/render';
import { LanguageSwitch } from './LanguageSwitch';

describe('the language switch', () => {
  it('takes ?lang=en out of the address when the reader picks Slovenian, so a reload keeps Slovenian', async () => {
    // An English e-mail's link: /signup?token=…&lang=en, or a page opened with ?lang=en.
    const { router } = renderRoutes([route('/calls', <LanguageSwitch />)], { path: '/calls?text=prevozi&lang=en', language: 'en' });
    fireEvent.click(screen.getByRole('button', { name: 'Slovenščina' }));
    expect(document.documentElement.lang).toBe('sl');
    // What a reload reads: the address first, then the remembered choice.
    expect(initialLanguage(router.state.location.search)).toBe('sl');
    // The rest of the address stays.
    expect(router.state.location.pathname).toBe('/calls');
    expect(new URLSearchParams(router.state.location.search).get('text')).toBe('prevozi');
  });

  it('leaves an address without ?lang= as it is', () => {
    const { router } = renderRoutes([route('/calls', <LanguageSwitch />)], { path: '/calls?text=prevozi' });
    const before = router.state.location;
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(document.documentElement.lang).toBe('en');
    expect(router.state.location).toBe(before);
    expect(initialLanguage(router.state.location.search)).toBe('en');
  });
});
