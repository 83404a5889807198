// Fitness as in Digital Red Queen: a warrior's share of survival over time in a melee with all its
// opponents, sum over cycles of alive_i / alive_total, scaled so that 1.0 is a fair share (everyone
// alive to the end), and averaged over fixed placements. Also the KOTH-points alternative.
import type { BattleFeedback } from './proposers/proposer.ts';

/** One melee round as the evaluation sees it: how many cycles each warrior lived, who survived. */
export interface RoundLife {
  /** Cycles (own turns) each warrior executed in the round. */
  cycles: number[];
  /** Whether each warrior was alive at the end. */
  alive: boolean[];
}

/**
 * The share of survival of warrior `who` in one round. A survivor counts as alive to the cycle limit:
 * once it is alone the share is decided, so running on changes nothing.
 */
export function survivalShare(life: RoundLife, who: number, maxCycles: number): number {
  const n = life.cycles.length;
  const end = life.alive.map((a, i) => (a ? maxCycles : Math.min(life.cycles[i], maxCycles)));
  const times = [...new Set([0, ...end, maxCycles])].sort((a, b) => a - b);
  let share = 0;
  for (let k = 0; k + 1 < times.length; k++) {
    const from = times[k];
    const to = times[k + 1];
    if (end[who] <= from) break;
    let aliveCount = 0;
    for (let i = 0; i < n; i++) if (end[i] > from) aliveCount++;
    share += (to - from) / aliveCount;
  }
  return (share * n) / maxCycles;
}

/** Mean share over the rounds (the 20 fixed placements). */
export function meleeFitness(rounds: RoundLife[], who: number, maxCycles: number): number {
  if (rounds.length === 0) return 0;
  return rounds.reduce((s, r) => s + survivalShare(r, who, maxCycles), 0) / rounds.length;
}

/** Per opponent: rounds in which `who` outlived it, was outlived, or neither. */
export function meleeFeedback(rounds: RoundLife[], who: number, names: string[], maxCycles: number): BattleFeedback[] {
  const out: BattleFeedback[] = [];
  for (let j = 0; j < names.length; j++) {
    if (j === who) continue;
    const fb = { opponent: names[j], wins: 0, losses: 0, ties: 0 };
    for (const r of rounds) {
      const mine = r.alive[who] ? maxCycles : r.cycles[who];
      const theirs = r.alive[j] ? maxCycles : r.cycles[j];
      if (mine > theirs) fb.wins++;
      else if (mine < theirs) fb.losses++;
      else fb.ties++;
    }
    out.push(fb);
  }
  return out;
}

/** KOTH points per round against one opponent (3 per win, 1 per tie), scaled so 1.0 = an even 1.5. */
export function hillFitness(perOpponent: { wins: number; ties: number; rounds: number }[]): number {
  if (perOpponent.length === 0) return 0;
  const pts = perOpponent.reduce((s, o) => s + (3 * o.wins + o.ties) / o.rounds, 0) / perOpponent.length;
  return pts / 1.5;
}
