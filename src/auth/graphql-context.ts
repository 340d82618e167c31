import type { Request, Response } from 'express';
import { RequestLoaders } from '../common/dataloader/request-loaders';
import type { Principal } from './principal';

export interface AuthenticatedRequest extends Request {
  /** Memoised so that several root fields of one request authenticate once. */
  principalPromise?: Promise<Principal | null>;
  principal?: Principal | null;
}

export interface GraphqlContext {
  req: AuthenticatedRequest;
  res: Response;
  loaders: RequestLoaders;
}
