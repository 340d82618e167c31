import type { RouteObject } from 'react-router';
import { AppFrame } from './AppFrame';
import type { RouteHandle } from './page-title';
import { PageLoader } from './PageLoader';
import { PublicLayout } from './PublicLayout';
import { RouteError } from './RouteError';
import { SignedInShell } from './SignedInShell';

// Every page is its own chunk: the first load carries only the shell.
const page = (load: () => Promise<{ default: React.ComponentType }>) => async () => ({ Component: (await load()).default });

// Each page's document title (the i18n key of its words, as its heading says them): AppFrame sets
// "<page> · grozd-match" from it, and a need's or an offer's page puts its own title in its place.
const title = (key: string): RouteHandle => ({ title: key });

/**
 * The app's pages under their layouts. A page that fails (its chunk gone after a deploy, the
 * connection lost, a bug) is reported by the pathless boundary route inside its layout, so
 * the header and navigation stay; `routes` adds one for what the layouts themselves let through.
 */
export const pageRoutes: RouteObject[] = [
  {
    element: <PublicLayout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { path: '/login', handle: title('login.title'), lazy: page(() => import('../auth/pages/LoginPage')) },
          { path: '/signup', handle: title('signUp.title'), lazy: page(() => import('../auth/pages/SignUpPage')) },
          { path: '/forgot-password', handle: title('forgot.title'), lazy: page(() => import('../auth/pages/ForgotPasswordPage')) },
          { path: '/reset-password', handle: title('reset.title'), lazy: page(() => import('../auth/pages/ResetPasswordPage')) },
        ],
      },
    ],
  },
  {
    element: <SignedInShell />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, handle: title('desk.title'), lazy: page(() => import('../desk/pages/DeskPage')) },
          { path: '/needs/new', handle: title('needs.newTitle'), lazy: page(() => import('../needs/pages/NewNeedPage')) },
          { path: '/needs/:id', handle: title('needs.kindLabel'), lazy: page(() => import('../needs/pages/NeedPage')) },
          { path: '/needs/:id/edit', handle: title('needs.editTitle'), lazy: page(() => import('../needs/pages/EditNeedPage')) },
          { path: '/offers/new', handle: title('offers.newTitle'), lazy: page(() => import('../offers/pages/NewOfferPage')) },
          { path: '/offers/:id', handle: title('offers.kindLabel'), lazy: page(() => import('../offers/pages/OfferPage')) },
          { path: '/offers/:id/edit', handle: title('offers.editTitle'), lazy: page(() => import('../offers/pages/EditOfferPage')) },
          { path: '/calls', handle: title('calls.title'), lazy: page(() => import('../calls/pages/CallsPage')) },
          { path: '/partnerships', handle: title('partnerships.title'), lazy: page(() => import('../partnerships/pages/PartnershipsPage')) },
          { path: '/settings', handle: title('settings.title'), lazy: page(() => import('../settings/pages/SettingsPage')) },
          { path: '/hub', handle: title('hub.title'), lazy: page(() => import('../hub/pages/HubPage')) },
          { path: '*', handle: title('errors.pageNotFound'), lazy: page(() => import('./NotFoundPage')) },
        ],
      },
    ],
  },
];

export const routes: RouteObject[] = [
  {
    // Shown while the first page's code loads (and what React Router asks for with lazy routes).
    // Around both layouts: the document's title and the focus after a move to another page.
    element: <AppFrame />,
    hydrateFallbackElement: <PageLoader />,
    errorElement: <RouteError standalone />,
    children: pageRoutes,
  },
];
