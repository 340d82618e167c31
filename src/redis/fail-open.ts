import type { Redis } from 'ioredis';

// The process's own connection waits for a reconnect instead of failing a command
// (maxRetriesPerRequest: null), and a Redis that is connected but frozen never answers.
// Rate limits must not hold every request hostage to that: they give up and let it through.
export const FAIL_OPEN_DEADLINE_MS = 1_000;

/**
 * A best-effort Redis command (a rate-limit counter, say): `fallback` when the connection is
 * not ready, when the command fails, or when it has not answered within the deadline.
 */
export async function failOpen<T>(redis: Redis, fallback: T, command: () => Promise<T>, deadlineMs = FAIL_OPEN_DEADLINE_MS): Promise<T> {
  if (redis.status !== 'ready') return fallback;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), deadlineMs);
  });
  try {
    return await Promise.race([command().catch(() => fallback), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
