// Messages between the page and the MARS worker, and the layout of the shared cell-activity buffer.
import type { Settings, Warrior } from '../mars/index.ts';

/** Access kinds as the engine's observation channel reports them. */
export const READ = 1;
export const WRITE = 2;
export const EXEC = 3;

export interface SimSetup {
  warriors: Warrior[];
  settings: Settings;
  /** pMARS `-F` seed: warrior 2's address in round 1. */
  seed: number;
  /** Cell activity goes here when the page is cross-origin isolated; otherwise it comes with each snapshot. */
  cells?: SharedArrayBuffer;
}

export interface AdvanceRequest {
  /** Cycles to run (one turn per live warrior each); ignored when `budgetMs` is set. */
  cycles?: number;
  /** Run "as fast as possible" for about this long. */
  budgetMs?: number;
  /** Stop before any process executes this address (-1: none). */
  breakpoint?: number;
  /** Load the next round by itself when one ends (until the rounds are done). */
  autoNext?: boolean;
  /** Finished rounds the page already has: the snapshot carries only the later ones. */
  since?: number;
}

export interface RoundRecord {
  round: number;
  alive: boolean[];
  survivors: number;
  cycles: number;
}

export interface Snapshot {
  round: number;
  rounds: number;
  cycle: number;
  roundOver: boolean;
  /** All rounds of the match are played. */
  matchOver: boolean;
  /** Activity stamp counter: cells stamped with it were touched in the latest advance. */
  seq: number;
  processCounts: number[];
  /** Each warrior's next instruction (-1 when dead). */
  nextPc: number[];
  breakpointHit: boolean;
  /** Instructions executed so far in this match. */
  insns: number;
  /** Finished rounds from number `historyFrom` on (the page keeps the earlier ones). */
  history: RoundRecord[];
  historyFrom: number;
  /** pMARS result vectors [c1..cN, d] per warrior. */
  results: number[][];
  /** A copy of the cell buffer (transfer fallback only). */
  cells?: ArrayBuffer;
}

export interface CellInfo {
  addr: number;
  text: string;
  /** Warrior index + 1 that last wrote the cell (0: nobody since the round began). */
  owner: number;
  /** Warrior index + 1 of the latest access and its kind. */
  actor: number;
  kind: number;
}

/**
 * Cell buffer: stamp Uint32[C] (seq << 2 | access kind), owner Uint8[C] (last writer + 1),
 * actor Uint8[C] (last accessor + 1). One writer (the worker); the page only reads.
 */
export interface CellViews {
  stamp: Uint32Array;
  owner: Uint8Array;
  actor: Uint8Array;
}

export function cellBytes(coreSize: number): number {
  return coreSize * 6;
}

export function cellViews(buf: ArrayBufferLike, coreSize: number): CellViews {
  return {
    stamp: new Uint32Array(buf, 0, coreSize),
    owner: new Uint8Array(buf, coreSize * 4, coreSize),
    actor: new Uint8Array(buf, coreSize * 5, coreSize),
  };
}
