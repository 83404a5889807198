// Where each core cell sits on the map: row-major, `cols` cells per row, `px` pixels per cell.

export interface Layout {
  cols: number;
  rows: number;
  px: number;
  width: number;
  height: number;
}

/** Chooses columns to fill `maxWidth` pixels at `px` per cell. */
export function layoutFor(coreSize: number, px: number, maxWidth: number): Layout {
  const cols = Math.max(1, Math.min(coreSize, Math.floor(maxWidth / px)));
  const rows = Math.ceil(coreSize / cols);
  return { cols, rows, px, width: cols * px, height: rows * px };
}

/** The cell under a point in map pixels, or -1 outside the core. */
export function cellAt(l: Layout, coreSize: number, x: number, y: number): number {
  if (x < 0 || y < 0 || x >= l.width || y >= l.height) return -1;
  const c = Math.floor(y / l.px) * l.cols + Math.floor(x / l.px);
  return c < coreSize ? c : -1;
}

export function cellXY(l: Layout, addr: number): [number, number] {
  return [(addr % l.cols) * l.px, Math.floor(addr / l.cols) * l.px];
}

/** The largest cell size (1..8 px) at which the whole core fits in maxWidth × maxHeight. */
export function autoPx(coreSize: number, maxWidth: number, maxHeight: number): number {
  for (let px = 8; px > 1; px--) if (layoutFor(coreSize, px, maxWidth).height <= maxHeight) return px;
  return 1;
}
