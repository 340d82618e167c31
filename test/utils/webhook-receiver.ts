import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';

/** A request as a partner's endpoint received it. */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A webhook's body as the service posts it. */
export interface WebhookEventBody {
  id: string;
  event: string;
  createdAt: string;
  data: Record<string, unknown>;
}

/** How the endpoint answers a request to a path, when not with its default (204, or 503 for a path in `failing`). */
export interface ReceiverAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;

/**
 * A partner's webhook endpoint on a port of its own: records every request; a path in
 * `failing` answers 503, one `answer` gives an answer for (an error page, a redirect) that,
 * any other 204. `url(path)` is the address to register.
 */
export async function startWebhookReceiver({ answer }: { answer?: (path: string) => ReceiverAnswer | undefined } = {}) {
  const received: ReceivedRequest[] = [];
  const failing = new Set<string>();
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      received.push({ method: request.method ?? '', path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      const { status, headers, body } = answer?.(path) ?? { status: failing.has(path) ? 503 : 204 };
      response.writeHead(status, headers).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const to = (path: string) => received.filter((request) => request.path === path);
  return {
    received,
    failing,
    /** The requests to `path`, as received. */
    to,
    /** The events posted to `path`, parsed: what a test's own webhook got, not every request of the test. */
    events: (path: string) => to(path).map((request) => JSON.parse(request.body) as WebhookEventBody),
    url: (path: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
