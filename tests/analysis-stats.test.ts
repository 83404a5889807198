// The analysis statistics on small hand-made cases with known answers.
import { describe, expect, it } from 'vitest';
import { beatsMatrix, kothPoints, linearFit, phenotypeChange, phenotypeVariance, rpsTriples, type Wlt } from '../src/analysis/stats.ts';

const w = (wins: number, losses: number, ties: number): Wlt => ({ wins, losses, ties });

describe('analysis statistics', () => {
  it('scores KOTH points', () => {
    expect(kothPoints(w(100, 0, 0))).toBe(300);
    expect(kothPoints(w(0, 0, 100))).toBe(100);
    expect(kothPoints(w(50, 25, 25))).toBe(175);
  });

  it('fits a line with slope and R²', () => {
    const f = linearFit([1, 2, 3, 4], [2, 4, 6, 8]);
    expect(f.slope).toBeCloseTo(2);
    expect(f.intercept).toBeCloseTo(0);
    expect(f.r2).toBeCloseTo(1);
    const g = linearFit([1, 2, 3, 4], [1, 3, 2, 4]);
    expect(g.slope).toBeCloseTo(0.8);
    expect(g.r2).toBeCloseTo(0.64);
  });

  it('finds rock-paper-scissors triples', () => {
    // 0 beats 1, 1 beats 2, 2 beats 0 (a cycle); 3 beats everyone (no cycle through 3).
    const r: (Wlt | null)[][] = [
      [null, w(6, 4, 0), w(4, 6, 0), w(0, 10, 0)],
      [w(4, 6, 0), null, w(7, 3, 0), w(0, 10, 0)],
      [w(6, 4, 0), w(3, 7, 0), null, w(0, 10, 0)],
      [w(10, 0, 0), w(10, 0, 0), w(10, 0, 0), null],
    ];
    expect(rpsTriples(beatsMatrix(r))).toEqual([[0, 1, 2]]);
    // Reversed orientation is found too, ties are no wins.
    const t = beatsMatrix([[null, w(1, 5, 0), w(5, 1, 0)], [w(5, 1, 0), null, w(1, 5, 0)], [w(1, 5, 0), w(5, 1, 0), null]]);
    expect(rpsTriples(t)).toEqual([[0, 2, 1]]);
    expect(rpsTriples(beatsMatrix([[null, w(3, 3, 4)], [w(3, 3, 4), null]]))).toEqual([]);
  });

  it('measures phenotype spread and change', () => {
    expect(phenotypeVariance([[0, 10], [2, 10]])).toBeCloseTo(0.5); // variances 1 and 0
    expect(phenotypeVariance([[1, 2, 3], [1, 2, 3], [1, 2, 3]])).toBe(0);
    expect(phenotypeChange([0, 0], [3, 4])).toBeCloseTo(Math.sqrt(25 / 2));
  });
});
