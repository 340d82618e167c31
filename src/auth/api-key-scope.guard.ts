import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ApiKeyScope } from '../api-keys/api-key-scope.enum';
import { REQUIRED_SCOPE } from '../api-keys/requires-scope.decorator';
import { ForbiddenError } from '../common/errors/domain-errors';
import { IS_PUBLIC } from './auth.decorators';
import type { GraphqlContext } from './graphql-context';

/**
 * A scoped API key calls only the mutations its scopes name (@RequiresScope); queries and
 * subscriptions need none. Keys without scopes, users and the bootstrap key pass as before.
 * Runs after the AuthGuard, which resolves the caller; guards run on root fields only, so
 * the fields of a mutation's answer are not checked again.
 */
@Injectable()
export class ApiKeyScopeGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const graphql = GqlExecutionContext.create(context);
    const scopes = graphql.getContext<GraphqlContext>().req.principal?.row.apiKey?.scopes;
    if (!scopes || graphql.getInfo().parentType.name !== 'Mutation') return true;
    // A mutation anyone may call without a token (signing up, a password reset) is no wider for a key.
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const required = this.reflector.get<ApiKeyScope | undefined>(REQUIRED_SCOPE, context.getHandler()) ?? null;
    if (required && scopes.includes(required)) return true;
    const mutation = graphql.getInfo().fieldName;
    throw new ForbiddenError(
      required
        ? `This API key may not call ${mutation}: it needs the scope ${required} (the key has ${scopes.length ? scopes.join(', ') : 'none: it is read-only'}).`
        : `This API key may not call ${mutation}: only a key without scopes may.`,
      { reason: 'API_KEY_SCOPE', scope: required },
    );
  }
}
