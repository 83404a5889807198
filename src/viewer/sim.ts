// The battle as the viewer drives it: a Mars with observation on, stepped in slices, with the core
// activity folded into the cell buffer after each slice. Runs in the worker (and in Node for tests).
import { Mars, formatInstruction, pmarsPlacement } from '../mars/index.ts';
import type { PlacementFn } from '../mars/index.ts';
import { cellBytes, cellViews, WRITE } from './protocol.ts';
import type { AdvanceRequest, CellInfo, CellViews, RoundRecord, SimSetup, Snapshot } from './protocol.ts';

/** Turns run between clock checks at full speed. */
const SLICE = 4096;

export class Sim {
  readonly mars: Mars;
  readonly coreSize: number;
  private readonly buf: ArrayBufferLike;
  private readonly views: CellViews;
  private readonly shared: boolean;
  private readonly code: Uint16Array;
  private readonly fa: Uint32Array;
  private readonly fb: Uint32Array;
  private seq = 1;
  private history: RoundRecord[] = [];
  /** State at the start of the current round, so "restart round" can undo it. */
  private saved: { results: number[][]; lastResult: Int32Array; pspace: Int32Array; history: number } | null = null;
  /** Resume past a breakpoint we are standing on. */
  private skipBreak = false;

  constructor(setup: SimSetup) {
    const s = setup.settings;
    this.coreSize = s.coreSize;
    this.mars = new Mars(setup.warriors, s, { placements: memoPlacement(setup, s.coreSize, s.minDistance), observe: true });
    this.shared = !!setup.cells;
    this.buf = setup.cells ?? new ArrayBuffer(cellBytes(s.coreSize));
    this.views = cellViews(this.buf, s.coreSize);
    this.code = new Uint16Array(s.coreSize);
    this.fa = new Uint32Array(s.coreSize);
    this.fb = new Uint32Array(s.coreSize);
    this.loadRound();
  }

  private loadRound(): void {
    const m = this.mars;
    const e = m.engine;
    this.saved = { results: m.results.map((r) => r.slice()), lastResult: e.lastResult.slice(), pspace: e.pspace.slice(), history: this.history.length };
    m.loadRound();
    const { stamp, owner, actor } = this.views;
    stamp.fill(0);
    owner.fill(0);
    actor.fill(0);
    const C = this.coreSize;
    m.warriors.forEach((w, i) => {
      for (let k = 0; k < w.code.length; k++) owner[(m.positions[i] + k) % C] = i + 1;
    });
    this.code.set(e.code);
    this.fa.set(e.fa);
    this.fb.set(e.fb);
    this.skipBreak = false;
  }

  /** Folds the engine's last-access marks into the cell buffer; a changed cell belongs to its accessor. */
  private collect(): void {
    const e = this.mars.engine;
    const obs = e.obs!;
    const { ok, ow } = obs;
    const { stamp, owner, actor } = this.views;
    const code = this.code, fa = this.fa, fb = this.fb;
    const ec = e.code, ea = e.fa, eb = e.fb;
    const tag = this.seq << 2;
    for (let c = 0; c < this.coreSize; c++) {
      const k = ok[c];
      if (k === 0) continue;
      ok[c] = 0;
      const w = ow[c] + 1;
      stamp[c] = tag | k;
      actor[c] = w;
      if (k === WRITE || ec[c] !== code[c] || ea[c] !== fa[c] || eb[c] !== fb[c]) {
        owner[c] = w;
        code[c] = ec[c];
        fa[c] = ea[c];
        fb[c] = eb[c];
      }
    }
    this.seq++;
  }

  private finish(): void {
    const m = this.mars;
    const cycles = this.cycle;
    const out = m.finishRound();
    this.history.push({ round: out.round, alive: out.alive, survivors: out.survivors, cycles });
  }

  /** Cycles elapsed: pMARS keeps the turn budget at (cycles left) × (warriors alive). */
  get cycle(): number {
    const m = this.mars;
    return m.settings.maxCycles - Math.ceil(m.turnsLeft / Math.max(1, m.warriorsAlive));
  }

  get matchOver(): boolean {
    return this.mars.roundOver && this.mars.round >= this.mars.settings.rounds;
  }

