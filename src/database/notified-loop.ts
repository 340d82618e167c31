import { Logger } from '@nestjs/common';
import { Client } from 'pg';

export interface NotifiedLoopOptions {
  /** For log lines: "outbox relay", "delivery pass". */
  name: string;
  databaseUrl: string;
  /** The pg_notify channels that wake the loop (sent at commit by the writers). */
  channels: string[];
  /** The safety net: a notification can be missed (the listener reconnecting), a poll cannot. */
  pollIntervalMs: number;
  /**
   * One pass of the work; it must be safe to run at any time and find nothing to do. A pass
   * that works through batches stops after the batch in hand once `stopping` is aborted (the
   * process is shutting down): what is left is the next pass's, in this process or another.
   */
  run: (stopping: AbortSignal) => Promise<unknown>;
}

// After a failed pass (the database connection was cut, Redis did not answer) the loop
// tries again after this long, doubling up to the poll interval: work resumes within a
// fraction of a second of the service coming back, without hammering it while it is away.
const FIRST_RETRY_MS = 100;
// The listener reconnects the same way.
const FIRST_RECONNECT_MS = 100;

/**
 * Runs a pass of work whenever PostgreSQL NOTIFYs a channel, and on a poll as the safety
 * net: never two passes at once, and a wake-up during a pass runs one more right after it.
 * A failed pass is retried soon with backoff; a lost listener reconnects with backoff and
 * then runs a pass for the notifications it missed. The worker's outbox relay and delivery
 * dispatcher both work this way.
 */
export class NotifiedLoop {
  private readonly logger: Logger;
  private listener: Client | null = null;
  private poller: NodeJS.Timeout | null = null;
  private retry: { timer: NodeJS.Timeout; delayMs: number } | null = null;
  private failures = 0;
  private scheduled: { timer: NodeJS.Timeout; at: number } | null = null;
  private reconnect: NodeJS.Timeout | null = null;
  private reconnectDelayMs = FIRST_RECONNECT_MS;
  private running: Promise<void> | null = null;
  private again = false;
  private started = false;
  private stopped = false;
  private readonly stopping = new AbortController();

  constructor(private readonly options: NotifiedLoopOptions) {
    this.logger = new Logger(options.name);
  }

  async start(): Promise<void> {
    await this.listen(true);
    this.started = true;
    this.poller = setInterval(() => this.wake(), this.options.pollIntervalMs);
    this.wake();
  }

  /** Stops listening and polling, and waits for the pass in progress to end its batch. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping.abort();
    for (const timer of [this.poller, this.retry?.timer, this.scheduled?.timer, this.reconnect]) if (timer) clearTimeout(timer);
    await this.running;
    await this.listener?.end().catch(() => undefined);
  }

  /** Runs a pass now, or right after the one in progress. */
  wake(): void {
    if (!this.started || this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.retry) {
      clearTimeout(this.retry.timer);
      this.retry = null;
    }
    this.running = this.options
      .run(this.stopping.signal)
      .then(
        () => {
          this.failures = 0;
        },
        (error: unknown) => {
          this.failures++;
          // One line per outage, not one per attempt.
          if (this.failures === 1) this.logger.warn(`${this.options.name}: ${error instanceof Error ? error.message : String(error)}; retrying`);
        },
      )
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.wake();
        } else if (this.failures > 0) {
          this.retrySoon();
        }
      });
  }

  /** Runs a pass after `delayMs`, unless one is scheduled sooner (e.g. when the next retry of something falls due). */
  wakeIn(delayMs: number): void {
    if (!this.started || this.stopped) return;
    const at = Date.now() + Math.max(0, delayMs);
    if (this.scheduled && this.scheduled.at <= at) return;
    if (this.scheduled) clearTimeout(this.scheduled.timer);
    this.scheduled = {
      at,
      timer: setTimeout(() => {
        this.scheduled = null;
        this.wake();
      }, at - Date.now()),
    };
  }

  private retrySoon(): void {
    if (this.stopped || this.retry) return;
    const delayMs = Math.min(this.options.pollIntervalMs, FIRST_RETRY_MS * 2 ** Math.min(this.failures - 1, 10));
    this.retry = {
      delayMs,
      timer: setTimeout(() => {
        this.retry = null;
        this.wake();
      }, delayMs),
    };
  }

  /** Connects and LISTENs; at start-up (`initial`) a failure is thrown to the caller instead of retried. */
  private async listen(initial = false): Promise<void> {
    const client = new Client({ connectionString: this.options.databaseUrl });
    let lost = false;
    const onLost = (reason: string) => {
      // A cut connection emits 'error' and then 'end' (sometimes several errors): reconnect once.
      if (lost) return;
      lost = true;
      if (this.listener === client) this.listener = null;
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.logger.warn(`${this.options.name} listener lost (${reason}); reconnecting, polling until it is back`);
      this.scheduleReconnect();
    };
    client.on('notification', () => this.wake());
    client.on('error', (error) => onLost(error.message));
    client.on('end', () => onLost('the connection ended'));
    try {
      await client.connect();
      for (const channel of this.options.channels) await client.query(`LISTEN ${channel}`);
    } catch (error) {
      if (initial) {
        lost = true;
        await client.end().catch(() => undefined);
        throw error;
      }
      onLost(error instanceof Error ? error.message : String(error));
      return;
    }
    if (lost) return;
    this.listener = client;
    this.reconnectDelayMs = FIRST_RECONNECT_MS;
  }

  private scheduleReconnect(): void {
    if (this.reconnect || this.stopped) return;
    const delayMs = this.reconnectDelayMs;
    this.reconnectDelayMs = Math.min(this.options.pollIntervalMs, delayMs * 2);
    this.reconnect = setTimeout(() => {
      this.reconnect = null;
      if (this.stopped) return;
      void this.listen().then(() => {
        // Whatever was notified while nobody listened is picked up now.
        if (this.listener) this.wake();
      });
    }, delayMs);
  }
}
