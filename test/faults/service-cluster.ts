import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Client, Pool } from 'pg';
import { eventually } from '../utils/eventually';
import { freePort } from '../utils/free-port';
import { MailCatcher, startMailCatcher } from '../utils/mail-catcher';
import { TEST_ADMIN_KEY } from '../utils/test-app';
import { createTestDatabase, databaseUrl, dropDatabase } from '../utils/test-database';
import { buildService, REPOSITORY } from './build-service';
import { RedisServer } from '../utils/redis-server';
import { cpuSecondsOf, ServiceProcess } from './service-process';
import { WebhookReceiver } from './webhook-receiver';

export interface ClusterOptions {
  apis: number;
  workers: number;
  /** Run an SMTP server (the service sends e-mail to it); without one e-mail is off. */
  smtp: boolean;
  /** Extra environment for every process. */
  env?: Record<string, string>;
}

// The test's own connections, left alone when the service's are cut.
const TEST_APPLICATION = 'grozd-faults-test';
// What a scoring job runs last, in the transaction that stores an item's matches.
// The statement that stores an item's matches, or a batch's (src/matching/match-store.service.ts).
const STORING_MATCHES = /^WITH item AS MATERIALIZED /;

/**
 * The service as separate OS processes (API and worker processes) on a database of its
 * own (a copy of the migrated template), its own redis-server, an SMTP server and a
 * webhook receiver: everything a fault test can stop, cut or kill without touching the
 * other tests.
 */
export class ServiceCluster {
  readonly apis: ServiceProcess[] = [];
  readonly workers: ServiceProcess[] = [];
  readonly receiver = new WebhookReceiver();
  /** The test's own connection to the service's database. */
  readonly db: Pool;
  smtp: MailCatcher | null = null;
  private smtpPort = 0;
  private readonly buildDir: string;
  private workerCount = 0;

  private constructor(
    private readonly options: ClusterOptions,
    readonly database: string,
    readonly redis: RedisServer,
    readonly queuePrefix: string,
    private readonly logDir: string,
  ) {
    this.buildDir = join(logDir, 'build');
    this.db = new Pool({ connectionString: databaseUrl(database), max: 3, application_name: TEST_APPLICATION });
    // A connection cut by a fault test while idle in the pool: the pool replaces it.
    this.db.on('error', () => undefined);
  }

  /** The URL of the service's database, for a connection of the test's own. */
  get databaseUrl(): string {
    return databaseUrl(this.database);
  }

  static async start(options: ClusterOptions): Promise<ServiceCluster> {
    const [database, redis] = await Promise.all([createTestDatabase(), RedisServer.start()]);
    const cluster = new ServiceCluster(options, database, redis, `{faults-${randomBytes(4).toString('hex')}}`, mkdtempSync(join(tmpdir(), 'grozd-faults-')));
    try {
      buildService(cluster.buildDir);
      await cluster.receiver.start();
      if (options.smtp) await cluster.startSmtp();
      const ports = await Promise.all(Array.from({ length: options.apis }, () => freePort()));
      for (const [index, port] of ports.entries()) {
        cluster.apis.push(cluster.process('api', `api-${String.fromCharCode(97 + index)}`, { PORT: String(port) }));
      }
      for (let index = 0; index < options.workers; index++) cluster.workers.push(cluster.newWorker());
      await Promise.all([...cluster.apis, ...cluster.workers].map((service) => service.start()));
      return cluster;
    } catch (error) {
      await cluster.close();
      throw error;
    }
  }

  /** Starts one more worker process and returns it once it runs. */
  async addWorker(): Promise<ServiceProcess> {
    const worker = this.newWorker();
    this.workers.push(worker);
    await worker.start();
    return worker;
  }

  /** The SMTP server stops accepting connections (those open are cut). */
  async stopSmtp(): Promise<void> {
    await this.smtp?.close();
  }

  /** The SMTP server is back on the same port, adding to the same list of mails. */
  async startSmtp(): Promise<void> {
    this.smtp = await startMailCatcher({ port: this.smtpPort || undefined, mails: this.smtp?.mails });
    this.smtpPort = this.smtp.port;
  }

  /** Terminates every connection of the service's processes to its database; returns how many. */
  async terminateServiceConnections(): Promise<number> {
    const { rows } = await this.db.query<{ terminated: boolean }>(
      `SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity
        WHERE datname = $1 AND pid <> pg_backend_pid() AND application_name <> $2`,
      [this.database, TEST_APPLICATION],
    );
    return rows.filter((row) => row.terminated).length;
  }

