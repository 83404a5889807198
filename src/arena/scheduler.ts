// Hands battle jobs to a fixed set of runners (workers), one job per runner at a time, and puts each
// outcome back at its job's index: the result never depends on which runner was free first.
// Shared by the Node pool and the browser pool.
import type { BattleJob, Outcome } from './job.ts';

export interface Runner {
  run(job: BattleJob): Promise<Outcome>;
}

/** Called after each finished job, in completion order. */
export type ProgressFn = (done: number, total: number, index: number, outcome: Outcome) => void;

export interface RunAllOptions {
  /** When aborted, jobs not yet started are dropped and runAll rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface Pool {
  /** Number of worker threads; 0 = jobs run in the calling thread. */
  readonly size: number;
  run(job: BattleJob): Promise<Outcome>;
  runAll(jobs: readonly BattleJob[], onProgress?: ProgressFn, opts?: RunAllOptions): Promise<Outcome[]>;
  close(): Promise<void>;
}

interface Pending {
  job: BattleJob;
  resolve: (o: Outcome) => void;
  reject: (e: unknown) => void;
}

export class Scheduler {
  private readonly idle: Runner[];
  private queue: Pending[] = [];
  private head = 0;

  constructor(runners: Runner[]) {
    if (runners.length === 0) throw new Error('a scheduler needs at least one runner');
    this.idle = runners.slice().reverse();
  }

  run(job: BattleJob): Promise<Outcome> {
    return new Promise<Outcome>((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.pump();
    });
  }

  async runAll(jobs: readonly BattleJob[], onProgress?: ProgressFn, opts: RunAllOptions = {}): Promise<Outcome[]> {
    const { signal } = opts;
    signal?.throwIfAborted();
    const out = new Array<Outcome>(jobs.length);
    let done = 0;
    const pending = jobs.map((job, i) =>
      this.run(job).then((o) => {
        out[i] = o;
        onProgress?.(++done, jobs.length, i, o);
      }),
    );
    const onAbort = (): void => this.dropQueued(signal!.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      await Promise.all(pending);
    } catch (e) {
      this.dropQueued(e); // first failure: stop feeding the rest
      throw e;
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
    return out;
  }

  /** Rejects every job that has not started yet. */
  dropQueued(reason: unknown): void {
    const dropped = this.queue.slice(this.head);
    this.queue = [];
    this.head = 0;
    for (const p of dropped) p.reject(reason);
  }

  private pump(): void {
    while (this.idle.length > 0 && this.head < this.queue.length) {
      const runner = this.idle.pop()!;
      const p = this.queue[this.head++];
      if (this.head > 1024 && this.head * 2 > this.queue.length) {
        this.queue = this.queue.slice(this.head); // compact now and then; shift() would be O(n) per job
        this.head = 0;
      }
      runner.run(p.job).then(p.resolve, p.reject).finally(() => {
        this.idle.push(runner);
        this.pump();
      });
    }
  }
}
