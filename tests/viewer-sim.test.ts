// The viewer's worker-side battle (src/viewer/sim.ts) in Node: same outcomes as runMatch, replayable
// rounds, breakpoints that stop before execution, and an activity buffer that marks what ran.
import { describe, expect, it } from 'vitest';
import { hillSettings, runMatch } from '../src/mars/index.ts';
import type { Settings, Warrior } from '../src/mars/index.ts';
import { assemble } from '../src/redcode/index.ts';
import { cellViews, EXEC } from '../src/viewer/protocol.ts';
import { Sim } from '../src/viewer/sim.ts';

// Small warriors of our own, so the test does not move when warriors/ changes.
const BOMBER = ';name bomber\nstep equ 4\nloop add.ab #step, bomb\n mov.i bomb, @bomb\n jmp loop\nbomb dat #0, #0\n';
const SPAWNER = ';name spawner\nstart spl 0\n mov.i -1, 13\n add.ab #7, -1\n djn.f start, #300\n';

function load(source: string, settings: Settings): Warrior {
  const r = assemble(source, { settings });
  if (!r.warrior) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.warrior;
}

const tiny = { ...hillSettings('tiny'), rounds: 4 };
const pair = [load(BOMBER, tiny), load(SPAWNER, tiny)];

function playAll(sim: Sim): void {
  for (let guard = 0; guard < 1000 && !sim.matchOver; guard++) sim.advance({ budgetMs: 50, autoNext: true });
}

describe('viewer Sim', () => {
  it('plays the same match as runMatch for the same seed', () => {
    for (const seed of [0, 77, 4242]) {
      const sim = new Sim({ warriors: pair, settings: tiny, seed });
      playAll(sim);
      const ref = runMatch(pair, tiny, { seed, rounds: tiny.rounds });
      const snap = sim.snapshot(false);
      expect(snap.results).toEqual(ref.results);
      expect(snap.insns).toBe(ref.insns);
      expect(snap.history.map((h) => h.round)).toEqual([1, 2, 3, 4]);
    }
  });

  it('cycle stepping and full speed agree', () => {
    const a = new Sim({ warriors: pair, settings: tiny, seed: 9 });
    while (!a.mars.roundOver) a.advance({ cycles: 37 });
    const b = new Sim({ warriors: pair, settings: tiny, seed: 9 });
    b.advance({ budgetMs: 1000 });
    expect(a.snapshot(false).results).toEqual(b.snapshot(false).results);
    expect(a.snapshot(false).cycle).toBe(b.snapshot(false).cycle);
  });

  it('restarting a round replays it and forgets its result', () => {
    const sim = new Sim({ warriors: pair, settings: tiny, seed: 5 });
    sim.advance({ budgetMs: 1000 });
    const first = sim.snapshot(false);
    sim.nextRound();
    sim.advance({ cycles: 10 });
    const mid = sim.snapshot(false);
    sim.restartRound();
    expect(sim.snapshot(false).cycle).toBe(0);
    expect(sim.snapshot(false).history).toEqual(first.history);
    sim.advance({ cycles: 10 });
    expect(sim.snapshot(false).nextPc).toEqual(mid.nextPc);
    sim.advance({ budgetMs: 1000 });
    playAll(sim);
    expect(sim.snapshot(false).results).toEqual(runMatch(pair, tiny, { seed: 5, rounds: 4 }).results);
  });

  it('stops before a process executes the breakpoint, then goes on past it', () => {
    const sim = new Sim({ warriors: pair, settings: tiny, seed: 3 });
    const start = sim.snapshot(false).nextPc[1];
    const bp = (start + 1) % tiny.coreSize;
    let snap = sim.snapshot(false);
    for (let i = 0; i < 100 && !snap.breakpointHit && !snap.roundOver; i++) snap = sim.advance({ cycles: 5, breakpoint: bp });
    expect(snap.breakpointHit).toBe(true);
    expect(snap.nextPc).toContain(bp);
    snap = sim.advance({ cycles: 1, breakpoint: bp });
    expect(snap.breakpointHit).toBe(false);
  });

  it('marks executed cells with the warrior that ran them', () => {
    const buf = new SharedArrayBuffer(tiny.coreSize * 6);
    const sim = new Sim({ warriors: pair, settings: tiny, seed: 11, cells: buf });
    const pc0 = sim.snapshot(false).nextPc[0];
    const snap = sim.advance({ cycles: 1 });
    const v = cellViews(buf, tiny.coreSize);
    expect(v.stamp[pc0] & 3).toBe(EXEC);
    expect(v.actor[pc0]).toBe(1);
    expect((v.stamp[pc0] >>> 2) + 1).toBe(snap.seq);
    expect(snap.cells).toBeUndefined();
    expect(sim.inspect(pc0).text).toMatch(/^[A-Z]{3}\.[A-Z]+ /);
  });
});
