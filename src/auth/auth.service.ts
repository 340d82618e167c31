import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { IsNull, LessThan, Repository } from 'typeorm';
import { ApiKey } from '../api-keys/api-key.entity';
import { UnauthenticatedError } from '../common/errors/domain-errors';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Membership } from '../users/membership.entity';
import { User } from '../users/user.entity';
import { ApiKeyUsage } from './api-key-usage';
import { announceRevocation, sessionSubject } from './credential-revocations';
import { Principal } from './principal';
import { RevokedSession } from './revoked-session.entity';
import { Role } from './role.enum';
import { API_KEY_PREFIX, constantTimeEquals, passwordFingerprint, sha256Hex } from './tokens';

export interface JwtPayload {
  sub: string;
  /** The session's id, for signing out (tokens from before sign-out existed have none). */
  jti?: string;
  /** A fingerprint of the password hash at sign-in: a new password voids older tokens. */
  pwd?: string;
  /** Unix seconds, set by the signer. */
  exp?: number;
}

/** Turns a bearer token (a user's JWT, an API key or the hub's bootstrap key) into a Principal. */
@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jwt: JwtService,
    @InjectRepository(ApiKey) private readonly apiKeys: Repository<ApiKey>,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    @InjectRepository(RevokedSession) private readonly revokedSessions: Repository<RevokedSession>,
    private readonly apiKeyUsage: ApiKeyUsage,
  ) {}

  async authenticate(authorization: string | undefined): Promise<Principal | null> {
    if (!authorization) return null;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>".');
    const token = match[1];
    if (token.startsWith(API_KEY_PREFIX)) return this.fromApiKey(token);
    if (constantTimeEquals(token, this.config.adminApiKey)) return new Principal('bootstrap_key', null, true);
    return this.fromJwt(token);
  }

  /** The session cookie holds only a user's JWT; an expired or forged one is no session (null). */
  async authenticateSession(token: string): Promise<Principal | null> {
    try {
      return await this.fromJwt(token);
    } catch (error) {
      if (error instanceof UnauthenticatedError) return null;
      throw error;
    }
  }

  signUserToken(user: User): string {
    return this.jwt.sign({ sub: user.id, pwd: passwordFingerprint(user.passwordHash) } satisfies JwtPayload, { jwtid: randomUUID() });
  }

  /** Signs a user's token out for good; anything that is no valid user token is ignored. */
  async revokeUserToken(token: string): Promise<void> {
    let payload: JwtPayload;
    try {
      payload = await this.jwt.verifyAsync<JwtPayload>(token);
    } catch {
      return;
    }
    const { jti, exp } = payload;
    if (!jti || !exp) return;
    await this.revokedSessions.manager.transaction(async (manager) => {
      await manager.upsert(RevokedSession, { jti, expiresAt: new Date(exp * 1000) }, ['jti']);
      // Open websockets of the session close too, on every API process.
      await announceRevocation(manager, sessionSubject(jti));
    });
    // The table holds only what could still be used.
    await this.revokedSessions.delete({ expiresAt: LessThan(new Date()) });
  }

  private async fromApiKey(token: string): Promise<Principal> {
    const key = await this.apiKeys.findOneBy({ tokenHash: sha256Hex(token), revokedAt: IsNull() });
    if (!key) throw new UnauthenticatedError('Unknown or revoked API key.');
    // In the background, at most once a minute per key: the request does not wait for it.
    this.apiKeyUsage.noteUse(key);
    if (!key.organizationId) return new Principal('api_key', key.id, true, new Map(), null, { apiKey: key });
    return new Principal('api_key', key.id, false, new Map([[key.organizationId, Role.MEMBER]]), null, { apiKey: key });
  }

  private async fromJwt(token: string): Promise<Principal> {
    let payload: JwtPayload;
    try {
      payload = await this.jwt.verifyAsync<JwtPayload>(token);
    } catch {
      throw new UnauthenticatedError('Invalid or expired token: sign in again or check the API key.');
    }
    const [user, revoked] = await Promise.all([
      this.users.findOneBy({ id: payload.sub }),
      payload.jti ? this.revokedSessions.existsBy({ jti: payload.jti }) : false,
    ]);
    if (!user) throw new UnauthenticatedError('The account of this token no longer exists.');
    if (revoked) throw new UnauthenticatedError('This session was signed out: sign in again.');
    if (payload.pwd && payload.pwd !== passwordFingerprint(user.passwordHash)) {
      throw new UnauthenticatedError('The password was changed since this sign-in: sign in again.');
    }
    const memberships = await this.memberships.findBy({ userId: user.id });
    const roles = new Map(memberships.map((membership) => [membership.organizationId, membership.role]));
    const session = payload.exp ? { id: payload.jti ?? null, expiresAt: new Date(payload.exp * 1000) } : null;
    return new Principal('user', user.id, user.hubAdmin, roles, session, { user });
  }
}
