import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventually } from '../utils/eventually';
import { REPOSITORY } from './build-service';

export type ServiceKind = 'api' | 'worker';

// /proc/<pid>/stat counts CPU time in clock ticks: 100 a second on Linux.
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) of a process, from /proc; null when it is gone. */
export function cpuSecondsOf(pid: number): number | null {
  try {
    // The command name (field 2) may contain spaces: count fields after its closing parenthesis.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

const ENTRY_POINTS: Record<ServiceKind, string> = { api: 'main.js', worker: 'worker.js' };

/**
 * One process of the service, as production runs it: `main.js` (the API) or `worker.js`
 * of a build (see buildService), with its own environment and its output in a log file.
 */
export class ServiceProcess {
  private child: ChildProcess | null = null;
  private exit: Promise<number | null> = Promise.resolve(null);

  constructor(
    readonly kind: ServiceKind,
    readonly name: string,
    private readonly env: Record<string, string>,
    readonly logFile: string,
    private readonly buildDir: string,
  ) {}

  /** The API's base URL (its PORT is in its environment). */
  get url(): string {
    return `http://127.0.0.1:${this.env.PORT}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== null;
  }

  /** Starts the process; resolves once the API answers on its port, or the worker logged that it started. */
  async start(): Promise<void> {
    const log = openSync(this.logFile, 'a');
    const child = spawn(process.execPath, [join(this.buildDir, ENTRY_POINTS[this.kind])], {
      // The build lives outside the repository: the packages are found through NODE_PATH.
      env: { ...process.env, NODE_PATH: join(REPOSITORY, 'node_modules'), ...this.env },
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    this.child = child;
    this.exit = new Promise((resolve) =>
      child.once('exit', (code) => {
        if (this.child === child) this.child = null;
        resolve(code);
      }),
    );
    await eventually(
      async () => {
        if (this.child !== child) throw new Error(`${this.name} exited while starting: ${this.tail()}`);
        return this.kind === 'api' ? this.answers() : this.log().includes('grozd-match worker started');
      },
      `${this.name} to start`,
      60_000,
    );
  }

  /** Sends the signal and waits until the process is gone (SIGKILL: a crash, nothing runs after it). */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (!this.child) return;
    this.child.kill(signal);
    await this.exit;
  }

  /** CPU seconds (user + system) the process used so far; null when it is not running. */
  cpuSeconds(): number | null {
    return this.child?.pid ? cpuSecondsOf(this.child.pid) : null;
  }

  /** The last lines of its log, for a failure message. */
  tail(lines = 20): string {
    return this.log().trimEnd().split('\n').slice(-lines).join('\n');
  }

  private log(): string {
    try {
      return readFileSync(this.logFile, 'utf8');
    } catch {
      return '';
    }
  }

  private async answers(): Promise<boolean> {
    try {
      return (await fetch(`${this.url}/health/live`)).ok;
    } catch {
      return false;
    }
  }
}
