// Round robin: every pair of entrants once, the lower index as warrior 1, with a seed fixed by the
// pair's indices and the tournament seed.
import type { Settings } from '../mars/settings.ts';
import type { Entrant, TournamentPlan } from './plan.ts';
import { withWarriors } from './plan.ts';
import { deriveSeed } from './seeds.ts';

export function roundRobinPlan(entrants: Entrant[], settings: Settings, rounds: number, seed: number): TournamentPlan {
  const s = withWarriors(settings, 2, rounds);
  const battles = [];
  for (let i = 0; i < entrants.length; i++) {
    for (let j = i + 1; j < entrants.length; j++) battles.push({ players: [i, j], seed: deriveSeed(s, seed, 'rr', i, j) });
  }
  return { mode: 'round-robin', settings: s, rounds, seed, players: entrants, ranked: entrants.map((_, i) => i), battles };
}
