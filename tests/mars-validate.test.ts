// pMARS's own sanity check: validate.red against itself ties every round under '94.
import { describe, expect, it } from 'vitest';
import { runMatch } from '../src/mars/match.ts';
import { hillSettings } from '../src/mars/settings.ts';
import { goldenWarrior } from './support/golden-warriors.ts';

describe('pmars-dist/validate.red', () => {
  for (const seed of [100, 4000, 7900]) {
    it(`ties itself 0 0 3 with -F ${seed}`, () => {
      const v = goldenWarrior('pmars-dist/validate.red');
      const r = runMatch([v, v], hillSettings('94'), { seed, rounds: 3 });
      expect(r.wlt).toEqual([0, 0, 3]);
      expect(r.results).toEqual([[0, 3, 0], [0, 3, 0]]);
    });
  }
});
