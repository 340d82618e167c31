import type { RouteObject } from 'react-router';
import { PageLoader } from './PageLoader';
import { PublicLayout } from './PublicLayout';
import { RouteError } from './RouteError';
import { SignedInShell } from './SignedInShell';

// Every page is its own chunk: the first load carries only the shell.
const page = (load: () => Promise<{ default: React.ComponentType }>) => async () => ({ Component: (await load()).default });

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
          { path: '/login', lazy: page(() => import('../auth/pages/LoginPage')) },
          { path: '/signup', lazy: page(() => import('../auth/pages/SignUpPage')) },
          { path: '/forgot-password', lazy: page(() => import('../auth/pages/ForgotPasswordPage')) },
          { path: '/reset-password', lazy: page(() => import('../auth/pages/ResetPasswordPage')) },
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
          { index: true, lazy: page(() => import('../desk/pages/DeskPage')) },
          { path: '/needs/new', lazy: page(() => import('../needs/pages/NewNeedPage')) },
          { path: '/needs/:id', lazy: page(() => import('../needs/pages/NeedPage')) },
          { path: '/needs/:id/edit', lazy: page(() => import('../needs/pages/EditNeedPage')) },
          { path: '/offers/new', lazy: page(() => import('../offers/pages/NewOfferPage')) },
          { path: '/offers/:id', lazy: page(() => import('../offers/pages/OfferPage')) },
          { path: '/offers/:id/edit', lazy: page(() => import('../offers/pages/EditOfferPage')) },
          { path: '/calls', lazy: page(() => import('../calls/pages/CallsPage')) },
          { path: '/partnerships', lazy: page(() => import('../partnerships/pages/PartnershipsPage')) },
          { path: '/settings', lazy: page(() => import('../settings/pages/SettingsPage')) },
          { path: '/hub', lazy: page(() => import('../hub/pages/HubPage')) },
          { path: '*', lazy: page(() => import('./NotFoundPage')) },
        ],
      },
    ],
  },
];

export const routes: RouteObject[] = [
  {
    // Shown while the first page's code loads (and what React Router asks for with lazy routes).
    hydrateFallbackElement: <PageLoader />,
    errorElement: <RouteError standalone />,
    children: pageRoutes,
  },
];
