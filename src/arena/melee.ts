// Melee: battles of `size` warriors at once. All entrants in one battle by default; smaller groups
// are every combination when there are few enough, else a seeded sample of groups.
import seedrandom from 'seedrandom';
import type { Settings } from '../mars/settings.ts';
import type { Entrant, PlannedBattle, TournamentPlan } from './plan.ts';
import { withWarriors } from './plan.ts';
import { deriveSeed } from './seeds.ts';

export interface MeleeOptions {
  /** Warriors per battle (default: all entrants). */
  size?: number;
  /** Most battles to play when groups are smaller than the field (default 1000). */
  maxBattles?: number;
}

function combinations(n: number, k: number, limit: number): number[][] | undefined {
  const out: number[][] = [];
  const pick: number[] = [];
  const rec = (from: number): boolean => {
    if (pick.length === k) {
      out.push(pick.slice());
      return out.length <= limit;
    }
    for (let i = from; i <= n - (k - pick.length); i++) {
      pick.push(i);
      if (!rec(i + 1)) return false;
      pick.pop();
    }
    return true;
  };
  return rec(0) ? out : undefined;
}

function sampledGroups(n: number, k: number, count: number, seed: number): number[][] {
  const rng = seedrandom(`redqueen:${seed}:melee-groups`);
  const groups: number[][] = [];
  for (let g = 0; g < count; g++) {
    const idx = Array.from({ length: n }, (_, i) => i);
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(rng() * (n - i));
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    groups.push(idx.slice(0, k).sort((a, b) => a - b));
  }
  return groups;
}

export function meleePlan(entrants: Entrant[], settings: Settings, rounds: number, seed: number, opts: MeleeOptions = {}): TournamentPlan {
  const n = entrants.length;
  const size = opts.size ?? n;
  if (size < 2 || size > n) throw new Error(`melee size ${size} must be between 2 and ${n}`);
  const limit = opts.maxBattles ?? 1000;
  const groups = combinations(n, size, limit) ?? sampledGroups(n, size, limit, seed);
  const s = withWarriors(settings, size, rounds);
  const battles: PlannedBattle[] = groups.map((g) => ({ players: g, seed: deriveSeed(s, seed, 'melee', ...g) }));
  return { mode: 'melee', settings: s, rounds, seed, players: entrants, ranked: entrants.map((_, i) => i), battles };
}
