// The Node worker pool: worker_threads driven through comlink's Node adapter, one battle at a time
// per worker. `workers: 0` runs jobs in the calling thread (same code, same results).
//
// Worker entry: when this module is the TypeScript source (its URL ends in .ts, so tsx or vitest
// loaded it), workers start from node-worker-bootstrap.mjs, which registers tsx and then imports
// node-worker.ts. When the CLI is built to JavaScript, this file is pool.js and the worker entry is
// the compiled node-worker.js beside it, with no tsx at run time. A file-per-module build (tsc, or a
// bundler with node-worker.ts as a second entry) keeps that layout.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { releaseProxy, wrap } from 'comlink';
import type { Remote } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { BattleJob, Outcome } from './job.ts';
import { Scheduler } from './scheduler.ts';
import type { Pool, ProgressFn, RunAllOptions, Runner } from './scheduler.ts';
import { createWorkerApi, DEFAULT_WARMUP } from './worker-api.ts';
import type { WorkerApi } from './worker-api.ts';

export type { Pool, ProgressFn, RunAllOptions } from './scheduler.ts';

export interface PoolOptions {
  /** Worker threads (default: available parallelism); 0 = in-process. */
  workers?: number;
  /** Longest JIT warm-up per worker and engine configuration, in ms (default 4000; 0 = none). */
  warmup?: number;
}

export function workerEntry(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL('./node-worker-bootstrap.mjs', import.meta.url)
    : new URL('./node-worker.js', import.meta.url);
}

export function defaultWorkers(): number {
  return availableParallelism();
}

class ThreadRunner implements Runner {
  private readonly worker: Worker;
  private readonly remote: Remote<WorkerApi>;
  private readonly died: Promise<never>;
  private closing = false;

  constructor(warmup: number) {
    this.worker = new Worker(workerEntry());
    this.remote = wrap<WorkerApi>(nodeEndpoint(this.worker));
    // comlink never settles a call whose worker died, so a crash must reject the job in flight.
    this.died = new Promise<never>((_, reject) => {
      this.worker.once('error', reject);
      this.worker.once('exit', (code) => {
        if (!this.closing) reject(new Error(`arena worker exited with code ${code}`));
      });
    });
    this.died.catch(() => {});
    void this.remote.init({ warmup });
  }

  run(job: BattleJob): Promise<Outcome> {
    return Promise.race([this.remote.run(job), this.died]);
  }

  async close(): Promise<void> {
    if (this.closing) return; // closing twice is harmless
    this.closing = true;
    this.remote[releaseProxy]();
    await this.worker.terminate();
  }
}

export function createPool(opts: PoolOptions = {}): Pool {
  const size = opts.workers ?? defaultWorkers();
  const warmup = opts.warmup ?? DEFAULT_WARMUP;
  if (!Number.isInteger(size) || size < 0) throw new Error(`bad worker count ${size}`);
  if (size === 0) {
    const api = createWorkerApi();
    api.init({ warmup });
    const scheduler = new Scheduler([{ run: async (job) => api.run(job) }]);
    return {
      size: 0,
      run: (job) => scheduler.run(job),
      runAll: (jobs, onProgress?: ProgressFn, o?: RunAllOptions) => scheduler.runAll(jobs, onProgress, o),
      close: async () => {},
    };
  }
  const runners = Array.from({ length: size }, () => new ThreadRunner(warmup));
  const scheduler = new Scheduler(runners);
  return {
    size,
    run: (job) => scheduler.run(job),
    runAll: (jobs, onProgress?: ProgressFn, o?: RunAllOptions) => scheduler.runAll(jobs, onProgress, o),
    close: async () => {
      scheduler.dropQueued(new Error('pool closed'));
      await Promise.all(runners.map((r) => r.close()));
    },
  };
}
