import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { Link, Navigate, type RouteObject, useNavigate } from 'react-router';
import { describe, expect, it } from 'vitest';
import { LoginMutation } from '../auth/graphql/mutations/login';
import { MeQuery } from '../auth/graphql/queries/me';
import LoginPage from '../auth/pages/LoginPage';
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

describe('a move to another page (the focus)', () => {
  // Each stand-in page links to the others from inside it, and the shell's menu links to them too.
  const page = (path: string) => (
    <>
      <h1>{path}</h1>
      <Link to="/partnerships">to the partnerships</Link>
      <Link to="/calls?theme=culture">to the cultural calls</Link>
    </>
  );

  it("gives the new page's main heading the focus after the menu's link, which kept it and said nothing of the new page", async () => {
    renderRoutes(app(page), { path: '/', mocks: [me] });
    await screen.findByRole('heading', { level: 1, name: '/' });
    // The first page a tab opens is left alone: the skip link is the keyboard's first stop.
    expect(document.activeElement).toBe(document.body);
    const calls = within(screen.getByRole('navigation', { name: 'Glavni meni' })).getByRole('link', { name: 'Odprte potrebe' });
    calls.focus();
    fireEvent.click(calls);
    const heading = await screen.findByRole('heading', { level: 1, name: '/calls' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(heading.getAttribute('tabindex')).toBe('-1');
    expect(screen.getByRole('main').contains(heading)).toBe(true);
  });

  it('gives it the focus after a link in the page, which went with the old page', async () => {
    renderRoutes(app(page), { path: '/', mocks: [me] });
    fireEvent.click(await screen.findByRole('link', { name: 'to the partnerships' }));
    const heading = await screen.findByRole('heading', { level: 1, name: '/partnerships' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('leaves the focus where it is when only the query string changes (a filter)', async () => {
    const { router } = renderRoutes(app(page), { path: '/calls', mocks: [me] });
    const filter = await screen.findByRole('link', { name: 'to the cultural calls' });
    filter.focus();
    fireEvent.click(filter);
    await waitFor(() => expect(router.state.location.search).toBe('?theme=culture'));
    expect(document.activeElement).toBe(filter);
  });

  it("gives the main area the focus while the page's heading has not come (its data loading), then the heading", async () => {
    let arrive: () => void = () => undefined;
    function Loading() {
      const [loaded, setLoaded] = useState(false);
      useEffect(() => {
        arrive = () => setLoaded(true);
      }, []);
      return loaded ? <h1>Prevozi starejših</h1> : <p>Nalaganje …</p>;
    }
    // The desk's button goes with the desk (as "Objavi" on the need form does).
    function Post() {
      const navigate = useNavigate();
      return (
        <button type="button" onClick={() => void navigate('/needs/need-1')}>
          Objavi
        </button>
      );
    }
    const pages = (path: string) => (path === '/needs/:id' ? <Loading /> : path === '/' ? <Post /> : page(path));
    renderRoutes([{ element: <AppFrame />, children: withStandInPages(pageRoutes, pages) }], { path: '/', mocks: [me] });
    const post = await screen.findByRole('button', { name: 'Objavi' });
    post.focus();
    fireEvent.click(post);
    await screen.findByText('Nalaganje …');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('main')));
    act(() => arrive());
    const heading = await screen.findByRole('heading', { level: 1, name: 'Prevozi starejših' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  /** A page at `path` with these links in its main area, and a need's page behind them: to go to, and come Back from. */
  const pageAndNeed = (path: string, heading: string, links: React.ReactNode): RouteObject[] => [
    {
      element: <AppFrame />,
      children: [
        {
          path,
          element: (
            <main id="main" tabIndex={-1}>
              <h1>{heading}</h1>
              {links}
            </main>
          ),
        },
        {
          path: '/needs/:id',
          element: (
            <main id="main" tabIndex={-1}>
              <h1>Potreba</h1>
            </main>
          ),
        },
      ],
    },
  ];

  it('gives Back the link to the page left, not the heading far above it (a long list scrolled down)', async () => {
    const calls = Array.from({ length: 90 }, (_, i) => (
      <Link key={i} to={`/needs/need-${i + 1}`}>
        {`Potreba ${i + 1}`}
      </Link>
    ));
    const { router } = renderRoutes(pageAndNeed('/calls', 'Odprte potrebe', calls), { path: '/calls' });
    fireEvent.click(await screen.findByRole('link', { name: 'Potreba 85' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Potreba' })));
    await act(() => router.navigate(-1));
    const opened = await screen.findByRole('link', { name: 'Potreba 85' });
    await waitFor(() => expect(document.activeElement).toBe(opened));
  });

  // The desk links each of a need's waiting responses to the need's page: Back focused the first
  // link to that page, not the one opened. The link to the part of the page left (its #fragment) first.
  it('gives Back the very link opened when several lead to one page, each to a part of it (#response-<id>)', async () => {
    const desk = (
      <>
        <Link to="/needs/need-7">Prevozi starejših</Link>
        {[1, 2, 3].map((index) => (
          <Link key={index} to={`/needs/need-7#response-${index}`}>
            {`Odziv ${index}`}
          </Link>
        ))}
      </>
    );
    const { router } = renderRoutes(pageAndNeed('/', 'Pregled', desk), { path: '/' });
    fireEvent.click(await screen.findByRole('link', { name: 'Odziv 3' }));
    await screen.findByRole('heading', { level: 1, name: 'Potreba' });
    await act(() => router.navigate(-1));
    const opened = await screen.findByRole('link', { name: 'Odziv 3' });
    await waitFor(() => expect(document.activeElement).toBe(opened));
    // Without a #fragment, the link to the page itself, as before.
    fireEvent.click(screen.getByRole('link', { name: 'Prevozi starejših' }));
    await screen.findByRole('heading', { level: 1, name: 'Potreba' });
    await act(() => router.navigate(-1));
    const need7 = await screen.findByRole('link', { name: 'Prevozi starejših' });
    await waitFor(() => expect(document.activeElement).toBe(need7));
  });

  it('leaves a redirect alone that comes before the person did anything (part of the first load)', async () => {
    const routes: RouteObject[] = [{ element: <AppFrame />, children: [{ path: '/', element: <Navigate to="/login" replace /> }, { path: '/login', element: <main id="main"><h1>Prijava</h1></main> }] }];
    renderRoutes(routes, { path: '/' });
    await screen.findByRole('heading', { level: 1, name: 'Prijava' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.activeElement).toBe(document.body);
  });

  it('leaves the focus where the new page put it (a link to one of its rows)', async () => {
    function Row() {
      useEffect(() => document.getElementById('row')?.focus(), []);
      return (
        <main id="main" tabIndex={-1}>
          <h1>Potreba</h1>
          <p id="row" tabIndex={-1}>
            the row
          </p>
        </main>
      );
    }
    function Desk() {
      const navigate = useNavigate();
      return (
        <main id="main" tabIndex={-1}>
          <h1>Pregled</h1>
          <button type="button" onClick={() => void navigate('/needs/need-1#match-1')}>
            the suggestion
          </button>
        </main>
      );
    }
    const routes: RouteObject[] = [{ element: <AppFrame />, children: [{ path: '/', element: <Desk /> }, { path: '/needs/:id', element: <Row /> }] }];
    renderRoutes(routes, { path: '/' });
    fireEvent.click(await screen.findByRole('button', { name: 'the suggestion' }));
    await screen.findByText('the row');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.activeElement).toBe(screen.getByText('the row'));
  });
});

describe('signing in (the focus)', () => {
  const loginAnswer = {
    request: { query: LoginMutation, variables: { input: { email: 'clerk@kranj.si', password: 'a long password 1' } } },
    result: { data: { login: { __typename: 'AuthPayload' as const, user: { __typename: 'User' as const, id: 'user-1' } } } },
  };
  // The form's button went with the sign-in page: the focus fell to <body>, and a screen reader said nothing of the desk.
  it.each([
    { language: 'sl' as const, email: /E-pošta/, password: /Geslo/, submit: 'Prijava' },
    { language: 'en' as const, email: /E-mail/, password: /Password/, submit: 'Sign in' },
  ])("gives the desk's main heading the focus, as other moves do ($language)", async ({ language, email, password, submit }) => {
    // The desk reads its lists before its heading is there, as the app's does.
    function Desk() {
      const [loaded, setLoaded] = useState(false);
      useEffect(() => void setTimeout(() => setLoaded(true), 30), []);
      return loaded ? <h1>/</h1> : <p>Nalaganje …</p>;
    }
    const pages = (path: string) => (path === '/login' ? <LoginPage /> : path === '/' ? <Desk /> : <h1>{path}</h1>);
    // Opened at the desk while signed out: sent to sign in first (the first load), then back.
    const nobody = { request: { query: MeQuery }, result: { data: { me: null } } };
    renderRoutes(app(pages), { path: '/', session: null, language, mocks: [nobody, loginAnswer, { ...me, delay: 30 }] });
    fireEvent.change(await screen.findByLabelText(email), { target: { value: 'clerk@kranj.si' } });
    fireEvent.change(screen.getByLabelText(password), { target: { value: 'a long password 1' } });
    const button = screen.getByRole('button', { name: submit });
    button.focus();
    fireEvent.click(button);
    const heading = await screen.findByRole('heading', { level: 1, name: '/' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });
});
