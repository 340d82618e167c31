/** Runs a stage of a scoring job, timing it or not. */
export interface StageTimer {
  time<T>(stage: string, work: () => Promise<T> | T): Promise<T>;
}

/**
 * Where one scoring job's time went, stage by stage (load, profile, statistics, search (the
 * offer index, in memory), candidates (read from PostgreSQL), analysis, current, history,
 * score, store). Filled only when a caller asks for it: the
 * benchmark prints it for the slowest jobs.
 */
export class JobTimings implements StageTimer {
  readonly stages = new Map<string, number>();

  async time<T>(stage: string, work: () => Promise<T> | T): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.stages.set(stage, (this.stages.get(stage) ?? 0) + performance.now() - started);
    }
  }

  get total(): number {
    let sum = 0;
    for (const value of this.stages.values()) sum += value;
    return sum;
  }
}

/** The stage runner of a job that nobody times. */
export const untimed: StageTimer = { time: async (_stage, work) => work() };
