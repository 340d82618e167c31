import { ChildProcess, spawn } from 'node:child_process';
import { eventually } from './eventually';
import { freePort, isListening } from './free-port';

/**
 * A redis-server of the test's own (Debian's redis-server), on a port of its own, without
 * persistence: stopping it loses every key, as a restart of a Redis without RDB or AOF
 * does. The shared Redis of the other tests is never touched.
 */
export class RedisServer {
  private process: ChildProcess | null = null;

  private constructor(readonly port: number) {}

  static async start(): Promise<RedisServer> {
    const server = new RedisServer(await freePort());
    await server.start();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.process !== null;
  }

  /** Starts it (again) on the same port; resolves once it accepts connections. */
  async start(): Promise<void> {
    if (this.process) return;
    const child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'],
      { stdio: 'ignore' },
    );
    this.process = child;
    let failed: Error | null = null;
    let exited: string | null = null;
    child.once('error', (error) => {
      failed = error;
    });
    child.once('exit', (code, signal) => {
      exited = signal ?? `code ${code}`;
      if (this.process === child) this.process = null;
    });
    await eventually(
      () => {
        if (failed) throw new Error(`redis-server could not be started (${failed.message}): apt-get install redis-server`);
        if (exited) throw new Error(`redis-server exited (${exited}) before listening on ${this.port}`);
        // Probed by connecting, never by binding the port: a probe that holds the port
        // for a moment can make redis-server's own bind fail.
        return isListening(this.port);
      },
      `redis-server to listen on ${this.port}`,
      10_000,
    );
  }

  /** Stops it as an operator's restart would (SIGTERM) and waits until it is gone. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.process;
    if (!child) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
    this.process = null;
  }
}
