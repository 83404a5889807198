// Deterministic pMARS `-F` seeds for the battles a caller plans, from a tournament seed and the
// battle's identity (pair indices, member ids). seedrandom keeps them the same on every platform.
import seedrandom from 'seedrandom';
import type { Settings } from '../mars/settings.ts';

const MAX_SEED = 2147483646; // Park–Miller works on [1, 2^31 - 2]

/**
 * A seed in (minDistance, 2^31 - 2]. pMARS subtracts minDistance before the Park–Miller stream, and
 * a stream starting at 0 would stay at 0 (every round the same placement), so that value is avoided.
 */
export function deriveSeed(settings: Settings, tournamentSeed: number | string, ...key: (number | string)[]): number {
  const rng = seedrandom(['redqueen', tournamentSeed, ...key].join(':'));
  const lo = settings.minDistance + 1;
  return lo + Math.floor(rng() * (MAX_SEED - lo + 1));
}