  /** The job schedulers (recurring jobs) the workers keep in Redis, by queue: those found of `ids`. */
  async jobSchedulers(ids: Record<string, string[]>): Promise<string[]> {
    const found: string[] = [];
    for (const [name, schedulers] of Object.entries(ids)) {
      const queue = new Queue(name, { connection: { host: '127.0.0.1', port: this.redis.port }, prefix: this.queuePrefix });
      try {
        for (const id of schedulers) if (await queue.getJobScheduler(id)) found.push(`${name}/${id}`);
      } finally {
        await queue.close();
      }
    }
    return found;
  }

  /**
   * CPU seconds used so far by the API processes, the running workers and the PostgreSQL
   * backends now connected to the service's database: what a burst costs, whatever else
   * the machine is busy with.
   */
  async cpuSeconds(): Promise<{ apis: number; workers: number; database: number }> {
    const sum = (values: (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);
    const { rows } = await this.db.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name <> $2`, [
      this.database,
      TEST_APPLICATION,
    ]);
    return {
      apis: sum(this.apis.map((api) => api.cpuSeconds())),
      workers: sum(this.workers.map((worker) => worker.cpuSeconds())),
      database: sum(rows.map((row) => cpuSecondsOf(row.pid))),
    };
  }

  /**
   * Kills the worker with SIGKILL while it is provably inside a scoring job: match writes
   * wait behind a lock the test holds until the worker waits there, then it dies and the
   * lock goes. Resolves when the process is gone, with that time (whatever it sent came before).
   */
  async killInsideScoringJob(worker: ServiceProcess): Promise<number> {
    const locker = new Client({ connectionString: this.databaseUrl, application_name: TEST_APPLICATION });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE match IN SHARE MODE');
      await eventually(async () => {
        const { rows } = await this.db.query<{ waiting: number }>(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity
            WHERE datname = $1 AND application_name = $2 AND wait_event_type = 'Lock' AND query ~ $3`,
          [this.database, worker.name, STORING_MATCHES.source],
        );
        return rows[0].waiting > 0;
      }, `${worker.name} to be inside a scoring job`);
      await worker.kill('SIGKILL');
      this.workers.splice(this.workers.indexOf(worker), 1);
      return Date.now();
    } finally {
      await locker.query('COMMIT').catch(() => undefined);
      await locker.end();
    }
  }

  /** Kills whatever still runs and removes the database; keeps the logs when FAULTS_KEEP_LOGS is set. */
  async close(): Promise<void> {
    await Promise.all([...this.apis, ...this.workers].map((service) => service.kill('SIGKILL')));
    await this.db.end().catch(() => undefined);
    await Promise.all([this.redis.stop('SIGKILL'), this.smtp?.close(), this.receiver.close().catch(() => undefined)]);
    await dropDatabase(this.database);
    rmSync(this.buildDir, { recursive: true, force: true });
    if (process.env.FAULTS_KEEP_LOGS) process.stdout.write(`fault test logs kept in ${this.logDir}\n`);
    else rmSync(this.logDir, { recursive: true, force: true });
  }

  /** The tail of every process's log, for a failure message. */
  logs(): string {
    return [...this.apis, ...this.workers].map((service) => `--- ${service.name}\n${service.tail(10)}`).join('\n');
  }

  private newWorker(): ServiceProcess {
    return this.process('worker', `worker-${++this.workerCount}`, {});
  }

  private process(kind: 'api' | 'worker', name: string, env: Record<string, string>): ServiceProcess {
    const url = new URL(databaseUrl(this.database));
    // Names its connections in pg_stat_activity: a test can tell which process waits where.
    url.searchParams.set('application_name', name);
    return new ServiceProcess(
      kind,
      name,
      {
        NODE_ENV: 'test',
        // The workers' start-up line is at info; the APIs would log every request there.
        LOG_LEVEL: kind === 'api' ? 'warn' : 'info',
        DATABASE_URL: url.toString(),
        REDIS_URL: this.redis.url,
        QUEUE_PREFIX: this.queuePrefix,
        ADMIN_API_KEY: TEST_ADMIN_KEY,
        JWT_SECRET: 'test-jwt-secret-0123456789abcdef-0123456789',
        AUTH_FAILURES_PER_MINUTE: '10000',
        REFUSED_REQUESTS_PER_MINUTE: '10000',
        WEB_DIST_DIR: join(REPOSITORY, 'web', 'dist'),
        ...(this.smtpPort ? { SMTP_URL: `smtp://127.0.0.1:${this.smtpPort}` } : {}),
        ...this.options.env,
        ...env,
      },
      join(this.logDir, `${name}.log`),
      this.buildDir,
    );
  }
}
