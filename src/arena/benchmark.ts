// Benchmark: each entrant (warrior 1) against every opponent of a fixed set. The seed depends only
// on the opponent, so every entrant meets an opponent on the same placements and scores compare.
import type { Settings } from '../mars/settings.ts';
import type { Entrant, PlannedBattle, TournamentPlan } from './plan.ts';
import { withWarriors } from './plan.ts';
import { deriveSeed } from './seeds.ts';

export function benchmarkPlan(entrants: Entrant[], opponents: Entrant[], settings: Settings, rounds: number, seed: number): TournamentPlan {
  const s = withWarriors(settings, 2, rounds);
  const seeds = opponents.map((_, j) => deriveSeed(s, seed, 'bench', j));
  const battles: PlannedBattle[] = [];
  entrants.forEach((_, i) => opponents.forEach((_, j) => battles.push({ players: [i, entrants.length + j], seed: seeds[j] })));
  return { mode: 'benchmark', settings: s, rounds, seed, players: [...entrants, ...opponents], ranked: entrants.map((_, i) => i), battles };
}
