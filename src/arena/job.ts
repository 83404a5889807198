// A battle job is pure data in, pure data out: the same job gives the same outcome in any worker, in
// any order, on any machine. Nothing here reads a clock or a global random generator.
import type { Warrior } from '../mars/insn.ts';
import { runMatch } from '../mars/match.ts';
import type { MatchResult } from '../mars/match.ts';
import type { Settings } from '../mars/settings.ts';

export interface BattleJob {
  warriors: Warrior[];
  settings: Settings;
  rounds: number;
  /** pMARS `-F` seed; the caller derives it deterministically (see seeds.ts). */
  seed?: number;
  /** Explicit load addresses per round; overrides `seed`. */
  placements?: number[][];
  observe?: boolean;
}

export type Outcome = MatchResult;

export function runJob(job: BattleJob): Outcome {
  if (job.seed === undefined && job.placements === undefined) {
    // pMARS would pick a random seed here; a job must not, so the caller has to choose.
    throw new Error('battle job needs a seed or placements');
  }
  return runMatch(job.warriors, job.settings, {
    seed: job.seed,
    placements: job.placements,
    rounds: job.rounds,
    observe: job.observe,
  });
}
