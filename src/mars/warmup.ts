// JIT warm-up for a generated execute loop. V8 optimises the loop on the type feedback gathered while
// it ran unoptimised; an operation first reached after optimisation ("insufficient type feedback")
// deoptimises the whole loop, and recompiling it costs 0.2–1.5 s of compiler time. A fresh worker that
// meets these branches one by one in real battles spends seconds in slow code and keeps a compiler
// thread busy, which is what makes two workers on two cores slower than two processes.
//
// So before real work:
// 1. coverage: every instruction word (opcode × modifier × A-mode × B-mode) is executed with its
//    fields at 0, 1, C−1 and mixed (every wrap-around, zero divisor and jump outcome), then with
//    random fields; some rounds kill a warrior (the death paths) or fill the process queue (SPL with
//    no room). All of it runs in short slices, so V8 optimises the function itself and not an
//    on-stack-replacement copy, which would be compiled a second time.
// 2. settle: imps run in short slices, with short sleeps that leave the core to the compiler thread,
//    until optimised code shows as a jump in speed (or `maxMs` passes); their rounds end on the cycle
//    limit, as ties do. Then coverage runs again: if V8 started compiling before coverage was
//    complete, the deoptimisation happens here and not in the first real battles.
// Outcomes never depend on any of this: every round starts from a freshly cleared core.
import type { Warrior } from './insn.ts';
import { Mars } from './mars.ts';
import { parkMiller } from './rng.ts';
import type { Settings } from './settings.ts';

/** Field values with the edges of the core well represented. */
function randomField(rand: () => number, C: number): number {
  const r = rand();
  if (r < 0.1) return 0;
  if (r < 0.2) return 1;
  if (r < 0.35) return C - 1;
  if (r < 0.5) return Math.floor(rand() * 8);
  if (r < 0.6) return C - 1 - Math.floor(rand() * 8);
  return Math.floor(rand() * C);
}

const OPCODE_COUNT = 19;
const MODIFIER_COUNT = 7;
const MOV_I_IMP = (1 << 9) | (6 << 6) | (1 << 3) | 1; // MOV.I $0, $1
const JMP_SELF = (7 << 9) | (1 << 6) | (1 << 3) | 1; // JMP.B $0, $0
const SLICE = 500;

/** Cells (word, A field, B field) that together reach every operation of the loop; the random fields
 * come from pMARS's generator with a fixed seed, so the warm-up never depends on global randomness. */
function coverageCells(C: number): Int32Array[] {
  let seed = 12345;
  const rand = () => (seed = parkMiller(seed)) / 2147483647;
  const words: number[] = [];
  for (let op = 0; op < OPCODE_COUNT; op++) {
    for (let mod = 0; mod < MODIFIER_COUNT; mod++) {
      for (let modes = 0; modes < 64; modes++) words.push((op << 9) | (mod << 6) | modes);
    }
  }
  const fixed: Array<[number, number]> = [[0, 0], [C - 1, C - 1], [0, C - 1], [C - 1, 0], [1, 1]];
  const randomPasses = 4;
  const cells: Int32Array[] = [];
  for (const [a, b] of fixed) for (const w of words) cells.push(Int32Array.of(w, a, b));
  for (let p = 0; p < randomPasses; p++) for (const w of words) cells.push(Int32Array.of(w, randomField(rand, C), randomField(rand, C)));
  return cells;
}

function runRound(mars: Mars): number {
  let done = 0;
  while (!mars.roundOver) done += mars.step(SLICE);
  mars.finishRound();
  return done;
}

/** Sleeps without spinning where the platform allows it (Node threads, browser workers). */
function makePause(): (ms: number) => void {
  if (typeof SharedArrayBuffer === 'undefined') return () => {};
  const cell = new Int32Array(new SharedArrayBuffer(4));
  let canWait = true;
  return (ms) => {
    if (!canWait) return;
    try {
      Atomics.wait(cell, 0, 0, ms);
    } catch {
      canWait = false; // a browser's main thread may not block
    }
  };
}

export interface WarmUpOptions {
  warriors?: number;
  observe?: boolean;
  /** Longest wait for optimised code, in milliseconds (default 4000). */
  maxMs?: number;
}

export interface WarmUpReport {
  instructions: number;
  milliseconds: number;
  /** Whether optimised code was seen before maxMs ran out. */
  settled: boolean;
}

/** Runs the coverage phase on any Mars (tests use a profiling one); returns instructions executed. */
export function coverAllWords(mars: Mars): number {
  return cover(mars, coverageCells(mars.settings.coreSize));
}

/** Writes `count` listed cells, from list index `from` on, into the core from address `at` on. */
function loadCells(mars: Mars, cells: Int32Array[], from: number, at: number, count: number): void {
  const e = mars.engine;
  for (let i = 0; i < count; i++) {
    const cell = cells[(from + i) % cells.length];
    e.code[at + i] = cell[0];
    e.fa[at + i] = cell[1];
    e.fb[at + i] = cell[2];
  }
}

