// pMARS's Park–Miller "minimal standard" generator (integer version 2, CACM 31:10).
// Kept in C's truncating arithmetic so that negative seeds behave as in pMARS.
export function parkMiller(seed: number): number {
  const t = 16807 * (seed % 127773) - 2836 * Math.trunc(seed / 127773);
  return t < 0 ? t + 2147483647 : t;
}

