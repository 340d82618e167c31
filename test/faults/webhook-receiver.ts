import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

/** One POST the receiver got. */
export interface ReceivedWebhook {
  path: string;
  /** x-grozd-delivery: the event id a receiver dedupes by. */
  deliveryId: string;
  /** The match the event is about (data.matchId). */
  matchId: string | null;
  receivedAt: number;
  /** Answered 204: delivered. A request that hung was never answered. */
  answered: boolean;
  /** The sender gave up on it (closed the connection before an answer). */
  abandoned: boolean;
}

/**
 * A partner system's webhook endpoint: answers 204 at once, or, while `hanging`, accepts
 * requests and never answers them (a receiver whose process froze behind its listener).
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private hangingNow = false;
  private readonly hung = new Set<ServerResponse>();
  private server: Server;

  async start(): Promise<void> {
    this.server = createServer((request, response) => this.handle(request, response));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  url(path: string): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }

  /** From now on requests hang until the sender gives up. */
  hang(): void {
    this.hangingNow = true;
  }

  /** From now on requests are answered again (those hanging stay unanswered). */
  recover(): void {
    this.hangingNow = false;
  }

  async close(): Promise<void> {
    for (const response of this.hung) response.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      let matchId: string | null = null;
      try {
        matchId = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: { matchId?: string } }).data?.matchId ?? null;
      } catch {
        matchId = null;
      }
      const entry: ReceivedWebhook = {
        path: request.url ?? '/',
        deliveryId: String(request.headers['x-grozd-delivery'] ?? ''),
        matchId,
        receivedAt: Date.now(),
        answered: false,
        abandoned: false,
      };
      this.received.push(entry);
      if (this.hangingNow) {
        this.hung.add(response);
        response.on('close', () => {
          this.hung.delete(response);
          if (!entry.answered) entry.abandoned = true;
        });
        return;
      }
      response.writeHead(204).end();
      entry.answered = true;
    });
  }
}
