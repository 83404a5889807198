// The simulator object and batch API beyond pMARS conformance: stepping, explicit placements,
// P-space across rounds and PIN sharing, and the observation side channel.
import { describe, expect, it } from 'vitest';
import { engineSource } from '../src/mars/engine-source.ts';
import { Mars, engineSpec } from '../src/mars/mars.ts';
import { runMatch, scoreResults } from '../src/mars/match.ts';
import { parseListingLine } from '../src/mars/listing.ts';
import { hillSettings, makeSettings } from '../src/mars/settings.ts';
import type { Warrior } from '../src/mars/insn.ts';
import { coverAllWords, warmUp } from '../src/mars/warmup.ts';
import { battleCases, goldenWarrior, setSettings } from './support/golden-warriors.ts';

function warrior(lines: string[], pin: number | null = null, start = 0): Warrior {
  return { name: 'w', author: 'a', start, pin, code: lines.map((l) => parseListingLine(l, 8000)) };
}
const imp = warrior(['MOV.I $0, $1']);
const dwarf = warrior(['ADD.AB #4, $3', 'MOV.I $2, @2', 'JMP.B $-2, $0', 'DAT.F #0, #0']);

describe('stepping API', () => {
  it('steps single turns, alternating warriors, and a cycle is one turn per live warrior', () => {
    const m = new Mars([imp, dwarf], hillSettings('94nop'), { placements: [[0, 4000]] });
    m.loadRound();
    expect(m.currentWarrior).toBe(0);
    expect(m.step()).toBe(1);
    expect(m.currentWarrior).toBe(1);
    expect(m.nextPc(0)).toBe(1);
    expect(m.stepCycle()).toBe(2);
    expect(m.roundInsns).toBe(3);
    expect(m.turnsLeft).toBe(2 * 80000 - 3);
  });
  it('runToEnd + finishRound equals runMatch, with the starting warrior rotating', () => {
    const c = battleCases('94nop').find((x) => x.rounds === 20)!;
    const ws = c.warriors.map((w) => goldenWarrior(w));
    const s = setSettings('94nop');
    const m = new Mars(ws, s, { seed: c.seed });
    for (let r = 0; r < c.rounds; r++) {
      m.loadRound();
      expect(m.currentWarrior).toBe(r % 2);
      while (!m.roundOver) m.step(997);
      m.finishRound();
    }
    expect(m.results).toEqual(c.results);
    expect(m.insns).toBe(c.insns);
  });
  it('accepts explicit placements as arrays or a function of the round', () => {
    const fixed = runMatch([imp, dwarf], hillSettings('94nop'), { placements: [[0, 100], [0, 4000]], rounds: 4 });
    const fn = runMatch([imp, dwarf], hillSettings('94nop'), { placements: (r) => [0, r % 2 === 1 ? 100 : 4000], rounds: 4 });
    expect(fn).toEqual(fixed);
    expect(fixed.results[0][2] + fixed.results[0][0] + fixed.results[0][1]).toBe(4);
  });
  it('requires a seed or placements', () => {
    expect(() => runMatch([imp, dwarf], hillSettings('94nop'), {})).toThrow(/seed/);
  });
  it('scores with floor((N*N-1)/k)', () => {
    expect(scoreResults([[1, 2, 3, 4], [0, 0, 0, 10], [5, 0, 0, 5]])).toEqual([8 + 8 + 6, 0, 40]);
  });
});

describe('P-space across rounds', () => {
  // Stores the last result (cell 0, read into the B-field) into cell 1 every round.
  const recorder = (pin: number | null) => warrior(['LDP.AB #0, $2', 'STP.B $1, #1', 'JMP.B $0, $0'], pin);
  it('cell 0 is coreSize-1, then the survivors count; the banks persist between rounds', () => {
    const m = new Mars([recorder(null), imp], makeSettings({ pSpaceSize: 16 }), { placements: [[0, 4000]] });
    m.playRound();
    expect(m.pspace(0, 1)).toBe(7999);
    expect(m.pspace(0, 0)).toBe(2);
    m.playRound();
    expect(m.pspace(0, 1)).toBe(2);
  });
  it('warriors with the same PIN share cells 1.. but not cell 0', () => {
    const m = new Mars([recorder(7), recorder(7)], makeSettings({ pSpaceSize: 16 }), { placements: [[0, 4000]] });
    m.loadRound();
    m.step(3);
    expect(m.pspace(1, 1)).toBe(7999);
    const n = new Mars([recorder(7), recorder(8)], makeSettings({ pSpaceSize: 16 }), { placements: [[0, 4000]] });
    n.loadRound();
    n.step(3);
    expect(n.pspace(1, 1)).toBe(0);
  });
});

