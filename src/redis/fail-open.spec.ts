import type { Redis } from 'ioredis';
import { failOpen } from './fail-open';

const redisWithStatus = (status: string) => ({ status }) as unknown as Redis;

describe('failOpen', () => {
  it("answers the command's result when Redis answers", async () => {
    await expect(failOpen(redisWithStatus('ready'), 0, async () => 7)).resolves.toBe(7);
  });

  it('answers the fallback without asking when the connection is not ready', async () => {
    const command = jest.fn(async () => 7);
    await expect(failOpen(redisWithStatus('reconnecting'), 0, command)).resolves.toBe(0);
    expect(command).not.toHaveBeenCalled();
  });

  it('answers the fallback when the command fails', async () => {
    await expect(failOpen(redisWithStatus('ready'), 0, () => Promise.reject(new Error('READONLY')))).resolves.toBe(0);
  });

  it('answers the fallback when a connected Redis never answers (frozen)', async () => {
    const never = () => new Promise<number>(() => undefined);
    await expect(failOpen(redisWithStatus('ready'), 0, never, 10)).resolves.toBe(0);
  });
});
