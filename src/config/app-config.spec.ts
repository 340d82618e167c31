import { ConfigError, DEVELOPMENT_ADMIN_API_KEY, loadConfig, redactUrl } from './app-config';

describe('loadConfig', () => {
  it('uses the documented defaults on an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/grozd',
      redisUrl: 'redis://127.0.0.1:6379',
      publicUrl: 'http://127.0.0.1:3000',
      adminApiKey: DEVELOPMENT_ADMIN_API_KEY,
      developmentDefaults: ['ADMIN_API_KEY', 'JWT_SECRET'],
      queuePrefix: '{grozd}',
      shutdownDrainMs: 3000,
      invitationsPerDay: 30,
      loginFailuresPerAccount: 20,
      matching: { concurrency: 2, freshConcurrency: 1, batchSize: 50, coalesceWindowMs: 150, rescoreSchedule: '0 3 * * *' },
    });
    expect(config.smtpUrl).toBeUndefined();
  });

  it('reads the matching worker settings', () => {
    expect(
      loadConfig({ MATCHING_CONCURRENCY: '6', MATCHING_FRESH_CONCURRENCY: '2', MATCHING_BATCH_SIZE: '100', MATCHING_COALESCE_WINDOW_MS: '0' }).matching,
    ).toEqual({
      concurrency: 6,
      freshConcurrency: 2,
      batchSize: 100,
      coalesceWindowMs: 0,
      rescoreSchedule: '0 3 * * *',
    });
  });

  it('re-scores everything nightly at 03:00 unless told another cron pattern, or off', () => {
    expect(loadConfig({}).matching.rescoreSchedule).toBe('0 3 * * *');
    expect(loadConfig({ RESCORE_SCHEDULE: ' 30 1 * * 0 ' }).matching.rescoreSchedule).toBe('30 1 * * 0');
    expect(loadConfig({ RESCORE_SCHEDULE: '0 0 4 * * *' }).matching.rescoreSchedule).toBe('0 0 4 * * *');
    expect(loadConfig({ RESCORE_SCHEDULE: '0 * * * *' }).matching.rescoreSchedule).toBe('0 * * * *');
    expect(loadConfig({ RESCORE_SCHEDULE: 'off' }).matching.rescoreSchedule).toBeNull();
    expect(loadConfig({ RESCORE_SCHEDULE: 'OFF' }).matching.rescoreSchedule).toBeNull();
  });

  it.each([
    ['nightly at 3 * *', 'Invalid characters, got value: nightly'],
    ['61 3 * * *', 'expected range 0-59'],
    ['0 3 * *', 'it has 4 field(s), not 5'],
    // A classic typo for 0 3 * * *: sixty re-scores of everything between 03:00 and 04:00.
    ['* 3 * * *', '1 minute(s) after another; at most one an hour'],
    ['*/30 * * * *', '30 minute(s) after another'],
  ])('refuses RESCORE_SCHEDULE %j in one line that says what to set', (schedule, reason) => {
    expect(() => loadConfig({ RESCORE_SCHEDULE: schedule })).toThrow(ConfigError);
    try {
      loadConfig({ RESCORE_SCHEDULE: schedule });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/^Invalid configuration: .*\(RESCORE_SCHEDULE\)\.$/);
      expect(message).toContain(reason);
      expect(message).toContain('0 3 * * *');
      expect(message).not.toContain('\n');
    }
  });

  it('believes X-Forwarded-For from loopback unless told which proxies to trust, and never from everyone', () => {
    expect(loadConfig({}).trustProxy).toBe('loopback');
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::/8' }).trustProxy).toBe('loopback, 10.0.0.0/8, fd00::/8');
    for (const value of ['true', 'everyone', '10.0.0.0/8;rm']) {
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(ConfigError);
    }
  });

  it('derives PUBLIC_URL from PORT and trims a trailing slash from a given one', () => {
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://127.0.0.1:8080');
    expect(loadConfig({ PUBLIC_URL: 'https://match.example.si/' }).publicUrl).toBe('https://match.example.si');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ ADMIN_API_KEY: 'short' }, 'ADMIN_API_KEY'],
    [{ SMTP_URL: 'mail.example.si' }, 'SMTP_URL'],
    [{ QUEUE_PREFIX: 'grozd' }, 'QUEUE_PREFIX'],
    [{ SHUTDOWN_DRAIN_MS: '-1' }, 'SHUTDOWN_DRAIN_MS'],
    [{ MATCHING_CONCURRENCY: '0' }, 'MATCHING_CONCURRENCY'],
    [{ MATCHING_CONCURRENCY: 'many' }, 'MATCHING_CONCURRENCY'],
    [{ MATCHING_FRESH_CONCURRENCY: '0' }, 'MATCHING_FRESH_CONCURRENCY'],
    [{ MATCHING_BATCH_SIZE: '501' }, 'MATCHING_BATCH_SIZE'],
    [{ MATCHING_COALESCE_WINDOW_MS: '-1' }, 'MATCHING_COALESCE_WINDOW_MS'],
    [{ MATCHING_JOB_LOCK_MS: '-5' }, 'MATCHING_JOB_LOCK_MS'],
    [{ MAIL_REPLY_TO: 'info at stičišče' }, 'MAIL_REPLY_TO'],
    [{ MAIL_REPLY_TO: 'Stičišče <info@>' }, 'MAIL_REPLY_TO'],
    [{ MATCHING_JOB_LOCK_MS: '5s' }, 'MATCHING_JOB_LOCK_MS'],
    [{ INVITATIONS_PER_DAY: '0' }, 'INVITATIONS_PER_DAY'],
    [{ INVITATIONS_PER_DAY: 'thirty' }, 'INVITATIONS_PER_DAY'],
  ])('rejects %j in one line naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).toContain(variable);
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('says that a number is no number, rather than that it is out of range', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow('Invalid configuration: PORT must be an integer number (PORT).');
    expect(() => loadConfig({ MATCHING_JOB_LOCK_MS: '5s' })).toThrow('MATCHING_JOB_LOCK_MS must be an integer number');
  });

  it('requires a real admin key and JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/ADMIN_API_KEY is required/);
    expect(() => loadConfig({ NODE_ENV: 'production', ADMIN_API_KEY: 'x'.repeat(24) })).toThrow(/JWT_SECRET is required/);
    const config = loadConfig({ NODE_ENV: 'production', ADMIN_API_KEY: 'x'.repeat(24), JWT_SECRET: 'y'.repeat(32) });
    expect(config).toMatchObject({ isProduction: true, developmentDefaults: [] });
  });

  it('names every problem at once, one line each', () => {
    const problems = (env: NodeJS.ProcessEnv) => {
      try {
        loadConfig(env);
        return [];
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as ConfigError).problems;
      }
    };
    expect(problems({ NODE_ENV: 'production' })).toEqual([
      expect.stringMatching(/^Invalid configuration: ADMIN_API_KEY is required when NODE_ENV=production/),
      expect.stringMatching(/^Invalid configuration: JWT_SECRET is required when NODE_ENV=production/),
    ]);
    expect(problems({ NODE_ENV: 'production', ADMIN_API_KEY: 'short', JWT_SECRET: 'short', PORT: 'x' })).toEqual([
      expect.stringMatching(/PORT/),
      expect.stringMatching(/ADMIN_API_KEY must be at least 24 characters/),
      expect.stringMatching(/JWT_SECRET must be at least 32 characters/),
    ]);
    for (const problem of problems({ NODE_ENV: 'production', PORT: 'x', REDIS_URL: 'x' })) expect(problem).not.toContain('\n');
  });

  it('reads METRICS_TOKEN, and stops a start with a short or unsendable one in one line that says what to set', () => {
    const production = { NODE_ENV: 'production', ADMIN_API_KEY: 'x'.repeat(24), JWT_SECRET: 'y'.repeat(32) };
    expect(loadConfig(production).metricsToken).toBeNull();
    expect(loadConfig({ ...production, METRICS_TOKEN: '' }).metricsToken).toBeNull();
    expect(loadConfig({ ...production, METRICS_TOKEN: 'z'.repeat(24) }).metricsToken).toBe('z'.repeat(24));
    expect(() => loadConfig({ ...production, METRICS_TOKEN: 'short' })).toThrow(
      new ConfigError(['Invalid configuration: METRICS_TOKEN must be at least 24 characters (e.g. from `openssl rand -hex 32`), or unset for an open /metrics (METRICS_TOKEN).']),
    );
    expect(() => loadConfig({ ...production, METRICS_TOKEN: `${'z'.repeat(24)} z` })).toThrow(/^Invalid configuration: METRICS_TOKEN must be printable ASCII without spaces .*\(METRICS_TOKEN\)\.$/);
    // As ADMIN_API_KEY and JWT_SECRET: checked whenever one is set.
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN must be at least 24 characters/);
  });

  it('reads JWT_SECRET_PREVIOUS, for e-mail links only, and refuses one that is short or the current secret', () => {
    const production = { NODE_ENV: 'production', ADMIN_API_KEY: 'x'.repeat(24), JWT_SECRET: 'y'.repeat(32) };
    expect(loadConfig(production).previousJwtSecret).toBeNull();
    expect(loadConfig({ ...production, JWT_SECRET_PREVIOUS: 'p'.repeat(32) }).previousJwtSecret).toBe('p'.repeat(32));
    expect(() => loadConfig({ ...production, JWT_SECRET_PREVIOUS: 'short' })).toThrow(/JWT_SECRET_PREVIOUS must be at least 32 characters/);
    expect(() => loadConfig({ ...production, JWT_SECRET_PREVIOUS: 'y'.repeat(32) })).toThrow(
      new ConfigError(['Invalid configuration: JWT_SECRET_PREVIOUS is the same as JWT_SECRET: set it to the secret before the rotation, or leave it unset.']),
    );
  });

  it('refuses the published development secrets in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', ADMIN_API_KEY: DEVELOPMENT_ADMIN_API_KEY, JWT_SECRET: 'y'.repeat(32) })).toThrow(
      /ADMIN_API_KEY is the published development value/,
    );
  });
});

describe('redactUrl', () => {
  it('hides the password of a URL', () => {
    expect(redactUrl('postgres://grozd:secret@db:5432/grozd')).toBe('postgres://grozd:***@db:5432/grozd');
    expect(redactUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });
});
