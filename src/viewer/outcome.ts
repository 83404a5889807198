// Words for a finished round and for the match so far.
import type { RoundRecord } from './protocol.ts';

export function roundOutcome(r: RoundRecord, names: string[]): string {
  if (r.survivors === 0) return 'no survivors';
  if (r.survivors === names.length) return names.length === 2 ? 'tie' : 'all survive (tie)';
  const alive = names.filter((_, i) => r.alive[i]);
  return r.survivors === 1 ? `${alive[0]} wins` : `${alive.join(', ')} survive`;
}

/** Two warriors: "W/L/T" from warrior 1's side, as pMARS and the CLI count them. */
export function winLossTie(results: number[][]): [number, number, number] | null {
  if (results.length !== 2) return null;
  return [results[0][0], results[1][0], results[0][1]];
}

/** pMARS score: sum over k of c_k * floor((N*N - 1) / k). */
export function score(vector: number[], n: number): number {
  let s = 0;
  for (let k = 1; k <= n; k++) s += vector[k - 1] * Math.floor((n * n - 1) / k);
  return s;
}
