import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { setTimeout as sleep } from 'node:timers/promises';
import { readQueue } from '../redis/queue-access';
import { MATCHING_FRESH_QUEUE } from './matching.queue';

// How often a batch that stepped aside looks again, and how long it waits at most before one
// item, so that a stream of people's posts slows bulk work down but never stops it.
const POLL_MS = 50;
const MAX_PAUSE_MS = 2_000;
// An idle fresh lane is believed this long, so that a batch of cheap items does not ask for each.
const IDLE_FOR_MS = 50;
// Redis slower than this (or away): nothing waits.
const READ_DEADLINE_MS = 200;

/**
 * Lets bulk work (imports, expiry, re-scores) step aside for the fresh lane. The fresh
 * lane's slots keep a person's need from waiting in a queue, but not from sharing the CPU
 * and PostgreSQL with a batch in every bulk slot of every worker process: on two cores, a
 * rematchAll of 10,000 needs against 100,000 offers made fresh needs wait 3.7 s at p95.
 * A bulk batch asks here before each item's candidate search and before it stores, and
 * waits while a fresh job is waiting or running in any worker process (BullMQ's lists in
 * Redis).
 */
@Injectable()
export class FreshLaneGate {
  private idleUntil = 0;

  constructor(@InjectQueue(MATCHING_FRESH_QUEUE) private readonly fresh: Queue) {}

  async waitWhileBusy(): Promise<void> {
    const started = Date.now();
    while (Date.now() >= this.idleUntil && Date.now() - started < MAX_PAUSE_MS) {
      if (!(await this.busy())) {
        this.idleUntil = Date.now() + IDLE_FOR_MS;
        return;
      }
      await sleep(POLL_MS);
    }
  }

  private async busy(): Promise<boolean> {
    try {
      const counts = await readQueue(this.fresh, 'bulk matching does not wait for it', (queue) => queue.getJobCounts('active', 'waiting'), READ_DEADLINE_MS);
      return counts.active + counts.waiting > 0;
    } catch {
      return false;
    }
  }
}
