import { MantineProvider } from '@mantine/core';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { type Me, type Session, SessionContext } from '../app/session';
import { cssVariablesResolver, theme } from '../app/theme';
import { setupI18n } from '../i18n/i18n';
import type { AppLanguage } from '../i18n/language';

export const ME: Me = {
  __typename: 'User',
  id: 'user-1',
  email: 'clerk@kranj.si',
  name: 'Ana Novak',
  hubAdmin: false,
  memberships: [{ __typename: 'Membership', id: 'membership-1', role: 'MEMBER', notifySuggestions: true, organization: { __typename: 'Organization', id: 'organization-1', name: 'Mestna občina Kranj', sector: 'MUNICIPALITY', municipality: { __typename: 'Municipality', code: '052' } } }],
};

export const SESSION: Session = { me: ME, membership: ME.memberships[0], switchOrganization: () => undefined };

/**
 * Renders routes as the app does (Mantine, i18n, Apollo with mocked answers, a router at
 * `path`), optionally inside a signed-in session.
 */
export function renderRoutes(
  routes: RouteObject[],
  { path, mocks = [], language = 'sl', session = SESSION }: { path: string; mocks?: MockLink.MockedResponse[]; language?: AppLanguage; session?: Session | null },
) {
  const i18n = setupI18n(language);
  /** The names of the operations the page sent, in order: to prove what it does not ask for. */
  const requests: string[] = [];
  const recorder = new ApolloLink((operation, forward) => {
    requests.push(operation.operationName ?? '');
    return forward(operation);
  });
  const client = new ApolloClient({ link: ApolloLink.from([recorder, new MockLink(mocks, { showWarnings: false })]), cache: new InMemoryCache() });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <ApolloProvider client={client}>
          <SessionContext.Provider value={session}>
            <RouterProvider router={router} />
          </SessionContext.Provider>
        </ApolloProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
  return { ...result, router, client, requests, i18n };
}

export const route = (path: string, element: ReactElement): RouteObject => ({ path, element });
