import { ThrottlerStorage } from '@nestjs/throttler';
import { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { Redis } from 'ioredis';
import { failOpen } from '../redis/fail-open';

// Fixed window per key, shared by every API process through Redis. Returns the hits so
// far and the milliseconds left in the window; blocking beyond the window is not used.
const INCREMENT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { hits, redis.call('PTTL', KEYS[1]) }
`;

export class RedisThrottlerStorage implements ThrottlerStorage {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async increment(key: string, ttl: number, limit: number, _blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    // Fail open: while Redis is away or frozen, posting needs and offers must go on (the
    // outbox keeps the matching work); an unlimited minute is the lesser harm.
    const counted = await failOpen(this.redis, null, () => this.redis.eval(INCREMENT, 1, `${this.prefix}:rate:${throttlerName}:${key}`, ttl) as Promise<[number, number]>);
    if (!counted) return { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };
    const [hits, remaining] = counted;
    const timeToExpire = Math.max(0, Math.ceil(remaining / 1000));
    return { totalHits: hits, timeToExpire, isBlocked: hits > limit, timeToBlockExpire: hits > limit ? timeToExpire : 0 };
  }
}