describe('observation side channel', () => {
  it('is absent from the generated loop when off', () => {
    const off = engineSource(engineSpec(hillSettings('94nop'), 2, false));
    const on = engineSource(engineSpec(hillSettings('94nop'), 2, true));
    for (const name of ['ok[', 'ow[', 'spawned', 'visited', 'distinct', 'turns[']) {
      expect(off.includes(name)).toBe(false);
      expect(on.includes(name)).toBe(true);
    }
  });
  it('does not change results', () => {
    for (const c of battleCases('tiny').filter((x) => x.rounds === 20).slice(0, 5)) {
      const ws = c.warriors.map((w) => goldenWarrior(w));
      const s = setSettings('tiny', ws.length, c.rounds);
      const r = runMatch(ws, s, { seed: c.seed, rounds: c.rounds, observe: true });
      expect([r.results, r.insns]).toEqual([c.results, c.insns]);
      expect(r.stats!.cyclesAlive.reduce((a, b) => a + b, 0)).toBe(c.insns);
    }
  });
  it('records last access per cell and counts spawns, distinct addresses and cycles alive', () => {
    const spl = warrior(['SPL.B $0, $0', 'JMP.B $-1, $0']);
    const m = new Mars([spl, imp], hillSettings('94nop'), { placements: [[0, 4000]], observe: true });
    m.loadRound();
    m.step(10);
    const obs = m.engine.obs!;
    expect(obs.ok[4000]).toBe(3); // executed by the imp (marked over its read of itself)
    expect(obs.ok[4004]).toBe(3);
    expect(obs.ow[4001]).toBe(1);
    expect(obs.ok[4005]).toBe(2); // written by the imp's last move
    expect(obs.spawned[0]).toBeGreaterThan(0);
    expect(obs.distinct[0]).toBe(2);
    expect(obs.distinct[1]).toBe(5);
    expect(obs.turns[0] + obs.turns[1]).toBe(10);
    expect(m.processCount(0)).toBe(1 + obs.spawned[0]);
  });
});

describe('melee turn budget', () => {
  const nops = (k: number) => [...Array.from({ length: k }, () => 'NOP.F $0, $0'), 'DAT.F $0, $0'];
  it('a death shrinks the remaining budget: c - 1 - floor((c - 1) / L)', () => {
    // w2 dies on its 2nd turn (turn 6 of 3*10): the budget there is 25 and becomes 25 - 1 - 8 = 16,
    // then the turn's own decrement leaves 15 more turns.
    const r = runMatch([imp, imp, warrior(nops(1))], makeSettings({ maxCycles: 10, warriors: 3 }), { placements: [[0, 1000, 2000]], rounds: 1 });
    expect(r.insns).toBe(6 + 15);
    expect(r.results).toEqual([[0, 1, 0, 0], [0, 1, 0, 0], [0, 0, 0, 1]]);
  });
  it('a death on the last turn leaves pMARS running until one warrior is left', () => {
    // Budget 15: w2 dies on turn 15; pMARS then runs on until w0 executes its DAT (turn 26).
    const r = runMatch([warrior(nops(10)), imp, warrior(nops(4))], makeSettings({ maxCycles: 5, warriors: 3 }), { placements: [[0, 1000, 2000]], rounds: 1 });
    expect(r.results).toEqual([[0, 0, 0, 1], [1, 0, 0, 0], [0, 0, 0, 1]]);
    expect(r.insns).toBe(26);
  });
});

describe('JIT warm-up', () => {
  // Any operation of the execute loop first reached after V8 optimised it deoptimises the whole loop,
  // so the coverage phase must execute every instruction word, for every hill shape.
  it.each([['94nop', 2], ['tiny', 2], ['94', 4], ['lp', 2]] as const)('covers every instruction word on %s with %i warriors', (hill, n) => {
    const m = new Mars(Array.from({ length: n }, () => imp), hillSettings(hill), { seed: 1, profile: true });
    coverAllWords(m);
    const prof = m.engine.prof!;
    const missing: number[] = [];
    for (let op = 0; op < 19; op++) {
      for (let mod = 0; mod < 7; mod++) for (let modes = 0; modes < 64; modes++) if (prof[(op << 9) | (mod << 6) | modes] === 0) missing.push((op << 9) | (mod << 6) | modes);
    }
    expect(missing).toEqual([]);
  });
  it('leaves outcomes unchanged', () => {
    const c = battleCases('94nop').filter((x) => x.warriors.length === 2)[0];
    const ws = c.warriors.map((w) => goldenWarrior(w));
    const s = setSettings('94nop', ws.length, c.rounds);
    const before = runMatch(ws, s, { seed: c.seed, rounds: c.rounds });
    warmUp(s, { warriors: 2, maxMs: 200 });
    expect(runMatch(ws, s, { seed: c.seed, rounds: c.rounds })).toEqual(before);
  });
});
