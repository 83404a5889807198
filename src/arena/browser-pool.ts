// The browser worker pool: module Web Workers through comlink, same job API and scheduler as the
// Node pool. Vite bundles browser-worker.ts from the `new URL(..., import.meta.url)` below.
import { releaseProxy, wrap } from 'comlink';
import type { BattleJob, Outcome } from './job.ts';
import { Scheduler } from './scheduler.ts';
import type { Pool } from './scheduler.ts';
import { DEFAULT_WARMUP } from './worker-api.ts';
import type { WorkerApi } from './worker-api.ts';

export interface BrowserPoolOptions {
  workers?: number;
  warmup?: number;
}

export function createBrowserPool(opts: BrowserPoolOptions = {}): Pool {
  const size = Math.max(1, opts.workers ?? navigator.hardwareConcurrency ?? 2);
  const workers = Array.from({ length: size }, () => new Worker(new URL('./browser-worker.ts', import.meta.url), { type: 'module' }));
  const remotes = workers.map((w) => wrap<WorkerApi>(w));
  for (const r of remotes) void r.init({ warmup: opts.warmup ?? DEFAULT_WARMUP });
  const scheduler = new Scheduler(remotes.map((r) => ({ run: (job: BattleJob): Promise<Outcome> => r.run(job) })));
  return {
    size,
    run: (job) => scheduler.run(job),
    runAll: (jobs, onProgress, o) => scheduler.runAll(jobs, onProgress, o),
    close: async () => {
      scheduler.dropQueued(new Error('pool closed'));
      remotes.forEach((r) => r[releaseProxy]());
      workers.forEach((w) => w.terminate());
    },
  };
}
