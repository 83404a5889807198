// The 50-fight oracle at 1000 rounds (~4e9 instructions in all), half 2 of 2 so that
// vitest runs the halves in parallel workers.
import { describe, expect, it } from 'vitest';
import { checkFights } from './support/fights.ts';

describe('fights94nop.json, 1000 rounds, half 2', () => {
  it('matches pMARS', () => {
    const r = checkFights(1000, { index: 1, of: 2 });
    console.log(`fights x1000 half 2: ${r.checked - r.misses.length}/${r.checked} identical, ${r.insns} instructions`);
    expect(r.checked).toBe(25);
    expect(r.misses).toEqual([]);
  }, 1_800_000);
});
