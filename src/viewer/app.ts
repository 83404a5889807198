// The viewer's state and frame loop: which warriors and settings, the worker battle, run/pause/step,
// breakpoint and the pinned cell. Panels read it and call its methods; it tells them when to redraw.
import { hillSettings } from '../mars/index.ts';
import type { Settings } from '../mars/index.ts';
import { Decimator } from './chart.ts';
import { CoreMap } from './core-map.ts';
import { autoPx } from './layout.ts';
import { roundOutcome } from './outcome.ts';
import type { Snapshot } from './protocol.ts';
import { SimClient } from './sim-client.ts';
import { FpsMeter, stats } from './stats.ts';
import { makeEntry, reassemble } from './warriors.ts';
import type { Entry } from './warriors.ts';

/** Cycles per frame; 0 means as fast as possible. */
export type Speed = number;

/** Time the worker runs per request at full speed: about one frame. */
const FULL_SPEED_SLICE_MS = 14;

export class Viewer {
  preset = '94nop';
  settings: Settings = hillSettings('94nop');
  seed = 1;
  /** Pixels per cell; 0 picks the largest that fits. */
  px = 0;
  entries: Entry[] = [];
  speed: Speed = 10;
  autoNext = true;
  running = false;
  breakpoint = -1;
  pinned = -1;
  /** Names of the warriors in the current battle (fixed when it starts). */
  names: string[] = [];
  message = '';
  readonly procs = new Decimator<{ cycle: number; counts: number[] }>(300);
  readonly map = new CoreMap();
  readonly client = new SimClient();
  private readonly fps = new FpsMeter();
  private listeners: (() => void)[] = [];
  private tickers: (() => void)[] = [];
  private lastRound = -1;
  private seenHistory = -1;
  private lastTick = 0;
  private lastChange = 0;
  private mapParent: HTMLElement | null = null;

  async init(mapParent: HTMLElement): Promise<void> {
    this.mapParent = mapParent;
    await this.map.init(mapParent);
    stats.sharedMemory = this.client.sharedMemory;
    this.map.app.ticker.add(() => this.frame());
  }

  onChange(f: () => void): void {
    this.listeners.push(f);
  }

  /** Structure changed (warriors, settings, running state): panels rebuild. */
  changed(): void {
    for (const f of this.listeners) f();
  }

  /** A new snapshot arrived: counters and charts refresh. */
  onTick(f: () => void): void {
    this.tickers.push(f);
  }

  get snapshot(): Snapshot | null {
    return this.client.snapshot;
  }

  addWarrior(file: string, source: string): Entry {
    const e = makeEntry(file, source, this.settings);
    this.entries.push(e);
    this.changed();
    return e;
  }

  replaceWarrior(id: number, source: string): void {
    this.entries = this.entries.map((e) => (e.id === id ? { ...makeEntry(e.file, source, this.settings), id } : e));
    this.message = 'Edited: press "New battle" to fight with the new code.';
    this.changed();
  }

  removeWarrior(id: number): void {
    this.entries = this.entries.filter((e) => e.id !== id);
    this.changed();
  }

  setSettings(preset: string, settings: Settings): void {
    this.preset = preset;
    this.settings = settings;
    this.entries = this.entries.map((e) => reassemble(e, settings));
    this.changed();
  }

  /** Starts a new match with the warriors that assemble; needs at least two. */
  async newBattle(): Promise<boolean> {
    this.running = false;
    const ready = this.entries.filter((e) => e.result.ok && e.result.warrior);
    if (ready.length < 2) {
      this.message = 'Load at least two warriors that assemble.';
      this.changed();
      return false;
    }
    const settings = { ...this.settings, warriors: ready.length };
    this.names = ready.map((e) => e.result.name);
    stats.warriors = this.names.slice();
    const width = Math.max(160, (this.mapParent?.clientWidth ?? 800) - 2);
    const px = this.px > 0 ? this.px : autoPx(settings.coreSize, width, Math.max(240, Math.min(560, window.innerHeight - 300)));
    this.map.configure(settings.coreSize, ready.length, px, width);
    this.procs.reset();
    this.lastRound = -1;
    this.message = '';
    try {
      this.absorb(await this.client.setup(ready.map((e) => e.result.warrior!), settings, this.seed));
    } catch (e) {
      // Settings the MARS refuses (e.g. more warriors than fit the core) are reported, not thrown.
      this.message = `Cannot start this battle: ${e instanceof Error ? e.message : String(e)}`;
      this.changed();
      return false;
    }
    return true;
  }

  run(): void {
    if (!this.snapshot || this.snapshot.matchOver) return;
    this.running = true;
    this.message = '';
    this.changed();
    if (this.speed === 0) void this.pump();
  }

  pause(): void {
    this.running = false;
    this.changed();
  }

  async step(cycles: number): Promise<void> {
    this.running = false;
    const snap = await this.client.advance({ cycles, breakpoint: this.breakpoint, autoNext: this.autoNext });
    if (snap) this.absorb(snap);
  }

  async restartRound(): Promise<void> {
    this.running = false;
    const snap = await this.client.restartRound();
    if (snap) {
      this.procs.reset();
      this.absorb(snap);
    }
  }

  async nextRound(): Promise<void> {
    this.running = false;
    const snap = await this.client.nextRound();
    if (snap) {
      this.procs.reset();
      this.absorb(snap);
    }
  }

  /** Full speed: keep one request in flight all the time, independent of frames. */
  private async pump(): Promise<void> {
    while (this.running && this.speed === 0 && !this.client.busy) {
      const snap = await this.client.advance({ budgetMs: FULL_SPEED_SLICE_MS, breakpoint: this.breakpoint, autoNext: this.autoNext });
      if (!snap) return;
      this.absorb(snap);
    }
  }

  private frame(): void {
    const snap = this.snapshot;
    this.fps.tick(performance.now(), snap?.insns ?? 0);
    if (this.running && snap && !this.client.busy) {
      if (this.speed === 0) void this.pump();
      else void this.client.advance({ cycles: this.speed, breakpoint: this.breakpoint, autoNext: this.autoNext }).then((s) => s && this.absorb(s));
    }
    const views = this.client.views;
    if (views && snap) this.map.draw(views, snap.seq, { nextPc: snap.nextPc, pinned: this.pinned, breakpoint: this.breakpoint });
  }

  private absorb(snap: Snapshot): void {
    if (snap.round !== this.lastRound) {
      this.procs.reset();
      this.lastRound = snap.round;
    }
    this.procs.push({ cycle: snap.cycle, counts: snap.processCounts });
    const stop = snap.breakpointHit || snap.matchOver || (snap.roundOver && !this.autoNext);
    if (stop && this.running) this.running = false;
    if (snap.breakpointHit) this.message = `Breakpoint: a process is about to execute ${this.breakpoint}.`;
    const last = snap.history[snap.history.length - 1];
    Object.assign(stats, {
      cycles: snap.cycle, round: snap.round, insns: snap.insns, running: this.running, roundOver: snap.roundOver,
      matchOver: snap.matchOver, results: snap.results, history: snap.history,
      outcome: last ? `Round ${last.round}: ${roundOutcome(last, this.names)}` : '',
    });
    // DOM work is throttled: at full speed snapshots come faster than anyone can read them.
    const now = performance.now();
    if (stop || now - this.lastTick > 50) {
      this.lastTick = now;
      for (const f of this.tickers) f();
    }
    if (stop || (snap.history.length !== this.seenHistory && now - this.lastChange > 300)) {
      this.lastChange = now;
      this.seenHistory = snap.history.length;
      this.changed();
    }
  }
}
