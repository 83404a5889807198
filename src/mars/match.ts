// Batch API: a whole pMARS run (N rounds) on a cached engine, with pMARS's result vectors and scores.
import type { Warrior } from './insn.ts';
import { Mars } from './mars.ts';
import type { MarsOptions, WarriorStats } from './mars.ts';
import type { Settings } from './settings.ts';

export interface MatchOptions extends Omit<MarsOptions, 'shared'> {
  rounds?: number;
}

export interface MatchResult {
  /** Per warrior: [c1..cN, d] (ck = rounds survived with k alive, d = rounds killed). */
  results: number[][];
  /** sum_k ck * floor((N*N - 1) / k). */
  scores: number[];
  /** Instructions executed over all rounds and warriors. */
  insns: number;
  /** Two warriors only: warrior 1's wins, losses, ties. */
  wlt?: [number, number, number];
  /** Observation counters, when run with `observe`. */
  stats?: WarriorStats;
  /** Executions per instruction word, cumulative for the shared profiling engine (with `profile`). */
  profile?: Float64Array;
}

export function scoreResults(results: number[][]): number[] {
  const n = results.length;
  return results.map((v) => {
    let s = 0;
    for (let k = 1; k <= n; k++) s += v[k - 1] * Math.floor((n * n - 1) / k);
    return s;
  });
}

export function runMatch(warriors: readonly Warrior[], settings: Settings, opts: MatchOptions = {}): MatchResult {
  const mars = new Mars(warriors, settings, { ...opts, shared: true });
  const rounds = opts.rounds ?? settings.rounds;
  for (let r = 0; r < rounds; r++) {
    mars.loadRound();
    mars.runToEnd();
    mars.finishRound();
  }
  const results = mars.results.map((v) => v.slice());
  const out: MatchResult = { results, scores: scoreResults(results), insns: mars.insns };
  if (warriors.length === 2) out.wlt = [results[0][0], results[1][0], results[0][1]];
  if (opts.observe) out.stats = mars.stats;
  if (opts.profile) out.profile = mars.engine.prof;
  return out;
}
