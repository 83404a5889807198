// A single match: two (or more) warriors, N rounds, one seed — pMARS's `-r N -F seed` run.
import type { Settings } from '../mars/settings.ts';
import type { Entrant, TournamentPlan } from './plan.ts';
import { withWarriors } from './plan.ts';

export function matchPlan(entrants: Entrant[], settings: Settings, rounds: number, seed: number): TournamentPlan {
  const s = withWarriors(settings, entrants.length, rounds);
  const players = entrants.map((_, i) => i);
  return { mode: 'match', settings: s, rounds, seed, players: entrants, ranked: players, battles: [{ players, seed }] };
}
