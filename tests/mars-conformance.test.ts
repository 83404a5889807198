// Every battle case of ../shared/golden/battles/<set>.jsonl (all sets, 2-warrior and melee):
// identical results vectors, scores, W/L/T and instruction counts to pMARS 0.9.4.
import { describe, expect, it } from 'vitest';
import { runMatch } from '../src/mars/match.ts';
import { BATTLE_SETS, battleCases, goldenWarrior, setSettings } from './support/golden-warriors.ts';

describe('golden battle cases', () => {
  const summary: string[] = [];
  for (const set of BATTLE_SETS) {
    it(`${set}: results, scores and instruction counts`, () => {
      const cases = battleCases(set);
      expect(cases.length).toBeGreaterThan(0);
      const misses: string[] = [];
      let insns = 0;
      for (const c of cases) {
        const settings = setSettings(c.set, c.warriors.length, c.rounds);
        const r = runMatch(c.warriors.map((w) => goldenWarrior(w)), settings, { seed: c.seed, rounds: c.rounds });
        insns += r.insns;
        const same = JSON.stringify([r.results, r.scores, r.insns, r.wlt ?? null]) ===
          JSON.stringify([c.results, c.scores, c.insns, c.wlt ?? null]);
        if (!same) misses.push(`${c.id}: got ${JSON.stringify(r.results)} ${r.insns}, want ${JSON.stringify(c.results)} ${c.insns}`);
      }
      const melee = cases.filter((c) => c.warriors.length > 2).length;
      summary.push(`${set}: ${cases.length - misses.length}/${cases.length} identical (${melee} melee), ${insns} instructions`);
      console.log(summary[summary.length - 1]);
      expect(misses).toEqual([]);
    }, 600_000);
  }
});
