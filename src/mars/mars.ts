// The simulator object: loads rounds, steps the engine, keeps pMARS's per-warrior results,
// P-space and the observation totals. The execute loop itself lives in the generated engine.
import { compileEngine } from './engine.ts';
import type { Engine, EngineSpec } from './engine.ts';
import { Mod, Mode, Op, packWord } from './insn.ts';
import type { Instruction, Warrior } from './insn.ts';
import { pmarsPlacement } from './placement.ts';
import type { PlacementFn } from './placement.ts';
import type { Settings } from './settings.ts';

/** Every cell holds this between rounds (pMARS's INITIALINST). */
export const EMPTY_WORD = packWord(Op.DAT, Mod.F, Mode.DIRECT, Mode.DIRECT);

export interface MarsOptions {
  /** pMARS `-F` seed: warrior 2's address in round 1, and the Park–Miller seed after that. */
  seed?: number;
  /** Load addresses per round (index round-1), or a function of the round; overrides `seed`. */
  placements?: number[][] | PlacementFn;
  /** Build the engine with the observation side channel. */
  observe?: boolean;
  /** Reuse one cached engine per configuration (for batch runs; not safe for two live simulators). */
  shared?: boolean;
  /** Count executions per instruction word in engine.prof (a profiling build). */
  profile?: boolean;
}

export interface RoundOutcome {
  round: number;
  positions: number[];
  alive: boolean[];
  survivors: number;
  insns: number;
}

/** Per-warrior counters summed over the rounds played (observation builds only). */
export interface WarriorStats {
  spawned: number[];
  distinctExecuted: number[];
  cyclesAlive: number[];
}

const engineCache = new Map<string, Engine>();

function specKey(s: EngineSpec): string {
  return [s.coreSize, s.maxProcesses, s.warriors, s.pSpaceSize, s.readLimit, s.writeLimit, s.observe ? 1 : 0, s.profile ? 1 : 0].join(',');
}

export function engineFor(spec: EngineSpec, shared: boolean): Engine {
  if (!shared) return compileEngine(spec);
  const key = specKey(spec);
  let e = engineCache.get(key);
  if (!e) {
    e = compileEngine(spec);
    engineCache.set(key, e);
  }
  return e;
}

export function engineSpec(settings: Settings, warriors: number, observe: boolean): EngineSpec {
  return {
    coreSize: settings.coreSize,
    maxProcesses: settings.maxProcesses,
    warriors,
    pSpaceSize: Math.max(1, settings.pSpaceSize),
    readLimit: settings.readLimit || settings.coreSize,
    writeLimit: settings.writeLimit || settings.coreSize,
    observe,
  };
}

export class Mars {
  readonly settings: Settings;
  readonly warriors: readonly Warrior[];
  readonly n: number;
  readonly engine: Engine;
  /** Rounds loaded so far (the current round's 1-based number). */
  round = 0;
  /** pMARS's vectors [c1..cN, d] per warrior. */
  readonly results: number[][];
  /** Instructions executed in all finished and current rounds. */
  insns = 0;
  /** Instructions executed in the current round. */
  roundInsns = 0;
  positions: number[] = [];
  readonly stats: WarriorStats;
  private readonly placement: PlacementFn;
  private finished = true;

  constructor(warriors: readonly Warrior[], settings: Settings, opts: MarsOptions = {}) {
    const n = warriors.length;
    if (n < 1) throw new Error('no warriors');
    if (n > 255) throw new Error('at most 255 warriors');
    this.settings = settings;
    this.warriors = warriors;
    this.n = n;
    this.engine = engineFor({ ...engineSpec(settings, n, !!opts.observe), profile: !!opts.profile }, !!opts.shared);
    this.results = warriors.map(() => new Array<number>(n + 1).fill(0));
    this.stats = { spawned: new Array(n).fill(0), distinctExecuted: new Array(n).fill(0), cyclesAlive: new Array(n).fill(0) };
    this.placement = makePlacement(opts, n, settings);
    this.initPSpace();
  }

  /** pMARS pspace_init: warriors declaring the same PIN share a bank; cell 0 starts at coreSize - 1. */
  private initPSpace(): void {
    const e = this.engine;
    const ps = e.spec.pSpaceSize;
    e.pspace.fill(0);
    const bankOfPin = new Map<number, number>();
    let banks = 0;
    this.warriors.forEach((w, i) => {
      let bank: number;
      if (w.pin === null || w.pin === undefined) bank = banks++;
      else if (bankOfPin.has(w.pin)) bank = bankOfPin.get(w.pin)!;
      else {
        bank = banks++;
        bankOfPin.set(w.pin, bank);
      }
      e.pbase[i] = bank * ps;
      e.lastResult[i] = this.settings.coreSize - 1;
    });
  }

