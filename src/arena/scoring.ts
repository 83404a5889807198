// Scores from pMARS result vectors [c1..cN, d] (ck = rounds survived with k warriors alive).
// pMARS: sum_k ck * floor((N*N - 1) / k), i.e. 3 per win and 1 per tie with two warriors.
// KOTH points: the same score per round scaled to 100 rounds, i.e. (3W + T) * 100 / rounds in 1v1.

export function pmarsScore(vector: readonly number[], n: number): number {
  let s = 0;
  for (let k = 1; k <= n; k++) s += vector[k - 1] * Math.floor((n * n - 1) / k);
  return s;
}

/** pMARS's scores for every warrior of one run. */
export function pmarsScores(results: readonly (readonly number[])[]): number[] {
  return results.map((v) => pmarsScore(v, results.length));
}

export interface Wlt {
  /** Rounds won outright (sole survivor). */
  wins: number;
  /** Rounds in which this warrior was killed. */
  losses: number;
  /** Rounds survived alongside others (a draw in 1v1). */
  ties: number;
}

export function wltOf(vector: readonly number[]): Wlt {
  const n = vector.length - 1;
  let ties = 0;
  for (let k = 2; k <= n; k++) ties += vector[k - 1];
  return { wins: vector[0], losses: vector[n], ties };
}

/** KOTH points: score per round times 100 (3·%W + %T in 1v1); 0 when no rounds were played. */
export function kothPoints(score: number, rounds: number): number {
  return rounds > 0 ? (score * 100) / rounds : 0;
}
