import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  /** When the catcher accepted it (Date.now()). */
  receivedAt: number;
}

// Just enough MIME for the service's own messages: headers, multipart/alternative,
// quoted-printable or base64 bodies, RFC 2047 encoded subjects.
const decodeQuotedPrintable = (body: string) =>
  Buffer.from(
    body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');

const decodeWords = (value: string) =>
  value.replace(/=\?utf-8\?([qb])\?([^?]*)\?=\s*/gi, (_match, encoding: string, text: string) =>
    encoding.toLowerCase() === 'b' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' ')),
  );

function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

function decodePart(raw: string): { headers: Record<string, string>; body: string } {
  const split = raw.search(/\r?\n\r?\n/);
  const headers = parseHeaders(raw.slice(0, split));
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const encoding = (headers['content-transfer-encoding'] ?? '').toLowerCase();
  return {
    headers,
    body: encoding === 'quoted-printable' ? decodeQuotedPrintable(body) : encoding === 'base64' ? Buffer.from(body, 'base64').toString('utf8') : body,
  };
}

export function parseMail(raw: string, to: string[]): Omit<CaughtMail, 'receivedAt'> {
  const { headers, body } = decodePart(raw);
  let text = '';
  let html = '';
  const boundary = /boundary="?([^";]+)"?/.exec(headers['content-type'] ?? '')?.[1];
  const parts = boundary ? raw.split(`--${boundary}`).slice(1, -1).map((part) => decodePart(part.replace(/^\r?\n/, ''))) : [{ headers, body }];
  for (const part of parts) {
    const type = part.headers['content-type'] ?? 'text/plain';
    if (type.startsWith('text/plain')) text = part.body;
    if (type.startsWith('text/html')) html = part.body;
  }
  return { to, subject: decodeWords(headers.subject ?? ''), text: text.replace(/\r\n/g, '\n'), html, headers };
}

/**
 * The mails to `address` (any case) whose subject starts with `subject`, or matches it: what a
 * test's claim is about. Counting the whole inbox counts also what the test's other flows send
 * meanwhile (invitations, resets, the other side's notices). Read after the sends settled
 * (settleDeliveries, MailTransport.settled()) when the claim is that no more came.
 */
export function mailsTo(mails: CaughtMail[], address: string, subject: string | RegExp = ''): CaughtMail[] {
  const to = address.toLowerCase();
  return mails.filter((mail) => mail.to.includes(to) && (typeof subject === 'string' ? mail.subject.startsWith(subject) : subject.test(mail.subject)));
}

export interface MailCatcher {
  url: string;
  port: number;
  mails: CaughtMail[];
  close(): Promise<void>;
}

/**
 * A real SMTP server on a free local port that keeps what it receives. With `port` and
 * `mails` it starts again where a closed one listened, adding to the same list (an SMTP
 * server that was down and is back). `hold` keeps a sender waiting at RCPT TO (the message
 * composed, not yet handed over) until the promise it returns for that address settles.
 */
export async function startMailCatcher(
  options: { port?: number; mails?: CaughtMail[]; hold?: (address: string) => Promise<void> | undefined } = {},
): Promise<MailCatcher> {
  const mails: CaughtMail[] = options.mails ?? [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // close() ends the connections still open after this long instead of the default 30 s.
    closeTimeout: 100,
    onRcptTo(address, _session, callback) {
      const held = options.hold?.(address.address.toLowerCase());
      if (!held) return callback();
      held.then(() => callback(), callback);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('latin1').replace(/[\u0080-\u00ff]+/g, (bytes) => Buffer.from(bytes, 'latin1').toString('utf8'));
        mails.push({ ...parseMail(raw, session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase())), receivedAt: Date.now() });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  // A sender's connection that breaks (a worker killed mid-send by the fault tests) is
  // reported as the server's 'error' event: without a listener, 'read ECONNRESET' failed the
  // whole suite after its tests had passed (CI, 2026-11-30). What arrived is what counts.
  server.on('error', () => undefined);
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