  /** Resets the core and loads the next round's warriors; the starting warrior rotates per round. */
  loadRound(): void {
    if (!this.finished) this.finishRound();
    const e = this.engine;
    const C = this.settings.coreSize;
    const n = this.n;
    this.round++;
    const positions = this.placement(this.round).map((p) => ((p % C) + C) % C);
    if (positions.length !== n) throw new Error(`placement gave ${positions.length} addresses for ${n} warriors`);
    this.positions = positions;
    e.code.fill(EMPTY_WORD);
    e.fa.fill(0);
    e.fb.fill(0);
    const qs = e.qshift;
    for (let i = 0; i < n; i++) {
      const w = this.warriors[i];
      let addr = positions[i];
      for (const insn of w.code) {
        e.code[addr] = packWord(insn.opcode, insn.modifier, insn.aMode, insn.bMode);
        e.fa[addr] = insn.a;
        e.fb[addr] = insn.b;
        if (++addr === C) addr = 0;
      }
      e.queue[i << qs] = (((positions[i] + w.start) % C) + C) % C;
      e.head[i] = 0;
      e.tail[i] = 1;
      e.next[i] = i + 1 === n ? 0 : i + 1;
    }
    e.st[0] = (this.round - 1) % n;
    e.st[1] = n * this.settings.maxCycles;
    e.st[2] = n;
    e.st[3] = e.st[1] > 0 ? 0 : 1;
    if (e.obs) {
      e.obs.ok.fill(0);
      e.obs.visited.fill(0);
      e.obs.distinct.fill(0);
      e.obs.spawned.fill(0);
      e.obs.turns.fill(0);
    }
    this.roundInsns = 0;
    this.finished = false;
  }

  get roundOver(): boolean {
    return this.engine.st[3] !== 0;
  }

  /** Executes up to `count` single turns (one instruction of one warrior each); returns how many ran. */
  step(count = 1): number {
    if (this.finished) return 0;
    const done = this.engine.run(count);
    this.roundInsns += done;
    this.insns += done;
    return done;
  }

  /** One cycle: a turn for each warrior alive now. */
  stepCycle(): number {
    return this.step(this.engine.st[2]);
  }

  /** Runs the current round to its end (does not record it; see finishRound). */
  runToEnd(): void {
    while (!this.finished && !this.roundOver) this.step(0x3fffffff);
  }

  /** Records the round in the results and P-space cell 0 (pMARS: survivors get the number alive). */
  finishRound(): RoundOutcome {
    const e = this.engine;
    const n = this.n;
    const alive: boolean[] = [];
    let survivors = 0;
    for (let i = 0; i < n; i++) {
      const a = e.tail[i] - e.head[i] > 0;
      alive.push(a);
      if (a) survivors++;
    }
    if (!this.finished) {
      for (let i = 0; i < n; i++) {
        if (alive[i]) {
          this.results[i][survivors - 1]++;
          e.lastResult[i] = survivors;
        } else {
          this.results[i][n]++;
          e.lastResult[i] = 0;
        }
      }
      if (e.obs) {
        for (let i = 0; i < n; i++) {
          this.stats.spawned[i] += e.obs.spawned[i];
          this.stats.distinctExecuted[i] += e.obs.distinct[i];
          this.stats.cyclesAlive[i] += e.obs.turns[i];
        }
      }
      this.finished = true;
    }
    return { round: this.round, positions: this.positions, alive, survivors, insns: this.roundInsns };
  }

  /** Loads, runs and records one round. */
  playRound(): RoundOutcome {
    this.loadRound();
    this.runToEnd();
    return this.finishRound();
  }

  get currentWarrior(): number {
    return this.engine.st[0];
  }

  /** Turns left in this round's budget (pMARS's `cycle` counter). */
  get turnsLeft(): number {
    return this.engine.st[1];
  }

  get warriorsAlive(): number {
    return this.engine.st[2];
  }

  instruction(addr: number): Instruction {
    const e = this.engine;
    const C = this.settings.coreSize;
    const i = ((addr % C) + C) % C;
    const w = e.code[i];
    return { opcode: w >> 9, modifier: (w >> 6) & 7, aMode: (w >> 3) & 7, a: e.fa[i], bMode: w & 7, b: e.fb[i] };
  }

  processCount(w: number): number {
    return this.engine.tail[w] - this.engine.head[w];
  }

  /** Address the warrior's next process will execute (-1 when it has none). */
  nextPc(w: number): number {
    const e = this.engine;
    if (e.tail[w] === e.head[w]) return -1;
    return e.queue[(w << e.qshift) | (e.head[w] & ((1 << e.qshift) - 1))];
  }

  /** The warrior's process queue, next to run first. */
  processes(w: number): number[] {
    const e = this.engine;
    const mask = (1 << e.qshift) - 1;
    const out: number[] = [];
    for (let c = e.head[w]; c < e.tail[w]; c++) out.push(e.queue[(w << e.qshift) | (c & mask)]);
    return out;
  }

  /** P-space cell of a warrior as LDP would read it. */
  pspace(w: number, index: number): number {
    const e = this.engine;
    const i = index % e.spec.pSpaceSize;
    return i === 0 ? e.lastResult[w] : e.pspace[e.pbase[w] + i];
  }
}

function makePlacement(opts: MarsOptions, n: number, s: Settings): PlacementFn {
  const p = opts.placements;
  if (typeof p === 'function') return p;
  if (Array.isArray(p)) {
    return (round) => {
      const row = p[(round - 1) % p.length];
      return row;
    };
  }
  if (n === 1) return () => [0];
  if (opts.seed === undefined) throw new Error('a seed or explicit placements are required');
  return pmarsPlacement(n, s.coreSize, s.minDistance, opts.seed);
}