  advance(req: AdvanceRequest): Snapshot {
    const m = this.mars;
    let hit = false;
    if (m.roundOver && req.autoNext && !this.matchOver) this.loadRound();
    if (!m.roundOver) {
      const bp = req.breakpoint ?? -1;
      if (bp >= 0) hit = this.runToBreak(req, bp);
      else if (req.budgetMs !== undefined) {
        const end = performance.now() + req.budgetMs;
        do m.step(SLICE);
        while (!m.roundOver && performance.now() < end);
      } else {
        for (let i = req.cycles ?? 1; i > 0 && !m.roundOver; i--) m.stepCycle();
      }
      this.collect();
      if (m.roundOver) this.finish();
    }
    return this.snapshot(hit, req.since ?? 0);
  }

  /** Turn by turn, stopping before the breakpoint executes. */
  private runToBreak(req: AdvanceRequest, bp: number): boolean {
    const m = this.mars;
    const end = req.budgetMs !== undefined ? performance.now() + req.budgetMs : Infinity;
    let turns = req.budgetMs !== undefined ? Infinity : (req.cycles ?? 1) * m.warriorsAlive;
    let n = 0;
    while (!m.roundOver && turns-- > 0) {
      if (this.nextOf(m.currentWarrior) === bp && !this.skipBreak) {
        this.skipBreak = true;
        return true;
      }
      this.skipBreak = false;
      m.step(1);
      if ((++n & 1023) === 0 && performance.now() > end) break;
    }
    return false;
  }

  private nextOf(w: number): number {
    const e = this.mars.engine;
    if (e.tail[w] <= e.head[w]) return -1;
    return e.queue[(w << e.qshift) | (e.head[w] & ((1 << e.qshift) - 1))];
  }

  restartRound(): Snapshot {
    const m = this.mars;
    const s = this.saved!;
    m.round--;
    this.loadRoundAgain(s);
    return this.snapshot(false);
  }

  private loadRoundAgain(s: NonNullable<Sim['saved']>): void {
    const m = this.mars;
    this.loadRound();
    m.results.forEach((r, i) => r.splice(0, r.length, ...s.results[i]));
    m.engine.lastResult.set(s.lastResult);
    m.engine.pspace.set(s.pspace);
    this.history.length = s.history;
    this.saved = s;
  }

  nextRound(): Snapshot {
    if (!this.mars.roundOver) this.finish();
    if (!this.matchOver) this.loadRound();
    return this.snapshot(false);
  }

  snapshot(hit: boolean, since = 0): Snapshot {
    const m = this.mars;
    const n = m.n;
    const counts: number[] = [];
    const next: number[] = [];
    for (let w = 0; w < n; w++) {
      counts.push(m.processCount(w));
      next.push(this.nextOf(w));
    }
    const snap: Snapshot = {
      round: m.round,
      rounds: m.settings.rounds,
      cycle: this.cycle,
      roundOver: m.roundOver,
      matchOver: this.matchOver,
      seq: this.seq,
      processCounts: counts,
      nextPc: next,
      breakpointHit: hit,
      insns: m.insns,
      history: this.history.slice(Math.min(since, this.history.length)),
      historyFrom: Math.min(since, this.history.length),
      results: m.results.map((r) => r.slice()),
    };
    if (!this.shared) snap.cells = (this.buf as ArrayBuffer).slice(0);
    return snap;
  }

  inspect(addr: number): CellInfo {
    const C = this.coreSize;
    const a = ((addr % C) + C) % C;
    const { stamp, owner, actor } = this.views;
    return { addr: a, text: formatInstruction(this.mars.instruction(a), C), owner: owner[a], actor: actor[a], kind: stamp[a] & 3 };
  }

  /** A warrior's process queue, next first (at most `limit`). */
  processes(w: number, limit = 64): number[] {
    return this.mars.processes(w).slice(0, limit);
  }
}

/** pMARS placement draws each round once, in order; remember them so a round can be replayed. */
function memoPlacement(setup: SimSetup, coreSize: number, minDistance: number): PlacementFn {
  const n = setup.warriors.length;
  const draw = n === 1 ? () => [0] : pmarsPlacement(n, coreSize, minDistance, setup.seed);
  const seen: number[][] = [];
  return (round) => {
    while (seen.length < round) seen.push(draw(seen.length + 1));
    return seen[round - 1];
  };
}
