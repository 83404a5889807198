// The PixiJS core map: one texel per cell in a buffer texture, scaled up with nearest filtering, plus
// outlines for each warrior's next instruction, the pinned cell and the breakpoint.
import { Application, BufferImageSource, Graphics, Sprite, Texture } from 'pixi.js';
import { cellAt, cellXY, layoutFor } from './layout.ts';
import type { Layout } from './layout.ts';
import { makePalette, paint, warriorColour } from './palette.ts';
import type { Palette } from './palette.ts';
import type { CellViews } from './protocol.ts';

export interface Marks {
  nextPc: number[];
  pinned: number;
  breakpoint: number;
}

export class CoreMap {
  readonly app = new Application();
  layout: Layout = layoutFor(1, 1, 1);
  private coreSize = 1;
  private palette: Palette = makePalette(0);
  private pixels = new Uint32Array(1);
  private source: BufferImageSource | null = null;
  private sprite: Sprite | null = null;
  private readonly overlay = new Graphics();

  async init(parent: HTMLElement): Promise<void> {
    await this.app.init({ width: 1, height: 1, background: '#0d1017', antialias: false, preference: 'webgl', resolution: 1 });
    this.app.canvas.classList.add('core-canvas');
    this.app.canvas.setAttribute('aria-label', 'core memory map: one square per cell');
    parent.append(this.app.canvas);
    this.app.stage.addChild(this.overlay);
  }

  /** Sizes the map for a core; `px` pixels per cell, as many columns as fit in `maxWidth`. */
  configure(coreSize: number, warriors: number, px: number, maxWidth: number): void {
    this.coreSize = coreSize;
    this.layout = layoutFor(coreSize, px, maxWidth);
    const { cols, rows } = this.layout;
    this.palette = makePalette(warriors);
    const bytes = new Uint8Array(cols * rows * 4);
    this.pixels = new Uint32Array(bytes.buffer);
    this.sprite?.destroy({ texture: true, textureSource: true });
    this.source = new BufferImageSource({ resource: bytes, width: cols, height: rows, format: 'rgba8unorm', scaleMode: 'nearest', autoGenerateMipmaps: false });
    this.sprite = new Sprite(new Texture({ source: this.source }));
    this.sprite.scale.set(px);
    this.app.stage.addChildAt(this.sprite, 0);
    this.app.renderer.resize(this.layout.width, this.layout.height);
  }

  /** Repaints the texture from the cell buffer and redraws the outlines. */
  draw(views: CellViews, seq: number, marks: Marks): void {
    if (!this.source) return;
    paint(this.pixels, views.stamp, views.owner, views.actor, seq, this.palette);
    this.source.update();
    const g = this.overlay;
    const px = this.layout.px;
    const s = Math.max(px, 3);
    const off = (s - px) / 2;
    g.clear();
    marks.nextPc.forEach((pc, w) => {
      if (pc < 0) return;
      const [x, y] = cellXY(this.layout, pc);
      g.rect(x - off - 0.5, y - off - 0.5, s + 1, s + 1).stroke({ width: 1, color: warriorColour(w) });
    });
    if (marks.breakpoint >= 0 && marks.breakpoint < this.coreSize) {
      const [x, y] = cellXY(this.layout, marks.breakpoint);
      g.rect(x - off - 1.5, y - off - 1.5, s + 3, s + 3).stroke({ width: 1, color: '#ff1744' });
    }
    if (marks.pinned >= 0) {
      const [x, y] = cellXY(this.layout, marks.pinned);
      g.rect(x - off - 1.5, y - off - 1.5, s + 3, s + 3).stroke({ width: 1, color: '#ffffff' });
    }
  }

  /** The cell under a mouse event, or -1. */
  cellAtEvent(ev: MouseEvent): number {
    const r = this.app.canvas.getBoundingClientRect();
    const sx = this.layout.width / (r.width || 1);
    const sy = this.layout.height / (r.height || 1);
    return cellAt(this.layout, this.coreSize, (ev.clientX - r.left) * sx, (ev.clientY - r.top) * sy);
  }
}
