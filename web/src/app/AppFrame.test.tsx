import { act, waitFor } from '@testing-library/react';
import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { MeQuery } from '../auth/graphql/queries/me';
import { setupI18n } from '../i18n/i18n';
import { ME, renderRoutes } from '../test/render';
import { AppFrame } from './AppFrame';
import type { RouteHandle } from './page-title';
import { pageRoutes } from './routes';

const me = { request: { query: MeQuery }, result: { data: { me: ME } } };

/** The app's own routes (routes.tsx, with their titles), each page a heading and a link or two in place of its code. */
function withStandInPages(routes: RouteObject[], page: (path: string) => React.ReactNode): RouteObject[] {
  return routes.map((route) => {
    const path = route.index ? '/' : route.path;
    if (path) return { path: route.path, index: route.index, handle: route.handle, element: page(path) } as RouteObject;
    return { ...route, children: route.children && withStandInPages(route.children, page) } as RouteObject;
  });
}

const app = (page: (path: string) => React.ReactNode = (path) => <h1>{path}</h1>): RouteObject[] => [{ element: <AppFrame />, children: withStandInPages(pageRoutes, page) }];

/** Every route with a page, with the handle it declares. */
function pagesOf(routes: RouteObject[]): [string, RouteHandle | undefined][] {
  return routes.flatMap((route) => [
    ...(route.index || route.path ? [[route.index ? '/' : route.path!, route.handle as RouteHandle | undefined] as [string, RouteHandle | undefined]] : []),
    ...pagesOf(route.children ?? []),
  ]);
}

describe("the document's title (WCAG 2.4.2)", () => {
  it('is declared for every page, in Slovenian and English, and no two pages share one', () => {
    const i18n = setupI18n('sl');
    const pages = pagesOf(pageRoutes);
    expect(pages.length).toBeGreaterThan(15);
    for (const language of ['sl', 'en']) {
      const titles = pages.map(([path, handle]) => {
        expect({ path, declared: typeof handle?.title }).toEqual({ path, declared: 'string' });
        expect({ path, [language]: i18n.exists(handle!.title!, { lng: language, fallbackLng: false }) }).toEqual({ path, [language]: true });
        return i18n.getFixedT(language)(handle!.title!);
      });
      expect(new Set(titles).size).toBe(titles.length);
    }
  });

  it.each([
    ['/', 'Pregled · grozd-match', 'Desk · grozd-match'],
    ['/calls', 'Odprte potrebe · grozd-match', 'Open needs · grozd-match'],
    ['/partnerships', 'Partnerstva · grozd-match', 'Partnerships · grozd-match'],
    ['/settings', 'Nastavitve · grozd-match', 'Settings · grozd-match'],
    ['/needs/new', 'Nova potreba · grozd-match', 'New need · grozd-match'],
    ['/offers/offer-1/edit', 'Uredi ponudbo · grozd-match', 'Edit the offer · grozd-match'],
    ['/hub', 'Stičišče · grozd-match', 'Hub · grozd-match'],
    ['/login', 'Prijava · grozd-match', 'Sign in · grozd-match'],
    ['/forgot-password', 'Pozabljeno geslo · grozd-match', 'Forgotten password · grozd-match'],
    ['/nowhere', 'Te strani ni · grozd-match', 'Page not found · grozd-match'],
  ])('says where one is on %s, and follows a switch of language', async (path, sl, en) => {
    document.title = 'grozd-match';
    const { i18n } = renderRoutes(app(), { path, mocks: [me] });
    await waitFor(() => expect(document.title).toBe(sl));
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    expect(document.title).toBe(en);
  });

  it('follows the page when one moves to another', async () => {
    const { router } = renderRoutes(app(), { path: '/', mocks: [me] });
    await waitFor(() => expect(document.title).toBe('Pregled · grozd-match'));
    await act(() => router.navigate('/needs/new'));
    expect(document.title).toBe('Nova potreba · grozd-match');
    await act(() => router.navigate('/login'));
    expect(document.title).toBe('Prijava · grozd-match');
  });
});
