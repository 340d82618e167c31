import { plainToInstance, Transform } from 'class-transformer';
import { CronExpressionParser } from 'cron-parser';
import { join, resolve } from 'node:path';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

export type NodeEnv = 'development' | 'production' | 'test';

// Used only outside production, so that `npm ci && npm start` works on a fresh machine.
// Start-up logs a warning whenever one of them is in effect.
export const DEVELOPMENT_ADMIN_API_KEY = 'grozd-development-admin-key';
const DEVELOPMENT_JWT_SECRET = 'grozd-development-jwt-secret-not-for-production';

// 03:00: the quietest hour, and one that happens exactly once every day (02:00-03:00 is
// skipped on the last Sunday of March and happens twice on the last Sunday of October).
export const DEFAULT_RESCORE_SCHEDULE = '0 3 * * *';
/** The time zone of RESCORE_SCHEDULE, as of every other date and hour of the hub's. */
export const RESCORE_TIME_ZONE = 'Europe/Ljubljana';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);

/** The environment as the service reads it (SPEC.md section 7). */
// TRUST_PROXY: a hop count, or Express's names, addresses and subnets.
const PROXY_ENTRY = String.raw`(?:loopback|linklocal|uniquelocal|[0-9A-Fa-f.:]+(?:\/\d{1,3})?)`;
const TRUST_PROXY_PATTERN = new RegExp(String.raw`^(?:\d{1,2}|${PROXY_ENTRY}(?:\s*,\s*${PROXY_ENTRY})*)$`);

