// Warrior placement as pMARS 0.9.4 does it for a `-F` seed: warrior 1 at 0, the others drawn from
// the Park–Miller stream (two warriors: seed itself, then successive draws; three or more: posit()
// with 20 redraws and 4 backtracks, then the npos() fallback).
import { parkMiller } from './rng.ts';

/** Returns the load addresses of all warriors for a round (1-based). Called once per round, in order. */
export type PlacementFn = (round: number) => number[];

export function pmarsPlacement(warriors: number, coreSize: number, minDistance: number, fSeed: number): PlacementFn {
  let seed = fSeed - minDistance;
  const sep = minDistance;
  const pos = new Array<number>(warriors).fill(0);

  function posit(): boolean {
    let p = 1;
    let retries1 = 20;
    let retries2 = 4;
    do {
      seed = parkMiller(seed);
      pos[p] = (seed % (coreSize - 2 * sep + 1)) + sep;
      let i = 1;
      for (; i < p; ++i) {
        const diff = Math.abs(pos[p] - pos[i]);
        if (diff < sep) break;
      }
      if (i === p) ++p;
      else {
        if (!retries2) return false;
        if (!retries1) {
          p = i;
          --retries2;
          retries1 = 20;
        } else --retries1;
      }
    } while (p < warriors);
    return true;
  }

  function npos(): void {
    const room = coreSize - sep * warriors + 1;
    let i: number;
    let j: number;
    for (i = 1; i < warriors; i++) {
      seed = parkMiller(seed);
      const temp = seed % room;
      for (j = i - 1; j > 0; j--) {
        if (temp > pos[j]) break;
        pos[j + 1] = pos[j];
      }
      pos[j + 1] = temp;
    }
    let temp = sep;
    for (i = 1; i < warriors; i++) {
      pos[i] += temp;
      temp += sep;
    }
    for (i = 1; i < warriors; i++) {
      seed = parkMiller(seed);
      j = (seed % (warriors - i)) + i;
      const t = pos[j];
      pos[j] = pos[i];
      pos[i] = t;
    }
  }

  const positions = coreSize + 1 - 2 * sep;
  return () => {
    if (warriors === 2) {
      pos[1] = sep + (seed % positions);
      seed = parkMiller(seed);
    } else if (warriors > 2) {
      if (!posit()) npos();
    }
    return pos.slice();
  };
}
