// Every golden pMARS trace replayed step by step: same load addresses, same first warrior, and the
// same (warrior, pc) for every executed instruction.
import { describe, expect, it } from 'vitest';
import { compareTrace, traceCases } from './support/trace.ts';

describe('pMARS per-instruction traces', () => {
  const cases = traceCases();
  it('has trace cases', () => expect(cases.length).toBeGreaterThan(80));
  it('replays every trace without divergence', () => {
    let steps = 0;
    const misses: string[] = [];
    for (const tc of cases) {
      const r = compareTrace(tc);
      steps += r.steps;
      if (r.divergence) misses.push(`${tc.id} line ${r.divergence.line}: want '${r.divergence.expected}' got '${r.divergence.actual}'`);
      else expect(r.steps).toBe(tc.insns);
    }
    console.log(`traces: ${cases.length - misses.length}/${cases.length} identical, ${steps} steps compared`);
    expect(misses).toEqual([]);
  }, 600_000);
});