class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: NodeEnv = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/grozd';

  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  PUBLIC_URL?: string;

  // Which proxies' X-Forwarded-For is believed (Express's 'trust proxy'): the per-IP limits
  // count the client's address, not the proxy's. Never "everyone": a client could then
  // name any address it likes.
  @Matches(TRUST_PROXY_PATTERN, {
    message: 'TRUST_PROXY must be a number of proxy hops or a comma-separated list of loopback, linklocal, uniquelocal, addresses and subnets (10.0.0.0/8)',
  })
  TRUST_PROXY = 'loopback';

  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** The sender of every e-mail, e.g. `Gorenjsko NVO stičišče <predlogi@example.si>`. */
  @IsString()
  MAIL_FROM = 'grozd-match <predlogi@grozd-match.local>';

  /** Where replies to the e-mails go (the hub's staff inbox), e.g. `Gorenjsko NVO stičišče <info@example.si>`; unset: to MAIL_FROM. */
  @IsOptional()
  @Matches(/^(?:[^<>@\s]+@[^<>@\s]+\.[^<>@\s.]+|[^<>]*<[^<>@\s]+@[^<>@\s]+\.[^<>@\s.]+>)$/, {
    message: 'MAIL_REPLY_TO must be an e-mail address, alone or as Name <address>',
  })
  MAIL_REPLY_TO?: string;

  @IsOptional()
  @IsString()
  @MinLength(24, { message: 'ADMIN_API_KEY must be at least 24 characters' })
  ADMIN_API_KEY?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET_PREVIOUS must be at least 32 characters' })
  JWT_SECRET_PREVIOUS?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  // BullMQ key prefix. The braces make it a Redis Cluster hash tag: all queue keys of one
  // deployment land in one slot, which BullMQ's multi-key scripts require.
  @Matches(/^\{[A-Za-z0-9:_-]+\}$/, { message: 'QUEUE_PREFIX must look like {grozd}' })
  QUEUE_PREFIX = '{grozd}';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE = 600;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_FAILURES_PER_MINUTE = 20;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  REFUSED_REQUESTS_PER_MINUTE = 120;

  // Failed sign-ins for one e-mail address in an hour, from anywhere, before it is refused
  // for the rest of the hour: guessing spread over many IPs is slowed too.
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_FAILURES_PER_ACCOUNT = 20;

  // Invitations an organization's admins may send in 24 hours: each is an e-mail from
  // MAIL_FROM to any address, with the organization's own name in it. The hub is not limited.
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000)
  INVITATIONS_PER_DAY = 30;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  GRAPHQL_MAX_DEPTH = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  GRAPHQL_MAX_COST = 5000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  GRAPHQL_MAX_ALIASES = 30;

  // On SIGTERM, how long /health/ready answers 503 while requests are still served, so that
  // a load balancer stops sending before the server stops accepting.
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(600_000)
  SHUTDOWN_DRAIN_MS = 3000;

  /** A worker process (src/worker.ts) serves its own /metrics on this port; unset: none. */
  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(65535)
  METRICS_PORT?: number;

  /**
   * When set, /metrics (the API's and a worker's METRICS_PORT) answers only
   * `Authorization: Bearer <METRICS_TOKEN>`; unset: anyone (production warns at start-up).
   * It goes in a header as is: printable ASCII without spaces.
   */
  @IsOptional()
  @IsString()
  @MinLength(24, { message: 'METRICS_TOKEN must be at least 24 characters (e.g. from `openssl rand -hex 32`), or unset for an open /metrics' })
  @Matches(/^[\x21-\x7e]+$/, { message: 'METRICS_TOKEN must be printable ASCII without spaces (Prometheus sends it in a header), e.g. from `openssl rand -hex 32`' })
  METRICS_TOKEN?: string;

  /** The built web app (`npm run build:web`), served at `/`. */
  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  /** The wait before a failed delivery's second attempt; each later wait doubles (up to 6 hours). */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  DELIVERY_RETRY_BASE_MS = 30_000;

  /** Bulk-lane matching jobs (offer batches, expiry, re-scores) one worker process runs at once. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  MATCHING_CONCURRENCY = 2;

  /** Fresh-lane jobs (needs people posted or changed) one worker process runs at once, beside the bulk lane's. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  MATCHING_FRESH_CONCURRENCY = 1;

  /** Items (offers, or needs of a re-score) one bulk-lane job scores at most. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  MATCHING_BATCH_SIZE = 50;

  /**
   * A change to an item that changed less than this long before is scored once at the end
   * of the window instead of at once (a burst of edits, one trailing scoring).
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60_000)
  MATCHING_COALESCE_WINDOW_MS = 150;

  /**
   * How long a matching job stays claimed by a worker that stopped answering. Read by
   * matching.processor.ts from the environment itself (decorator options are fixed when the
   * class loads); checked here so that a value it cannot use stops the start.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(600_000)
  MATCHING_JOB_LOCK_MS = 5000;

  /**
   * When every open need and offer is scored again (the time and feedback components of
   * pairs nobody changed), as a cron pattern in Ljubljana time, or `off`. Checked in
   * loadConfig (rescoreScheduleProblem).
   */
  @IsString()
  RESCORE_SCHEDULE = DEFAULT_RESCORE_SCHEDULE;
}

// A re-score goes through every open item (5.4 minutes at 100,000 offers and 10,000
// needs): a pattern that fires more often is a typo, such as `* 3 * * *` for `0 3 * * *`.
const RESCORE_MIN_INTERVAL_MS = 3_600_000;

/** What is wrong with RESCORE_SCHEDULE, or null. */
function rescoreScheduleProblem(schedule: string): string | null {
  const help = 'RESCORE_SCHEDULE must be a cron pattern (minute hour day-of-month month day-of-week, in Ljubljana time, e.g. "0 3 * * *") or off';
  // cron-parser reads four fields too, as something else than was meant.
  const fields = schedule.split(/\s+/).length;
  if (!schedule.startsWith('@') && fields !== 5 && fields !== 6) return `${help}: it has ${fields} field(s), not 5`;
  let times: number[];
  try {
    const pattern = CronExpressionParser.parse(schedule, { tz: RESCORE_TIME_ZONE });
    times = pattern.take(12).map((date) => date.getTime());
  } catch (error) {
    return `${help}: ${(error as Error).message.replace(/\s+/g, ' ')}`;
  }
  for (let index = 1; index < times.length; index++) {
    const minutes = Math.round((times[index] - times[index - 1]) / 60_000);
    if (minutes * 60_000 < RESCORE_MIN_INTERVAL_MS) return `RESCORE_SCHEDULE "${schedule}" starts a re-score of everything ${minutes} minute(s) after another; at most one an hour (e.g. "0 3 * * *", nightly at 03:00)`;
  }
  return null;
}

