import type { RouteObject } from 'react-router';
import { PublicLayout } from './PublicLayout';
import { SignedInShell } from './SignedInShell';

// Every page is its own chunk: the first load carries only the shell.
const page = (load: () => Promise<{ default: React.ComponentType }>) => async () => ({ Component: (await load()).default });

export const routes: RouteObject[] = [
  {
    element: <PublicLayout />,
    children: [
      { path: '/login', lazy: page(() => import('../auth/pages/LoginPage')) },
      { path: '/signup', lazy: page(() => import('../auth/pages/SignUpPage')) },
      { path: '/forgot-password', lazy: page(() => import('../auth/pages/ForgotPasswordPage')) },
      { path: '/reset-password', lazy: page(() => import('../auth/pages/ResetPasswordPage')) },
    ],
  },
  {
    element: <SignedInShell />,
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
];
