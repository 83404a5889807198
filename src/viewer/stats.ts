// `window.__viewerStats`: what tests (and curious users in the console) can read about the page.
import type { RoundRecord } from './protocol.ts';

export interface ViewerStats {
  fps: number;
  frames: number;
  cycles: number;
  round: number;
  insns: number;
  running: boolean;
  roundOver: boolean;
  matchOver: boolean;
  sharedMemory: boolean;
  warriors: string[];
  results: number[][];
  history: RoundRecord[];
  /** The outcome line shown for the latest finished round. */
  outcome: string;
  /** Turns per second executed in the worker, over the last second. */
  insnsPerSecond: number;
}

export const stats: ViewerStats = {
  fps: 0, frames: 0, cycles: 0, round: 0, insns: 0, running: false, roundOver: false, matchOver: false,
  sharedMemory: false, warriors: [], results: [], history: [], outcome: '', insnsPerSecond: 0,
};

declare global {
  interface Window {
    __viewerStats: ViewerStats;
  }
}

window.__viewerStats = stats;

/** Frames per second over a sliding one-second window. */
export class FpsMeter {
  private times: number[] = [];
  private insns: [number, number][] = [];
  tick(now: number, insns: number): void {
    this.times.push(now);
    while (this.times.length > 1 && now - this.times[0] > 1000) this.times.shift();
    this.insns.push([now, insns]);
    while (this.insns.length > 1 && now - this.insns[0][0] > 1000) this.insns.shift();
    const span = now - this.times[0];
    stats.fps = span > 0 ? Math.round(((this.times.length - 1) * 1000 * 10) / span) / 10 : 0;
    const [t0, i0] = this.insns[0];
    stats.insnsPerSecond = now > t0 ? Math.round(((insns - i0) * 1000) / (now - t0)) : 0;
    stats.frames++;
  }
}