export interface AppConfig {
  nodeEnv: NodeEnv;
  isProduction: boolean;
  port: number;
  databaseUrl: string;
  redisUrl: string;
  publicUrl: string;
  smtpUrl?: string;
  mailFrom: string;
  /** Reply-To of every e-mail; null: replies go to mailFrom. */
  mailReplyTo: string | null;
  adminApiKey: string;
  jwtSecret: string;
  /**
   * The JWT_SECRET before the last rotation, or null: links in e-mails already sent (accept,
   * decline, unsubscribe) signed with it still work; sessions and password-reset links do not.
   */
  previousJwtSecret: string | null;
  /** Names of the settings that fell back to development defaults (for a start-up warning). */
  developmentDefaults: string[];
  logLevel: string;
  queuePrefix: string;
  rateLimitPerMinute: number;
  /** Failed authentications (bad tokens, wrong passwords) per IP per minute before RATE_LIMITED. */
  authFailuresPerMinute: number;
  /** Failed sign-ins for one e-mail address in an hour, from any IP, before it gets RATE_LIMITED for the rest of the hour. */
  loginFailuresPerAccount: number;
  /** GraphQL requests refused before any resolver ran, per IP per minute, before its requests get 429. */
  refusedRequestsPerMinute: number;
  /** Invitations an organization's admins may send in any 24 hours (the hub's are not limited). */
  invitationsPerDay: number;
  /** Express's 'trust proxy': which proxies' X-Forwarded-For names the client (a hop count or a list). */
  trustProxy: number | string;
  graphql: { maxDepth: number; maxCost: number; maxAliases: number };
  /** On SIGTERM: readiness answers 503 for this long before the server stops accepting. */
  shutdownDrainMs: number;
  /** Absolute path of the built web app. */
  webDistDir: string;
  /** Where a worker-only process serves /metrics (the API serves it on its own port). */
  metricsPort?: number;
  /** The bearer token /metrics asks for; null: /metrics answers anyone. */
  metricsToken: string | null;
  /** The wait before a failed delivery is tried again the first time; it doubles with each attempt. */
  deliveryRetryBaseMs: number;
  /**
   * The matching worker: slots per lane and items per batch job; when the scheduled
   * re-score of every open item starts (a cron pattern in RESCORE_TIME_ZONE; null: never).
   */
  matching: { concurrency: number; freshConcurrency: number; batchSize: number; coalesceWindowMs: number; rescoreSchedule: string | null };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Everything wrong with the configuration, one line per problem, each saying what to set. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

// Secrets in production: required, long enough, and not the development values printed in
// the README (class-validator checks the length whenever one is set).
const PRODUCTION_SECRETS = [
  { name: 'ADMIN_API_KEY', minLength: 24, development: DEVELOPMENT_ADMIN_API_KEY },
  { name: 'JWT_SECRET', minLength: 32, development: DEVELOPMENT_JWT_SECRET },
] as const;

/** Reads and validates the environment; throws a ConfigError naming every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const vars = plainToInstance(EnvironmentVariables, present, { exposeDefaultValues: true });
  const problems = validateSync(vars, { whitelist: false, skipMissingProperties: false }).map((error) => {
    // 'abc' for a number fails every rule: say that it is no number, not that it is too large.
    const constraints = error.constraints ?? {};
    const message = constraints.isInt ?? Object.values(constraints)[0] ?? 'is invalid';
    return `Invalid configuration: ${message} (${error.property}).`;
  });
  const rescoreOff = vars.RESCORE_SCHEDULE.trim().toLowerCase() === 'off';
  const rescoreProblem = rescoreOff ? null : rescoreScheduleProblem(vars.RESCORE_SCHEDULE.trim());
  if (rescoreProblem) problems.push(`Invalid configuration: ${rescoreProblem} (RESCORE_SCHEDULE).`);
  const isProduction = vars.NODE_ENV === 'production';
  if (isProduction) {
    for (const secret of PRODUCTION_SECRETS) {
      const value = vars[secret.name];
      if (!value) problems.push(`Invalid configuration: ${secret.name} is required when NODE_ENV=production (${secret.minLength} characters or more, e.g. from \`openssl rand -hex 32\`).`);
      else if (value === secret.development) problems.push(`Invalid configuration: ${secret.name} is the published development value; set a secret of your own for production.`);
    }
  }
  if (vars.JWT_SECRET_PREVIOUS && vars.JWT_SECRET_PREVIOUS === (vars.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET)) {
    problems.push('Invalid configuration: JWT_SECRET_PREVIOUS is the same as JWT_SECRET: set it to the secret before the rotation, or leave it unset.');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const developmentDefaults: string[] = [];
  if (!vars.ADMIN_API_KEY) developmentDefaults.push('ADMIN_API_KEY');
  if (!vars.JWT_SECRET) developmentDefaults.push('JWT_SECRET');
  return {
    nodeEnv: vars.NODE_ENV,
    isProduction,
    port: vars.PORT,
    databaseUrl: vars.DATABASE_URL,
    redisUrl: vars.REDIS_URL,
    publicUrl: (vars.PUBLIC_URL ?? `http://127.0.0.1:${vars.PORT}`).replace(/\/+$/, ''),
    smtpUrl: vars.SMTP_URL,
    mailFrom: vars.MAIL_FROM,
    mailReplyTo: vars.MAIL_REPLY_TO || null,
    adminApiKey: vars.ADMIN_API_KEY ?? DEVELOPMENT_ADMIN_API_KEY,
    jwtSecret: vars.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
    previousJwtSecret: vars.JWT_SECRET_PREVIOUS ?? null,
    developmentDefaults,
    logLevel: vars.LOG_LEVEL,
    queuePrefix: vars.QUEUE_PREFIX,
    rateLimitPerMinute: vars.RATE_LIMIT_PER_MINUTE,
    authFailuresPerMinute: vars.AUTH_FAILURES_PER_MINUTE,
    loginFailuresPerAccount: vars.LOGIN_FAILURES_PER_ACCOUNT,
    refusedRequestsPerMinute: vars.REFUSED_REQUESTS_PER_MINUTE,
    invitationsPerDay: vars.INVITATIONS_PER_DAY,
    trustProxy: /^\d+$/.test(vars.TRUST_PROXY) ? Number(vars.TRUST_PROXY) : vars.TRUST_PROXY,
    graphql: {
      maxDepth: vars.GRAPHQL_MAX_DEPTH,
      maxCost: vars.GRAPHQL_MAX_COST,
      maxAliases: vars.GRAPHQL_MAX_ALIASES,
    },
    shutdownDrainMs: vars.SHUTDOWN_DRAIN_MS,
    // src/config/ under ts-node, dist/config/ when built: web/ is two levels up either way.
    webDistDir: resolve(vars.WEB_DIST_DIR ?? join(__dirname, '..', '..', 'web', 'dist')),
    metricsPort: vars.METRICS_PORT,
    metricsToken: vars.METRICS_TOKEN ?? null,
    deliveryRetryBaseMs: vars.DELIVERY_RETRY_BASE_MS,
    matching: {
      concurrency: vars.MATCHING_CONCURRENCY,
      freshConcurrency: vars.MATCHING_FRESH_CONCURRENCY,
      batchSize: vars.MATCHING_BATCH_SIZE,
      coalesceWindowMs: vars.MATCHING_COALESCE_WINDOW_MS,
      rescoreSchedule: rescoreOff ? null : vars.RESCORE_SCHEDULE.trim(),
    },
  };
}

/** The URL without its password, for log lines and error messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return '(unparseable URL)';
  }
}
