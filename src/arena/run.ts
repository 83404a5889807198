// Runs a plan on a pool and tallies it; the progress callback sees every finished battle.
import type { Outcome } from './job.ts';
import { planJobs } from './plan.ts';
import type { TournamentPlan } from './plan.ts';
import type { Pool, RunAllOptions } from './scheduler.ts';
import { tally } from './tally.ts';
import type { Report } from './tally.ts';

export interface RunPlanOptions extends RunAllOptions {
  onProgress?: (done: number, total: number) => void;
  /** Receives each outcome as it arrives (e.g. to print a partial table after Ctrl-C). */
  outcomes?: (Outcome | undefined)[];
}

export async function runPlan(pool: Pool, plan: TournamentPlan, opts: RunPlanOptions = {}): Promise<Report> {
  const outcomes = opts.outcomes ?? new Array<Outcome | undefined>(plan.battles.length);
  await pool.runAll(planJobs(plan), (done, total, i, o) => {
    outcomes[i] = o;
    opts.onProgress?.(done, total);
  }, { signal: opts.signal });
  return tally(plan, outcomes);
}
