// The 50-fight oracle at 100 rounds (benchmark A's workload): W/L/T and instruction counts.
import { describe, expect, it } from 'vitest';
import { checkFights } from './support/fights.ts';

describe('fights94nop.json, 100 rounds', () => {
  it('matches pMARS on all 50 fights', () => {
    const r = checkFights(100);
    console.log(`fights x100: ${r.checked - r.misses.length}/${r.checked} identical, ${r.insns} instructions`);
    expect(r.checked).toBe(50);
    expect(r.insns).toBe(401_923_828);
    expect(r.misses).toEqual([]);
  }, 900_000);
});
