import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { ThrottlerLimitDetail } from '@nestjs/throttler/dist/throttler.guard.interface';
import type { AuthenticatedRequest, GraphqlContext } from '../auth/graphql-context';
import { RateLimitedError } from '../common/errors/domain-errors';

/**
 * Rate limits GraphQL calls per caller: per API key or user when authenticated, per IP
 * otherwise. Hub keys and hub staff are exempt. Plain HTTP routes (health probes, metrics,
 * the explorer, e-mail link pages, the web app's files) are not counted: a load balancer
 * probing /health from one address must never be answered 429. Runs after the AuthGuard,
 * which resolves the caller.
 */
@Injectable()
export class GraphqlThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    if (context.getType<string>() === 'graphql') {
      const { req, res } = GqlExecutionContext.create(context).getContext<GraphqlContext>();
      return { req, res };
    }
    return super.getRequestResponse(context);
  }

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const { req } = this.getRequestResponse(context) as { req: AuthenticatedRequest };
    return Boolean(req.principal?.hub);
  }

  // One budget per caller for all operations, not one per resolver (the library's default).
  // (The storage adds the throttler's name to the Redis key.)
  protected override generateKey(_context: ExecutionContext, tracker: string): string {
    return tracker;
  }

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const principal = (req as unknown as AuthenticatedRequest).principal;
    if (principal?.actorId) return `${principal.actorType}:${principal.actorId}`;
    return `ip:${(req as unknown as AuthenticatedRequest).ip ?? 'unknown'}`;
  }

  // A refused non-null root field nulls the whole answer, and the answer goes out at once,
  // while the request's other root fields are still being counted: their headers come too
  // late and are left out, rather than failing (ERR_HTTP_HEADERS_SENT, an internal error).
  protected override setResponseHeader(res: { headersSent?: boolean }, name: string, value: string | number): void {
    if (res.headersSent) return;
    super.setResponseHeader(res, name, value);
  }

  // The caller learns when its window ends (extensions.retryAfterSeconds), as from the
  // per-IP limits: the library's own exception says only "too many requests".
  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw new RateLimitedError(Math.max(detail.timeToBlockExpire, 1));
  }
}
