// Battle jobs for the CLI commands, on the arena's worker pool (one worker thread per core by default).
import { createPool, defaultWorkers, type BattleJob, type Outcome } from '../arena/index.ts';

export interface JobRunner {
  workers: number;
  run(jobs: BattleJob[]): Promise<Outcome[]>;
  close(): Promise<void>;
}

export async function createJobRunner(workers?: number): Promise<JobRunner> {
  const pool = createPool({ workers: workers ?? defaultWorkers() });
  return {
    workers: pool.size,
    run: (jobs) => pool.runAll(jobs),
    close: () => pool.close(),
  };
}
