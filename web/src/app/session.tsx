import { createContext, useContext } from 'react';
import type { MeQuery } from '../graphql/graphql';

export type Me = NonNullable<MeQuery['me']>;
export type Membership = Me['memberships'][number];

export interface Session {
  me: Me;
  /** The organization the reader acts for; null for hub staff without a membership. */
  membership: Membership | null;
  switchOrganization(organizationId: string): void;
}

/** Whether the reader acts for the organization (a member of it, or hub staff): sees its suggestions, edits its items. */
export function actsFor(me: Me, organizationId: string): boolean {
  return me.hubAdmin || me.memberships.some((membership) => membership.organization.id === organizationId);
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the signed-in shell');
  return session;
}

// Which organization the reader acts for is not a secret; it is kept per browser.
export const ORGANIZATION_KEY = 'grozd.organization';

/** The organization the signed-in shell acts for from its next start (one just joined). */
export function rememberOrganization(organizationId: string): void {
  localStorage.setItem(ORGANIZATION_KEY, organizationId);
}

/** Where to go after signing in: only paths of this app, never another site. */
export function safeNextPath(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
