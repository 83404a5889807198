// What every worker (Node worker thread or browser Web Worker) exposes through comlink, and what
// the in-process runner calls directly. It warms the MARS up once per engine configuration.
import { warmUp } from '../mars/warmup.ts';
import { runJob } from './job.ts';
import type { BattleJob, Outcome } from './job.ts';

export interface WorkerApi {
  /** Longest JIT warm-up per engine configuration, in milliseconds (0 = none; see mars/warmup.ts). */
  init(opts: { warmup: number }): void;
  run(job: BattleJob): Outcome;
}

/** Default warm-up limit: it usually settles in about half a second on an idle core. */
export const DEFAULT_WARMUP = 4000;

export function createWorkerApi(): WorkerApi {
  let budget = DEFAULT_WARMUP;
  const warmed = new Set<string>();
  return {
    init(opts) {
      budget = opts.warmup;
    },
    run(job) {
      const s = job.settings;
      const key = [s.coreSize, s.maxProcesses, s.pSpaceSize, s.readLimit, s.writeLimit, job.warriors.length, job.observe ? 1 : 0].join();
      if (budget > 0 && !warmed.has(key)) {
        // The warm-up runs on the engine cached for this configuration; every round it plays later
        // starts from a freshly cleared core and P-space, so outcomes do not depend on it.
        warmUp(s, { maxMs: budget, warriors: job.warriors.length, observe: job.observe });
      }
      warmed.add(key);
      return runJob(job);
    },
  };
}
