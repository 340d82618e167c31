import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError } from '../common/errors/domain-errors';
import { IS_PUBLIC } from './auth.decorators';
import { AuthService } from './auth.service';
import type { GraphqlContext } from './graphql-context';

/** Every GraphQL operation needs a valid token unless it is marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly auth: AuthService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const { req } = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    req.principalPromise ??= this.auth.authenticate(req.headers.authorization);
    req.principal = await req.principalPromise;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (!isPublic && !req.principal) throw new UnauthenticatedError();
    return true;
  }
}
