// Runs battle jobs for the CLI commands. (In-process for now; the arena's worker pool replaces it.)
import { runMatch, type MatchResult } from '../mars/index.ts';
import type { BattleJob } from '../evolve/index.ts';

export interface JobRunner {
  workers: number;
  run(jobs: BattleJob[]): Promise<MatchResult[]>;
  close(): Promise<void>;
}

export async function createJobRunner(_workers?: number): Promise<JobRunner> {
  return {
    workers: 1,
    run: async (jobs) => jobs.map((j) => runMatch(j.warriors, j.settings, { seed: j.seed, placements: j.placements, rounds: j.rounds, observe: j.observe })),
    close: async () => {},
  };
}
