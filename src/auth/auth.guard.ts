import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError } from '../common/errors/domain-errors';
import { IS_PUBLIC } from './auth.decorators';
import { AuthService } from './auth.service';
import { FailedAuthenticationLimiter } from './failed-authentication.limiter';
import type { GraphqlContext } from './graphql-context';

/** Every GraphQL operation needs a valid token unless it is marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly auth: AuthService,
    private readonly reflector: Reflector,
    private readonly failures: FailedAuthenticationLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const { req } = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    const ip = req.ip ?? 'unknown';
    // A subscription's request is its websocket's upgrade request, whose principal was
    // settled when the connection was accepted (websocket-authentication.ts).
    req.principalPromise ??= this.authenticate(req.headers.authorization, ip);
    req.principal = await req.principalPromise;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (!isPublic && !req.principal) throw new UnauthenticatedError();
    return true;
  }

  // Runs before the per-caller rate limit (which needs the caller), so bad tokens are
  // limited here, per IP.
  private async authenticate(authorization: string | undefined, ip: string) {
    if (!authorization) return null;
    return this.failures.attempt(ip, () => this.auth.authenticate(authorization));
  }
}
