/**
 * A send that did not succeed. `permanent` failures are not retried (a deleted webhook, an
 * address the server refuses for good); the others are, with backoff, until the channel's
 * last attempt.
 */
export class DeliveryFailure extends Error {
  constructor(
    message: string,
    readonly options: { permanent?: boolean; responseStatus?: number } = {},
  ) {
    super(message);
    this.name = 'DeliveryFailure';
  }
}
