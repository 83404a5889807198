// A tournament plan: who fights whom, with which seed. Plans are made by round-robin.ts,
// benchmark.ts, melee.ts and match.ts, run on a pool, and tallied into a table (tally.ts).
import type { Warrior } from '../mars/insn.ts';
import type { Settings } from '../mars/settings.ts';
import type { BattleJob } from './job.ts';

export interface Entrant {
  /** Display name: usually the file's name, which is unique where ;name often is not. */
  name: string;
  warrior: Warrior;
  file?: string;
}

export type Mode = 'round-robin' | 'benchmark' | 'melee' | 'match';

export interface PlannedBattle {
  /** Indices into plan.players, in load order (the first is pMARS's warrior 1). */
  players: number[];
  seed: number;
}

export interface TournamentPlan {
  mode: Mode;
  settings: Settings;
  rounds: number;
  seed: number;
  players: Entrant[];
  /** The players that get a row in the table (benchmark opponents do not). */
  ranked: number[];
  battles: PlannedBattle[];
}

export function planJobs(plan: TournamentPlan): BattleJob[] {
  return plan.battles.map((b) => ({
    warriors: b.players.map((p) => plan.players[p].warrior),
    settings: plan.settings,
    rounds: plan.rounds,
    seed: b.seed,
  }));
}

/** Two-warrior battles need warriors = 2 in settings, melees the battle size (the WARRIORS constant). */
export function withWarriors(settings: Settings, warriors: number, rounds: number): Settings {
  return { ...settings, warriors, rounds };
}
