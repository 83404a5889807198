// Turns a candidate and its opponents into battle jobs and the jobs' outcomes into fitness, behaviour
// descriptors and per-opponent feedback.
import type { BattleJob } from '../arena/job.ts';
import type { MatchResult } from '../mars/match.ts';
import type { Warrior } from '../mars/insn.ts';
import type { Settings } from '../mars/settings.ts';

export type { BattleJob };
import type { Descriptors } from './archive.ts';
import { hillFitness, meleeFeedback, meleeFitness, type RoundLife } from './fitness.ts';
import type { BattleFeedback } from './proposers/proposer.ts';

export type RunJobs = (jobs: BattleJob[]) => Promise<MatchResult[]>;

export type FitnessMode = 'melee' | 'hill';

export interface Evaluation {
  fitness: number;
  descriptors: Descriptors;
  feedback: BattleFeedback[];
}

export interface EvaluationPlan {
  mode: FitnessMode;
  settings: Settings;
  /** Fixed load addresses, one row per battle (candidate first, then the opponents). */
  placements: number[][];
  /** 1v1 rounds per opponent in hill mode. */
  hillRounds: number;
  /** pMARS -F seed for hill-mode battles. */
  hillSeed: number;
}

/**
 * Melee: one single-round job per placement. The warrior order is rotated per placement so that each
 * warrior moves first equally often, as pMARS rotates the first mover over rounds.
 */
export function evaluationJobs(candidate: Warrior, opponents: Warrior[], plan: EvaluationPlan): BattleJob[] {
  const { settings } = plan;
  if (plan.mode === 'hill') {
    return opponents.map((o) => ({
      warriors: [candidate, o],
      settings: { ...settings, warriors: 2 },
      rounds: plan.hillRounds,
      seed: plan.hillSeed,
      observe: true,
    }));
  }
  const all = [candidate, ...opponents];
  const n = all.length;
  return plan.placements.map((row, k) => {
    const rot = k % n;
    return {
      warriors: all.map((_, j) => all[(j + rot) % n]),
      settings: { ...settings, warriors: n },
      rounds: 1,
      placements: [row.map((_, j) => row[(j + rot) % n])],
      observe: true,
    };
  });
}

export function scoreEvaluation(results: MatchResult[], opponentNames: string[], plan: EvaluationPlan): Evaluation {
  if (plan.mode === 'hill') return scoreHill(results, opponentNames);
  const n = opponentNames.length + 1;
  const lives: RoundLife[] = [];
  let spawned = 0;
  let executed = 0;
  results.forEach((r, k) => {
    const rot = k % n;
    const at = (i: number) => (i - rot + n) % n; // job index of original warrior i
    const stats = r.stats!;
    lives.push({
      cycles: Array.from({ length: n }, (_, i) => stats.cyclesAlive[at(i)]),
      alive: Array.from({ length: n }, (_, i) => r.results[at(i)][n] === 0),
    });
    spawned += stats.spawned[at(0)];
    executed += stats.distinctExecuted[at(0)];
  });
  const maxCycles = plan.settings.maxCycles;
  return {
    fitness: meleeFitness(lives, 0, maxCycles),
    descriptors: { spawned: spawned / results.length, executed: executed / results.length },
    feedback: meleeFeedback(lives, 0, ['(self)', ...opponentNames], maxCycles),
  };
}

function scoreHill(results: MatchResult[], opponentNames: string[]): Evaluation {
  let spawned = 0;
  let executed = 0;
  let rounds = 0;
  const feedback: BattleFeedback[] = results.map((r, j) => {
    const [wins, losses, ties] = r.wlt!;
    const n = wins + losses + ties;
    rounds += n;
    spawned += r.stats!.spawned[0];
    executed += r.stats!.distinctExecuted[0];
    return { opponent: opponentNames[j], wins, losses, ties };
  });
  return {
    fitness: hillFitness(feedback.map((f) => ({ wins: f.wins, ties: f.ties, rounds: f.wins + f.losses + f.ties }))),
    descriptors: { spawned: spawned / Math.max(1, rounds), executed: executed / Math.max(1, rounds) },
    feedback,
  };
}
