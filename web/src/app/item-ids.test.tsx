import { screen } from '@testing-library/react';
import type { DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { NeedQuery } from '../needs/graphql/queries/need';
import { NeedForEditQuery } from '../needs/graphql/queries/needForEdit';
import EditNeedPage from '../needs/pages/EditNeedPage';
import NeedPage from '../needs/pages/NeedPage';
import { OfferQuery } from '../offers/graphql/queries/offer';
import { OfferForEditQuery } from '../offers/graphql/queries/offerForEdit';
import EditOfferPage from '../offers/pages/EditOfferPage';
import OfferPage from '../offers/pages/OfferPage';
import { MeQuery } from '../auth/graphql/queries/me';
import { ME, renderRoutes, route } from '../test/render';
import { pageRoutes } from './routes';

// Every page of the app that reads an id from its address (the others, such as
// /partnerships/<anything>, are no route: the page-not-found page answers them).
const PAGES: [string, string, React.ReactElement, DocumentNode, 'need' | 'offer'][] = [
  ['/needs/:id', '/needs/%', <NeedPage />, NeedQuery, 'need'],
  ['/needs/:id/edit', '/needs/%/edit', <EditNeedPage />, NeedForEditQuery, 'need'],
  ['/offers/:id', '/offers/%', <OfferPage />, OfferQuery, 'offer'],
  ['/offers/:id/edit', '/offers/%/edit', <EditOfferPage />, OfferForEditQuery, 'offer'],
];

const UNKNOWN = '0b6f3c1e-8d2a-4c5b-9e7f-1a2b3c4d5e6f';

/** What the page says for an id: the API refuses one that is not a UUID (ParseUuidPipe), and answers null for one it does not know. */
async function shown(path: string, address: string, page: React.ReactElement, query: DocumentNode, field: string, id: string, language: 'sl' | 'en') {
  const answer =
    id === UNKNOWN
      ? { data: { [field]: null } }
      : { data: { [field]: null }, errors: [{ message: 'id: must be an id (UUID)', path: [field], extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'id', message: 'must be an id (UUID)', constraint: 'isUuid' }] } }] };
  const view = renderRoutes([route(path, page)], { path: address.replace('%', id), language, mocks: [{ request: { query, variables: { id } }, result: answer }] });
  const text = (await screen.findByRole('alert')).textContent;
  // The notice is the page: its title is the page's one main heading.
  expect(screen.getAllByRole('heading', { level: 1 }).map((heading) => heading.textContent)).toEqual([language === 'sl' ? 'Napaka' : 'Error']);
  view.unmount();
  return text;
}

describe('a page opened with an id that is not one (/needs/garbage)', () => {
  it.each(PAGES)('%s says it is not found, as for an id that does not exist, in the reader’s language', async (path, address, page, query, field) => {
    for (const [language, words] of [
      ['sl', 'Tega ni (več) ali do tega nimate dostopa.'],
      ['en', 'This does not exist (any more) or you have no access to it.'],
    ] as const) {
      const garbage = await shown(path, address, page, query, field, 'garbage', language);
      expect(garbage).toContain(words);
      expect(garbage).not.toContain('UUID');
      expect(garbage).toBe(await shown(path, address, page, query, field, UNKNOWN, language));
    }
  });
});

describe('an address of an item the app has no page for', () => {
  it.each(['/partnerships/garbage', `/partnerships/${UNKNOWN}`, '/organizations/garbage', `/organizations/${UNKNOWN}`])('%s is the page-not-found page', async (address) => {
    renderRoutes(pageRoutes, { path: address, session: null, mocks: [{ request: { query: MeQuery }, result: { data: { me: ME } } }] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Te strani ni' })).toBeDefined();
  });
});
