import type { Request, Response } from 'express';
import { RequestLoaders } from '../common/dataloader/request-loaders';
import type { Principal } from './principal';

export interface AuthenticatedRequest extends Request {
  /** Memoised so that several root fields of one request authenticate once. */
  principalPromise?: Promise<Principal | null>;
  principal?: Principal | null;
  /** A session cookie came that no longer signs anyone in (expired, or its user is gone). */
  staleSession?: boolean;
}

export interface GraphqlContext {
  req: AuthenticatedRequest;
  res: Response;
  loaders: RequestLoaders;
}

/**
 * A subscription's context: its request is the websocket's upgrade request (authenticated
 * once per connection); there is no HTTP response to set headers on.
 */
export type SubscriptionContext = Omit<GraphqlContext, 'res'>;
