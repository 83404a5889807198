// Compiles a generated execute loop (engine-source.ts) into a live engine. Each call compiles afresh,
// so each engine's closure is the only one of its kind and V8 can treat its typed arrays as constants.
import { engineSource } from './engine-source.ts';
import type { EngineSpec } from './engine-source.ts';

export type { EngineSpec } from './engine-source.ts';

export type FieldArray = Uint16Array | Int32Array;

/** The observation side channel (present only when the engine was built with `observe`). */
export interface EngineObservation {
  /** Last access kind per cell: 0 none, 1 read, 2 write, 3 execute. */
  ok: Uint8Array;
  /** Warrior index of that last access. */
  ow: Uint8Array;
  /** SPLs that created a process, per warrior. */
  spawned: Float64Array;
  /** Turns (instructions) taken, per warrior: the cycles it was alive. */
  turns: Float64Array;
  /** Distinct addresses executed this round, per warrior. */
  distinct: Int32Array;
  /** warrior * coreSize + address -> 1 when executed this round. */
  visited: Uint8Array;
}

export interface Engine {
  readonly spec: EngineSpec;
  code: Uint16Array;
  fa: FieldArray;
  fb: FieldArray;
  /** Per-warrior ring buffers: warrior w owns queue[w << qshift .. (w + 1) << qshift). */
  queue: Int32Array;
  /** Monotonic per-round counters; queue length = tail - head. */
  head: Int32Array;
  tail: Int32Array;
  /** Turn order among live warriors. */
  next: Int32Array;
  /** 0 current warrior, 1 remaining turn budget, 2 warriors alive, 3 round over (1). */
  st: Int32Array;
  pspace: Int32Array;
  pbase: Int32Array;
  lastResult: Int32Array;
  qshift: number;
  /** Executes up to `limit` turns (or until the round ends); returns the number executed. */
  run(limit: number): number;
  obs?: EngineObservation;
  /** Executions per instruction word (profiling builds only). */
  prof?: Float64Array;
}

type RawEngine = Omit<Engine, 'spec' | 'obs'> & Partial<EngineObservation>;

let compiled = 0;

/** Only plain integers ever reach the generated source: settings may come from files a user opened. */
function checkSpec(spec: EngineSpec): void {
  for (const key of ['coreSize', 'maxProcesses', 'warriors', 'pSpaceSize', 'readLimit', 'writeLimit'] as const) {
    const v: unknown = spec[key];
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) throw new Error(`MARS setting ${key} must be a positive integer, not ${String(v)}`);
  }
}

export function compileEngine(spec: EngineSpec): Engine {
  checkSpec(spec);
  // A distinct source text per engine: V8 caches `new Function` by source, and engines sharing one
  // function would share feedback and lose their per-instance constant typed arrays.
  const factory = new Function(`${engineSource(spec)}\n// engine ${++compiled}`) as () => RawEngine;
  const raw = factory();
  const engine: Engine = { ...raw, spec };
  if (spec.observe) {
    engine.obs = {
      ok: raw.ok!, ow: raw.ow!, spawned: raw.spawned!, turns: raw.turns!, distinct: raw.distinct!, visited: raw.visited!,
    };
  }
  return engine;
}
