import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError } from '../common/errors/domain-errors';
import type { GraphqlContext } from './graphql-context';
import type { Principal } from './principal';

export const IS_PUBLIC = 'isPublic';

/** The operation works without a token (a token that is sent must still be valid). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The caller of this operation; guaranteed present on operations that are not @Public. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = GqlExecutionContext.create(context).getContext<GraphqlContext>().req.principal;
  if (!principal) throw new UnauthenticatedError();
  return principal;
});

/** The caller of a @Public operation: null when no credential came. */
export const OptionalPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal | null => GqlExecutionContext.create(context).getContext<GraphqlContext>().req.principal ?? null,
);

export const Loaders = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => GqlExecutionContext.create(context).getContext<GraphqlContext>().loaders,
);
