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
  /** One pass of the work; it must be safe to run at any time and find nothing to do. */
  run: () => Promise<unknown>;
}

/**
 * Runs a pass of work whenever PostgreSQL NOTIFYs a channel, and on a poll as the safety
 * net: never two passes at once, and a wake-up during a pass runs one more right after it.
 * The worker's outbox relay and delivery dispatcher both work this way.
 */
export class NotifiedLoop {
  private readonly logger: Logger;
  private listener: Client | null = null;
  private poller: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private started = false;
  private stopped = false;

  constructor(private readonly options: NotifiedLoopOptions) {
    this.logger = new Logger(options.name);
  }

  async start(): Promise<void> {
    this.started = true;
    await this.listen();
    this.poller = setInterval(() => this.wake(), this.options.pollIntervalMs);
    this.wake();
  }

  /** Stops listening and polling, and waits for the pass in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.poller) clearInterval(this.poller);
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
    this.running = this.options
      .run()
      .then(() => undefined)
      .catch((error: unknown) => this.logger.warn(`${this.options.name}: ${error instanceof Error ? error.message : String(error)}; retrying`))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.options.databaseUrl });
    client.on('notification', () => this.wake());
    client.on('error', (error) => {
      this.logger.warn(`${this.options.name} listener lost (${error.message}); polling until it is back`);
      this.listener = null;
      if (!this.stopped) setTimeout(() => this.listen().catch(() => undefined), this.options.pollIntervalMs);
    });
    await client.connect();
    for (const channel of this.options.channels) await client.query(`LISTEN ${channel}`);
    this.listener = client;
  }
}
