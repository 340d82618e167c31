import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';

// Handled here rather than by Nest's enableShutdownHooks, whose first step stops Apollo and
// the websocket server (onModuleDestroy): nothing would be served while a load balancer
// still sends. Other signals stay with Nest (see createApi).
export const DRAINING_SIGNALS: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];

/**
 * The API's shutdown, in the order a load balancer needs it. On SIGTERM:
 * 1. /health/ready answers 503 at once (`shuttingDown`), so the balancer stops sending;
 * 2. for SHUTDOWN_DRAIN_MS everything is still served, while the balancer notices;
 * 3. the app closes: the HTTP server stops accepting, requests in flight finish, pools close;
 * 4. the signal is raised again, so the exit status says how the process ended.
 * SIGINT (Ctrl-C) or a second signal skips the wait.
 */
@Injectable()
export class GracefulShutdown implements OnApplicationShutdown {
  private readonly logger = new Logger('Shutdown');
  private began = false;
  private endDrain?: () => void;
  private close?: () => Promise<void>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** True from the first shutdown signal on: the process is about to stop serving. */
  get shuttingDown(): boolean {
    return this.began;
  }

  /** Listens for the signals; `close` is the app's close(), called after the drain. */
  closeOnSignals(close: () => Promise<void>): void {
    this.close = close;
    for (const signal of DRAINING_SIGNALS) process.on(signal, this.onSignal);
  }

  // Also when the app is closed without a signal (tests, scripts): no listener left behind.
  onApplicationShutdown(): void {
    for (const signal of DRAINING_SIGNALS) process.removeListener(signal, this.onSignal);
  }

  private readonly onSignal = (signal: NodeJS.Signals): void => {
    if (this.began) {
      this.endDrain?.();
      return;
    }
    this.began = true;
    const drainMs = signal === 'SIGTERM' ? this.config.shutdownDrainMs : 0;
    this.logger.log(`${signal}: /health/ready answers 503; still serving for ${drainMs} ms, then closing.`);
    const drained = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, drainMs);
      this.endDrain = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    drained
      .then(() => this.close?.())
      .then(
        () => process.kill(process.pid, signal),
        (error: unknown) => {
          process.stderr.write(`grozd-match: shutdown failed: ${error instanceof Error ? error.stack : String(error)}\n`);
          process.exit(1);
        },
      );
  };
}
