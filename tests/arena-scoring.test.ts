// Scoring against pMARS: every golden battle's result vectors fed to the arena's scoring give
// pMARS's printed scores, W/L/T and KOTH points agree with the 1v1 `Results:` line.
import { describe, expect, it } from 'vitest';
import { kothPoints, pmarsScore, pmarsScores, wltOf } from '../src/arena/scoring.ts';
import { standings } from '../src/arena/tally.ts';
import { BATTLE_SETS, battleCases } from './support/golden-warriors.ts';

describe('arena scoring vs pMARS golden scores', () => {
  for (const set of BATTLE_SETS) {
    it(`${set}: pMARS formula reproduces every case's scores`, () => {
      const cases = battleCases(set);
      expect(cases.length).toBeGreaterThan(0);
      for (const c of cases) {
        expect(pmarsScores(c.results), c.id).toEqual(c.scores);
      }
    });
  }

  it('melee cases (3 and 4 warriors) are covered and match', () => {
    const melee = BATTLE_SETS.flatMap((s) => battleCases(s)).filter((c) => c.warriors.length > 2);
    expect(melee.length).toBe(90);
    expect(new Set(melee.map((c) => c.warriors.length))).toEqual(new Set([3, 4]));
    for (const c of melee) {
      const n = c.warriors.length;
      c.results.forEach((v, k) => expect(pmarsScore(v, n), c.id).toBe(c.scores[k]));
    }
  });

  it('1v1: W/L/T from the result vectors equal pMARS Results, points = (3W + T) * 100 / rounds', () => {
    const duels = BATTLE_SETS.flatMap((s) => battleCases(s)).filter((c) => c.warriors.length === 2);
    expect(duels.length).toBeGreaterThan(2000);
    for (const c of duels) {
      const w = wltOf(c.results[0]);
      expect([w.wins, w.losses, w.ties], c.id).toEqual(c.wlt);
      const [W, , T] = c.wlt!;
      expect(kothPoints(c.scores[0], c.rounds), c.id).toBeCloseTo(((3 * W + T) * 100) / c.rounds, 10);
    }
  });

  it('a table sums a warrior over its battles and ranks by points', () => {
    const players = ['a', 'b', 'c'].map((name) => ({ name, author: 'x' }));
    // a beats b 3-1-1 (W-L-T of a over 5 rounds), c ties b 5 times, a and c split 2-2-1.
    const fought = [
      { players: [0, 1], results: [[3, 1, 1], [1, 1, 3]] },
      { players: [1, 2], results: [[0, 5, 0], [0, 5, 0]] },
      { players: [0, 2], results: [[2, 1, 2], [2, 1, 2]] },
    ];
    const t = standings(players, [0, 1, 2], fought, 5);
    expect(t.map((r) => r.name)).toEqual(['a', 'c', 'b']);
    expect(t[0]).toMatchObject({ wins: 5, losses: 3, ties: 2, score: 17, rounds: 10, battles: 2 });
    expect(t[0].points).toBeCloseTo(170, 10);
    expect(t[1]).toMatchObject({ wins: 2, losses: 2, ties: 6, score: 12 });
    expect(t[2]).toMatchObject({ wins: 1, losses: 3, ties: 6, score: 9 });
  });
});
