import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import http from 'node:http';
import https from 'node:https';
import { LookupFunction } from 'node:net';
import { Repository } from 'typeorm';
import { Clock } from '../../../common/clock/clock';
import type { OutgoingMessage } from '../delivery-channel';
import { DeliveryFailure } from '../delivery-failure';
import { webhookBody, WebhookPayload } from './webhook-payload';
import { Webhook } from './webhook.entity';
import { signWebhook } from './webhook-signature';
import { WebhookUrlPolicy } from './webhook-url.policy';

// A receiver should answer at once and do its work later; a slow one is retried.
const SEND_TIMEOUT_MS = 10_000;

/** POSTs one webhook delivery, signed; the dispatcher decides about retries. */
@Injectable()
export class WebhookSender {
  constructor(
    @InjectRepository(Webhook) private readonly webhooks: Repository<Webhook>,
    private readonly urlPolicy: WebhookUrlPolicy,
    private readonly clock: Clock,
  ) {}

  /** Resolves with the receiver's 2xx status; throws a DeliveryFailure otherwise. */
  async send(delivery: OutgoingMessage): Promise<{ responseStatus: number }> {
    const webhook = isUUID(delivery.recipient)
      ? await this.webhooks
          .createQueryBuilder('webhook')
          .addSelect('webhook.secret')
          .where('webhook.id = :id', { id: delivery.recipient })
          .getOne()
      : null;
    // A delivery goes only to a webhook of the organization it was planned for.
    if (!webhook || webhook.organizationId !== delivery.organizationId) {
      throw new DeliveryFailure(`organization ${delivery.organizationId} has no webhook ${delivery.recipient}`, { permanent: true });
    }
    if (!webhook.active) throw new DeliveryFailure('the webhook was deleted', { permanent: true });
    // Checked again on every attempt: the rules or the host's DNS may have changed since creation.
    const verdict = await this.urlPolicy.check(webhook.url);
    if (!verdict.allowed) throw new DeliveryFailure(`url ${verdict.reason}`, { permanent: !verdict.retryable });

    const body = webhookBody(delivery);
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'grozd-match-webhooks',
      'x-grozd-signature': signWebhook(webhook.secret, body, Math.floor(this.clock.now().getTime() / 1000)),
      'x-grozd-event': (delivery.payload as unknown as WebhookPayload).event,
      'x-grozd-delivery': delivery.id,
    };
    let responseStatus: number;
    try {
      responseStatus = await post(verdict.url, body, headers, this.urlPolicy.connectionLookup);
    } catch (error) {
      throw new DeliveryFailure(describeNetworkError(error));
    }
    // Redirects are not followed (they could lead anywhere): like any other non-2xx, a failure.
    if (responseStatus < 200 || responseStatus > 299) {
      throw new DeliveryFailure(`the receiver answered HTTP ${responseStatus}`, { responseStatus });
    }
    return { responseStatus };
  }
}

/**
 * One POST with node:http rather than fetch: only node's own client lets the connection
 * use our guarded DNS lookup (see publicOnlyLookup), and it never follows redirects.
 */
function post(url: URL, body: string, headers: Record<string, string>, lookup: LookupFunction | undefined): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup,
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      },
      (response) => {
        // The status is all we need; the rest of the answer is not read.
        resolve(response.statusCode ?? 0);
        response.destroy();
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

function describeNetworkError(error: unknown): string {
  if (error instanceof Error && error.name === 'AbortError') return `no answer within ${SEND_TIMEOUT_MS / 1000} s`;
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  return `could not reach the receiver: ${code && !message.includes(code) ? `${code} ` : ''}${message}`;
}
