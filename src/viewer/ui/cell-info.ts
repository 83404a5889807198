// Hover shows the cell under the pointer (address, instruction, owner); a click pins it.
import type { Viewer } from '../app.ts';
import { clear, h } from '../dom.ts';
import { warriorColour } from '../palette.ts';
import type { CellInfo } from '../protocol.ts';

const KIND = ['', 'read', 'written', 'executed'];

export function mountCellInfo(box: HTMLElement, canvas: HTMLCanvasElement, v: Viewer): void {
  let hover = -1;
  let pending = false;
  const show = (info: CellInfo | null, pinned: boolean) => {
    if (!info) return clear(box, h('span', { class: 'muted' }, 'Hover the core to inspect a cell; click to pin it.'));
    const who = (i: number) => (i > 0 ? v.names[i - 1] ?? `warrior ${i}` : 'nobody');
    clear(box,
      h('span', { class: 'mono addr' }, `${pinned ? 'pinned ' : ''}#${info.addr}`),
      h('span', { class: 'mono insn', id: 'cell-insn' }, info.text),
      h('span', {}, h('i', { class: 'swatch', style: `background:${info.owner ? warriorColour(info.owner - 1) : '#333'}` }), `owner ${who(info.owner)}`),
      info.kind ? h('span', { class: 'muted' }, `last ${KIND[info.kind]} by ${who(info.actor)}`) : null);
  };
  const refresh = () => {
    const addr = hover >= 0 ? hover : v.pinned;
    if (addr < 0 || pending) return addr < 0 ? show(null, false) : undefined;
    pending = true;
    void v.client.inspect(addr).then((info) => {
      pending = false;
      show(info, hover < 0 && v.pinned >= 0);
    });
  };
  canvas.addEventListener('pointermove', (ev) => {
    const c = v.map.cellAtEvent(ev);
    if (c !== hover) {
      hover = c;
      refresh();
    }
  });
  canvas.addEventListener('pointerleave', () => {
    hover = -1;
    refresh();
  });
  canvas.addEventListener('click', (ev) => {
    const c = v.map.cellAtEvent(ev);
    v.pinned = c === v.pinned ? -1 : c;
    refresh();
  });
  let last = 0;
  v.onTick(() => {
    const now = performance.now();
    if (now - last > 200) {
      last = now;
      refresh();
    }
  });
  show(null, false);
}
