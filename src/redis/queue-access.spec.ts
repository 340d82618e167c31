import { Queue } from 'bullmq';
import { ServiceUnavailableError } from '../common/errors/domain-errors';
import { readQueue } from './queue-access';

// Only what readQueue touches of a BullMQ queue: its name and its connection's status.
const queueWithConnection = (status: string) => ({ name: 'matching', backend: { client: Promise.resolve({ status }) } }) as unknown as Queue;
const never = () => new Promise<never>(() => undefined);

describe('readQueue', () => {
  it('returns what the read returns while Redis answers', async () => {
    await expect(readQueue(queueWithConnection('ready'), 'the backlog cannot be read', async () => 7)).resolves.toBe(7);
  });

  it('refuses at once, without commanding the queue, while its connection is down', async () => {
    const read = jest.fn(async () => 7);
    const attempt = readQueue(queueWithConnection('reconnecting'), 'the backlog cannot be read', read);
    await expect(attempt).rejects.toThrow(ServiceUnavailableError);
    await expect(attempt).rejects.toThrow('Redis is unreachable, so the backlog cannot be read; retry in a moment.');
    expect(read).not.toHaveBeenCalled();
  });

  it('gives up at the deadline when a connected Redis does not answer', async () => {
    const attempt = readQueue(queueWithConnection('ready'), 'the backlog cannot be read', never, 20);
    await expect(attempt).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE', extensions: { service: 'redis', retryable: true } });
  });
});
