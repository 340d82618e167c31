import type { ApiKey } from '../api-keys/api-key.entity';
import { ForbiddenError } from '../common/errors/domain-errors';
import type { User } from '../users/user.entity';
import { Role } from './role.enum';

export type ActorType = 'bootstrap_key' | 'api_key' | 'user';

/** A signed-in user's session: its JWT's id (for signing out; none in tokens from before sign-out existed) and when it expires. */
export interface SessionInfo {
  readonly id: string | null;
  readonly expiresAt: Date;
}

/** The row authentication read for the caller, kept so that `viewer` need not read it again. */
export interface AuthenticatedRow {
  readonly apiKey?: ApiKey;
  readonly user?: User;
}

/** Who is calling, and what they may do: resolved once per request from the bearer token. */
export class Principal {
  constructor(
    readonly actorType: ActorType,
    readonly actorId: string | null,
    /** Hub staff and hub keys act as ADMIN for every organization. */
    readonly hub: boolean,
    private readonly roles: ReadonlyMap<string, Role> = new Map(),
    /** Set for a user's JWT. */
    readonly session: SessionInfo | null = null,
    readonly row: AuthenticatedRow = {},
  ) {}

  get organizationIds(): string[] {
    return [...this.roles.keys()];
  }

  roleIn(organizationId: string): Role | null {
    if (this.hub) return Role.ADMIN;
    return this.roles.get(organizationId) ?? null;
  }

  /** Members write only for their own organization; the hub writes for any. */
  assertMemberOf(organizationId: string): void {
    if (!this.roleIn(organizationId)) {
      throw new ForbiddenError('Only members of that organization (or the hub) may do this.');
    }
  }

  assertAdminOf(organizationId: string): void {
    if (this.roleIn(organizationId) !== Role.ADMIN) {
      throw new ForbiddenError("Only that organization's admins (or the hub) may do this.");
    }
  }

  /** Those who may invite people to some organization: the hub, and each organization's admins. */
  assertAdminOfSome(): void {
    if (!this.hub && ![...this.roles.values()].includes(Role.ADMIN)) {
      throw new ForbiddenError("Only an organization's admins (or the hub) may do this.");
    }
  }

  assertHub(): void {
    if (!this.hub) throw new ForbiddenError('Only the hub staff may do this.');
  }
}