/** Every listed cell becomes the first instruction of one process. A round loads a window of the list
 * into the core, then starts batches of processes on its cells, as many at a time as the process limit
 * allows. Each warrior also keeps a process on a `JMP $0` in the last cell, so that DATs do not end
 * the round before its window is done. */
function cover(mars: Mars, cells: Int32Array[]): number {
  const e = mars.engine;
  const { coreSize: C, maxProcesses } = mars.settings;
  const n = mars.warriors.length;
  const keeper = maxProcesses >= 2 ? 1 : 0;
  const window = C - keeper;
  const perWarrior = Math.min(maxProcesses, Math.floor(window / n)) - keeper;
  const batch = n * perWarrior;
  let insns = 0;
  for (let k = 0, round = 0; k < cells.length; round++) {
    mars.loadRound();
    loadCells(mars, cells, k, 0, window);
    if (keeper) e.code[C - 1] = JMP_SELF;
    e.st[1] = 0x3fffffff;
    for (let b = 0; b + batch <= window && !mars.roundOver; b += batch, k += batch) {
      // Earlier batches may have written over these cells: load them again.
      if (b > 0) loadCells(mars, cells, k, b, batch);
      // Every third round the queues are full: SPL with no room.
      const count = round % 3 === 2 ? maxProcesses - keeper : perWarrior;
      for (let w = 0; w < n; w++) {
        const q = w << e.qshift;
        if (keeper) e.queue[q] = C - 1;
        for (let j = 0; j < count; j++) e.queue[q | (j + keeper)] = (b + w * perWarrior + j) % window;
        e.head[w] = 0;
        e.tail[w] = count + keeper;
      }
      for (let turns = 0; turns < 3 * (count + keeper) * n && !mars.roundOver; turns += SLICE) insns += mars.step(SLICE);
    }
    mars.finishRound();
    if (round % 4 === 3) {
      // Warriors of one DAT each: the death paths, and with a budget of one turn pMARS's
      // death-on-the-last-turn case.
      mars.loadRound();
      insns += runRound(mars);
      mars.loadRound();
      e.st[1] = 1;
      insns += runRound(mars);
    }
  }
  return insns;
}

interface Settling {
  insns: number;
  /** Imp instructions per millisecond in the last slice. */
  rate: number;
  /** Slices run: 1 means the code was already optimised. */
  slices: number;
  settled: boolean;
}

/** Runs imps in short slices until they run at optimised speed or the deadline passes. Unoptimised
 * imps run at a few million per second, optimised ones at tens of millions. */
function settle(mars: Mars, deadline: number, pause: (ms: number) => void, optimisedRate: number): Settling {
  const e = mars.engine;
  let first = 0;
  let insns = 0;
  for (let slices = 1; ; slices++) {
    mars.loadRound();
    e.code.fill(MOV_I_IMP);
    e.fa.fill(0);
    e.fb.fill(1);
    e.st[1] = 5 * SLICE - 7; // the round ends on its cycle limit, as ties do
    const t = performance.now();
    let done = 0;
    for (let s = 0; s < 5 && !mars.roundOver; s++) done += mars.step(SLICE);
    mars.finishRound();
    insns += done;
    const rate = done / Math.max(performance.now() - t, 0.001);
    if (first === 0) first = rate;
    const fast = rate >= 8 * first || rate >= 20_000 || (optimisedRate > 0 && rate >= optimisedRate / 2);
    if (fast || performance.now() >= deadline) return { insns, rate, slices, settled: fast };
    pause(10);
  }
}

/** Warms the shared engine that runMatch uses for these settings, warrior count and observation. */
export function warmUp(settings: Settings, opts: WarmUpOptions = {}): WarmUpReport {
  const t0 = performance.now();
  const deadline = t0 + (opts.maxMs ?? 4000);
  const n = opts.warriors ?? 2;
  const C = settings.coreSize;
  const dummy: Warrior = { name: 'warmup', author: 'redqueen', start: 0, pin: null, code: [{ opcode: 0, modifier: 0, aMode: 0, a: 0, bMode: 0, b: 0 }] };
  const mars = new Mars(Array.from({ length: n }, () => dummy), settings, {
    shared: true,
    observe: opts.observe,
    placements: () => Array.from({ length: n }, (_, i) => Math.floor((i * C) / n)),
  });
  const cells = coverageCells(C);
  const pause = makePause();
  let insns = cover(mars, cells);
  let s = settle(mars, deadline, pause, 0);
  insns += s.insns;
  // V8 may have started compiling before coverage was complete; such code deoptimises on the first
  // operation it has no feedback for. Cover again until optimised code survives a whole pass.
  for (let pass = 0; pass < 3 && s.settled; pass++) {
    insns += cover(mars, cells);
    const again = settle(mars, deadline, pause, s.rate);
    insns += again.insns;
    if (again.slices === 1 && again.settled) break;
    s = again;
  }
  return { instructions: insns, milliseconds: performance.now() - t0, settled: s.settled };
}
