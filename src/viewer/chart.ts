// Small line charts on a 2D canvas (process counts over time, fitness per round).

export interface Series {
  colour: string;
  points: [number, number][];
}

export function drawChart(canvas: HTMLCanvasElement, series: Series[], opts: { yMin?: number; label?: string } = {}): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const w = canvas.width, h = canvas.height, pad = 4;
  ctx.clearRect(0, 0, w, h);
  let x0 = Infinity, x1 = -Infinity, y0 = opts.yMin ?? Infinity, y1 = -Infinity;
  for (const s of series) for (const [x, y] of s.points) {
    x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
  }
  if (!isFinite(x0) || !isFinite(y1)) return;
  if (x1 === x0) x1 = x0 + 1;
  if (y1 === y0) y1 = y0 + 1;
  const sx = (x: number) => pad + ((x - x0) / (x1 - x0)) * (w - 2 * pad);
  const sy = (y: number) => h - pad - ((y - y0) / (y1 - y0)) * (h - 2 * pad);
  ctx.lineWidth = 1.5;
  for (const s of series) {
    ctx.strokeStyle = s.colour;
    ctx.beginPath();
    s.points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(sx(x), sy(y)) : ctx.lineTo(sx(x), sy(y))));
    ctx.stroke();
  }
  ctx.fillStyle = '#8a93a6';
  ctx.font = '10px system-ui, sans-serif';
  ctx.fillText(`${opts.label ?? ''}${Math.round(y1 * 100) / 100}`, pad + 2, 11);
}

/** Keeps a bounded history by halving its resolution when full. */
export class Decimator<T> {
  items: T[] = [];
  private every = 1;
  private count = 0;
  constructor(private readonly max = 400) {}
  push(item: T): void {
    if (this.count++ % this.every !== 0) return;
    this.items.push(item);
    if (this.items.length >= this.max) {
      this.items = this.items.filter((_, i) => i % 2 === 0);
      this.every *= 2;
    }
  }
  reset(): void {
    this.items = [];
    this.every = 1;
    this.count = 0;
  }
}
