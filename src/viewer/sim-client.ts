// The page's side of the worker: shares the cell buffer when cross-origin isolated (else takes the
// copies that come with snapshots) and keeps at most one request in flight.
import { releaseProxy, wrap } from 'comlink';
import type { Remote } from 'comlink';
import type { Settings, Warrior } from '../mars/index.ts';
import { cellBytes, cellViews } from './protocol.ts';
import type { AdvanceRequest, CellInfo, CellViews, Snapshot } from './protocol.ts';
import type { SimApi } from './worker.ts';

export class SimClient {
  private readonly worker: Worker;
  private readonly api: Remote<SimApi>;
  views: CellViews | null = null;
  snapshot: Snapshot | null = null;
  coreSize = 0;
  busy = false;
  readonly sharedMemory: boolean;
  private shared: SharedArrayBuffer | null = null;
  /** Bumped on every setup so answers from an older battle are dropped. */
  private epoch = 0;

  constructor() {
    this.worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    this.api = wrap<SimApi>(this.worker);
    this.sharedMemory = typeof SharedArrayBuffer !== 'undefined' && globalThis.crossOriginIsolated === true;
  }

  async setup(warriors: Warrior[], settings: Settings, seed: number): Promise<Snapshot> {
    const epoch = ++this.epoch;
    this.coreSize = settings.coreSize;
    this.shared = this.sharedMemory ? new SharedArrayBuffer(cellBytes(settings.coreSize)) : null;
    this.views = this.shared ? cellViews(this.shared, settings.coreSize) : null;
    this.busy = true;
    try {
      const snap = await this.api.setup({ warriors, settings, seed, ...(this.shared ? { cells: this.shared } : {}) });
      if (epoch === this.epoch) this.take(snap);
      return snap;
    } finally {
      if (epoch === this.epoch) this.busy = false;
    }
  }

  /** Rebuilds the whole round history from the incremental part the worker sent. */
  private take(snap: Snapshot): void {
    if (snap.cells) this.views = cellViews(snap.cells, this.coreSize);
    const old = this.snapshot?.history ?? [];
    if (snap.historyFrom > 0) snap.history = old.slice(0, snap.historyFrom).concat(snap.history);
    snap.historyFrom = 0;
    this.snapshot = snap;
  }

  private async call(f: () => Promise<Snapshot>): Promise<Snapshot | null> {
    const epoch = this.epoch;
    this.busy = true;
    try {
      const snap = await f();
      if (epoch !== this.epoch) return null;
      this.take(snap);
      return snap;
    } finally {
      if (epoch === this.epoch) this.busy = false;
    }
  }

  advance(req: AdvanceRequest): Promise<Snapshot | null> {
    return this.call(() => this.api.advance({ ...req, since: this.snapshot?.history.length ?? 0 }));
  }
  restartRound(): Promise<Snapshot | null> {
    return this.call(() => this.api.restartRound());
  }
  nextRound(): Promise<Snapshot | null> {
    return this.call(() => this.api.nextRound());
  }
  inspect(addr: number): Promise<CellInfo | null> {
    return this.api.inspect(addr);
  }
  processes(w: number): Promise<number[]> {
    return this.api.processes(w);
  }

  close(): void {
    this.api[releaseProxy]();
    this.worker.terminate();
  }
}
