// Battle jobs for the CLI commands, on the arena's worker pool (one worker thread per core by default).
import { createPool, defaultWorkers, type BattleJob, type Outcome } from '../arena/index.ts';

export interface JobRunner {
  workers: number;
  run(jobs: BattleJob[]): Promise<Outcome[]>;
  close(): Promise<void>;
}

/**
 * `warmup`: random-instruction warm-up per worker and engine configuration. Evolution meets a new
 * configuration every round (one more warrior in the melee), so it asks for less than the pool default.
 */
export async function createJobRunner(workers?: number, warmup?: number): Promise<JobRunner> {
  const pool = createPool({ workers: workers ?? defaultWorkers(), warmup });
  return {
    workers: pool.size,
    run: (jobs) => pool.runAll(jobs),
    close: () => pool.close(),
  };
}
