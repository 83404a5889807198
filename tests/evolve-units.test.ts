// The pieces of the Red Queen loop on small hand-made cases with known answers.
import { describe, expect, it } from 'vitest';
import { Archive, cellOf } from '../src/evolve/archive.ts';
import { meleeFeedback, survivalShare } from '../src/evolve/fitness.ts';
import { randomPlacements } from '../src/evolve/placements.ts';
import { extractRedcode } from '../src/evolve/proposers/extract.ts';
import { MutateProposer } from '../src/evolve/proposers/mutate.ts';
import { hillSettings } from '../src/mars/settings.ts';
import { assemble } from '../src/redcode/index.ts';

describe('MAP-Elites archive', () => {
  it('bins processes spawned and addresses executed on the paper grid', () => {
    expect(cellOf({ spawned: 0, executed: 9 })).toBe(0);
    expect(cellOf({ spawned: 1, executed: 10 })).toBe(6 + 1);
    expect(cellOf({ spawned: 99, executed: 499 })).toBe(2 * 6 + 2);
    expect(cellOf({ spawned: 10000, executed: 4000 })).toBe(35);
  });

  it('replaces an elite only with strictly higher fitness', () => {
    const a = new Archive<string>();
    expect(a.insert('x', 1, { spawned: 0, executed: 0 }).placement).toBe('new-cell');
    expect(a.insert('y', 1, { spawned: 0, executed: 5 }).placement).toBe('rejected');
    expect(a.insert('z', 1.5, { spawned: 0, executed: 5 }).placement).toBe('replaced');
    expect(a.insert('w', 0.1, { spawned: 50, executed: 50 }).placement).toBe('new-cell');
    expect(a.size).toBe(2);
    expect(a.best()?.item).toBe('z');
    expect(a.coverage).toBeCloseTo(2 / 36);
  });

  it('samples uniformly over occupied cells', () => {
    const a = new Archive<number>();
    for (let i = 0; i < 4; i++) a.insert(i, i, { spawned: 10 ** i, executed: 0 });
    let k = 0;
    const counts = [0, 0, 0, 0];
    for (let n = 0; n < 4000; n++) counts[a.sample(() => ((k++ * 0.618034) % 1))!.item]++;
    for (const c of counts) expect(c).toBeGreaterThan(800);
  });
});

describe('survival share', () => {
  it('is 1.0 for everyone when all live to the end', () => {
    const life = { cycles: [100, 100, 100], alive: [true, true, true] };
    for (let i = 0; i < 3; i++) expect(survivalShare(life, i, 100)).toBeCloseTo(1);
  });

  it('integrates alive_i / alive_total over time', () => {
    // Warrior 2 dies at cycle 50; 0 and 1 share the rest. Warrior 0: 50/3 + 50/2 = 41.67 of 100, × 3.
    const life = { cycles: [100, 100, 50], alive: [true, true, false] };
    expect(survivalShare(life, 0, 100)).toBeCloseTo(3 * (50 / 3 + 50 / 2) / 100);
    expect(survivalShare(life, 2, 100)).toBeCloseTo(3 * (50 / 3) / 100);
    const total = [0, 1, 2].reduce((s, i) => s + survivalShare(life, i, 100), 0);
    expect(total).toBeCloseTo(3);
  });

  it('gives a sole survivor the whole rest of the round', () => {
    const life = { cycles: [10, 10], alive: [true, false] };
    expect(survivalShare(life, 0, 100)).toBeCloseTo(2 * (10 / 2 + 90) / 100);
  });

  it('counts rounds won, lost and even against each opponent', () => {
    const rounds = [
      { cycles: [100, 40, 100], alive: [true, false, true] },
      { cycles: [30, 60, 100], alive: [false, false, true] },
    ];
    expect(meleeFeedback(rounds, 0, ['me', 'a', 'b'], 100)).toEqual([
      { opponent: 'a', wins: 1, losses: 1, ties: 0 },
      { opponent: 'b', wins: 0, losses: 1, ties: 1 },
    ]);
  });
});

