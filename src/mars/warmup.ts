// JIT warm-up. V8 optimises the execute loop on the type feedback it has seen; any branch first taken
// after optimisation deoptimises it (and recompiling the big loop takes ~1 s). So before timing, run
// the shared engine over a core filled with random instructions and random field values: every
// (A-mode, B-mode) case, every opcode/modifier case and their wrap-around, zero-divisor and death
// branches get taken.
import type { Instruction, Warrior } from './insn.ts';
import { Mars } from './mars.ts';
import type { Settings } from './settings.ts';

/** A small deterministic generator (mulberry32); warm-up must not depend on global randomness. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Field values with the edge cases (0, 1, -1) well represented. */
function randomField(rand: () => number, C: number): number {
  const r = rand();
  if (r < 0.1) return 0;
  if (r < 0.15) return 1;
  if (r < 0.2) return C - 1;
  if (r < 0.6) return Math.floor(rand() * 16);
  return Math.floor(rand() * C);
}

export function randomInstruction(rand: () => number, C: number): Instruction {
  return {
    opcode: Math.floor(rand() * 19),
    modifier: Math.floor(rand() * 7),
    aMode: Math.floor(rand() * 8),
    a: randomField(rand, C),
    bMode: Math.floor(rand() * 8),
    b: randomField(rand, C),
  };
}

export function randomWarrior(settings: Settings, rand: () => number, length = Math.min(20, settings.maxLength)): Warrior {
  const code: Instruction[] = [];
  for (let i = 0; i < length; i++) code.push(randomInstruction(rand, settings.coreSize));
  return { name: 'warmup', author: 'redqueen', start: Math.floor(rand() * length), pin: null, code };
}

export interface WarmUpOptions {
  /** Instructions to execute (default 20 million). */
  instructions?: number;
  warriors?: number;
  observe?: boolean;
  seed?: number;
}

/** Warms the shared engine used by runMatch for these settings and warrior count. */
export function warmUp(settings: Settings, opts: WarmUpOptions = {}): number {
  const rand = mulberry32(opts.seed ?? 12345);
  const n = opts.warriors ?? 2;
  const C = settings.coreSize;
  const budget = opts.instructions ?? 20e6;
  const ws = Array.from({ length: n }, () => randomWarrior(settings, rand));
  const mars = new Mars(ws, settings, {
    shared: true,
    observe: opts.observe,
    placements: () => ws.map(() => Math.floor(rand() * C)),
  });
  const e = mars.engine;
  let insns = 0;
  for (let round = 0; insns < budget; round++) {
    mars.loadRound();
    // Cells drawn from a pool: small pools repeat instructions, so comparisons also come out equal.
    const pool = Array.from({ length: round % 2 === 0 ? 24 : 4000 }, () => randomInstruction(rand, C));
    for (let i = 0; i < C; i++) {
      const insn = pool[Math.floor(rand() * pool.length)];
      e.code[i] = (insn.opcode << 9) | (insn.modifier << 6) | (insn.aMode << 3) | insn.bMode;
      e.fa[i] = insn.a;
      e.fb[i] = insn.b;
    }
    // Processes at random addresses (few, so warriors die too); some rounds get a short budget so
    // that it runs out.
    const qs = e.qshift;
    const procs = Math.min(settings.maxProcesses, round % 8 === 7 ? 1 : 64);
    for (let w = 0; w < n; w++) {
      for (let k = 0; k < procs; k++) e.queue[(w << qs) | k] = Math.floor(rand() * C);
      e.head[w] = 0;
      e.tail[w] = procs;
    }
    if (round % 4 === 3) e.st[1] = 1000 + Math.floor(rand() * 1000);
    mars.runToEnd();
    insns += mars.finishRound().insns;
  }
  return insns;
}
