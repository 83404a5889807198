// The statistics of the analysis, as pure functions on plain numbers (tested on hand-made cases).
import { kothPoints as pointsOfScore, type Wlt } from '../arena/scoring.ts';

export type { Wlt };

export const defeats = (r: Wlt): boolean => r.wins > r.losses;
export const defeatsOrTies = (r: Wlt): boolean => r.wins >= r.losses;

/** KOTH points of one pairing: (3·W + T) · 100 / rounds. */
export function kothPoints(r: Wlt): number {
  return pointsOfScore(3 * r.wins + r.ties, r.wins + r.losses + r.ties);
}

export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Population variance. */
export function variance(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const m = mean(xs);
  return xs.reduce((s, x) => s + (x - m) ** 2, 0) / xs.length;
}

export interface Fit {
  slope: number;
  intercept: number;
  r2: number;
  n: number;
}

/** Least-squares line through (x, y); R² = 1 − SSres/SStot (NaN when y is constant or n < 2). */
export function linearFit(x: readonly number[], y: readonly number[]): Fit {
  const n = Math.min(x.length, y.length);
  if (n < 2) return { slope: NaN, intercept: NaN, r2: NaN, n };
  const mx = mean(x.slice(0, n));
  const my = mean(y.slice(0, n));
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  const slope = sxx === 0 ? NaN : sxy / sxx;
  const intercept = my - slope * mx;
  let ssRes = 0;
  for (let i = 0; i < n; i++) ssRes += (y[i] - (intercept + slope * x[i])) ** 2;
  return { slope, intercept, r2: syy === 0 ? NaN : 1 - ssRes / syy, n };
}

/** beats[i][j]: warrior i wins more rounds than it loses against j (i ≠ j). */
export function beatsMatrix(results: readonly (readonly (Wlt | null)[])[]): boolean[][] {
  return results.map((row, i) => row.map((r, j) => i !== j && r !== null && defeats(r)));
}

/** Rock-paper-scissors triples: sets {a, b, c} in which a beats b, b beats c and c beats a. */
export function rpsTriples(beats: readonly (readonly boolean[])[]): [number, number, number][] {
  const n = beats.length;
  const out: [number, number, number][] = [];
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      for (let c = b + 1; c < n; c++) {
        const cycle1 = beats[a][b] && beats[b][c] && beats[c][a];
        const cycle2 = beats[a][c] && beats[c][b] && beats[b][a];
        if (cycle1) out.push([a, b, c]);
        else if (cycle2) out.push([a, c, b]);
      }
    }
  }
  return out;
}

/**
 * Spread of phenotypes across runs: the variance across runs of each phenotype component, averaged
 * over components. Phenotypes are vectors of equal length (scores against the reference warriors).
 */
export function phenotypeVariance(phenotypes: readonly (readonly number[])[]): number {
  if (phenotypes.length < 2) return NaN;
  const dim = phenotypes[0].length;
  let total = 0;
  for (let d = 0; d < dim; d++) total += variance(phenotypes.map((p) => p[d]));
  return total / dim;
}

/** Root-mean-square change per component between consecutive phenotypes of one run. */
export function phenotypeChange(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let d = 0; d < a.length; d++) s += (a[d] - b[d]) ** 2;
  return Math.sqrt(s / Math.max(1, a.length));
}