describe('placements', () => {
  it('keeps every pair at least the minimum distance apart around the core', () => {
    const rows = randomPlacements(50, 12, 8000, 100, 'test');
    for (const row of rows) {
      expect(row[0]).toBe(0);
      for (let i = 0; i < row.length; i++) for (let j = i + 1; j < row.length; j++) {
        const d = Math.abs(row[i] - row[j]);
        expect(Math.min(d, 8000 - d)).toBeGreaterThanOrEqual(100);
      }
    }
    expect(randomPlacements(3, 4, 8000, 100, 'x')).toEqual(randomPlacements(3, 4, 8000, 100, 'x'));
  });
});

describe('extracting Redcode from a reply', () => {
  it('prefers a tagged fenced block', () => {
    const reply = 'Here:\n```\nsome text\n```\n```redcode\n;name X\nmov 0, 1\n```\nDone.';
    expect(extractRedcode(reply)).toBe(';name X\nmov 0, 1\n');
  });

  it('takes bare Redcode from ;redcode on, and gives up on prose', () => {
    expect(extractRedcode('Sure!\n;redcode-94\nmov.i $0, $1\n')).toBe(';redcode-94\nmov.i $0, $1\n');
    expect(extractRedcode('I cannot help with that.')).toBeNull();
  });
});

describe('the embedded mutator', () => {
  const settings = hillSettings('94nop');
  const parentSrc = ';name P\nbomb dat #0, #0\nloop add #4, bomb\nmov bomb, @bomb\njmp loop\nend loop';
  const parent = { name: 'P', source: parentSrc, warrior: assemble(parentSrc, { settings }).warrior! };
  const proposer = new MutateProposer({ settings, templates: [parent] });

  it('is deterministic for a seed and always gives a warrior that assembles', async () => {
    for (let i = 0; i < 300; i++) {
      const req = { task: 'mutate' as const, round: 1, iteration: i, seed: `s${i}`, parent, parentFitness: 1, opponents: [] };
      const a = await proposer.propose(req);
      expect((await proposer.propose(req)).source).toBe(a.source);
      const r = assemble(a.source, { settings });
      expect(r.ok).toBe(true);
      expect(r.warrior!.code.length).toBeLessThanOrEqual(100);
      expect(r.warrior!.start).toBeLessThan(r.warrior!.code.length);
    }
  });

  it('retunes a template coherently: a redrawn constant changes every line that uses it', async () => {
    const src = ';redcode-94\n;name Stone\n;author us\nSTEP equ 3365 ; mod 5\nTWICE equ 2*STEP\nbomb dat #0, #STEP\nloop add #STEP, bomb\nmov bomb, @bomb\njmp loop\nend loop\n';
    const stone = { name: 'Stone', source: src, warrior: assemble(src, { settings }).warrior! };
    const tuner = new MutateProposer({ settings, templates: [stone] });
    let retuned = 0;
    for (let i = 0; i < 60; i++) {
      const p = await tuner.propose({ task: 'new', round: 2, iteration: i, seed: `t${i}`, opponents: [] });
      expect(p.how).not.toContain('TWICE'); // a derived constant follows STEP, it is not redrawn
      if (!p.how.includes('retune STEP')) continue;
      retuned++;
      const w = assemble(p.source, { settings }).warrior!;
      expect(w.name).toBe(`rq-r2s${i}`);
      expect(w.code[1].a).toBe(w.code[0].b); // both uses of STEP moved together
      expect(w.code[0].b).not.toBe(3365);
      // Its descendants keep the named constant, so they can be retuned again.
      const child = await tuner.propose({ task: 'mutate', round: 2, iteration: 100 + i, seed: `c${i}`, parent: { name: w.name, source: p.source, warrior: w }, parentFitness: 1, opponents: [] });
      expect(assemble(child.source, { settings }).ok).toBe(true);
    }
    expect(retuned).toBeGreaterThan(10);
  });
});
