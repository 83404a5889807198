// Placements the project chooses itself (seedrandom): N load addresses at least minDistance apart
// around the circular core, the first warrior at 0 as in pMARS.
import seedrandom from 'seedrandom';

export function randomPlacements(count: number, warriors: number, coreSize: number, minDistance: number, seed: string): number[][] {
  if (warriors * minDistance > coreSize) {
    throw new Error(`${warriors} warriors do not fit in a core of ${coreSize} at distance ${minDistance}`);
  }
  const rng = seedrandom(seed);
  const rows: number[][] = [];
  for (let r = 0; r < count; r++) {
    const row = [0];
    for (let w = 1; w < warriors; w++) {
      for (let attempt = 0; ; attempt++) {
        const p = Math.floor(rng() * coreSize);
        if (row.every((q) => circularDistance(p, q, coreSize) >= minDistance)) {
          row.push(p);
          break;
        }
        if (attempt > 10_000) throw new Error('could not place the warriors; lower the minimum distance');
      }
    }
    rows.push(row);
  }
  return rows;
}

function circularDistance(a: number, b: number, coreSize: number): number {
  const d = Math.abs(a - b);
  return Math.min(d, coreSize - d);
}
