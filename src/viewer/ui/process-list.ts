// A warrior's process queue (next to run first), refreshed a few times a second; click an address to pin it.
import type { Viewer } from '../app.ts';
import { clear, h } from '../dom.ts';
import { warriorColour } from '../palette.ts';

const SHOWN = 64;

export function mountProcessList(root: HTMLElement, v: Viewer): (w: number) => void {
  let warrior = -1;
  let last = 0;
  let pending = false;
  const refresh = () => {
    if (warrior < 0 || pending) return;
    pending = true;
    const w = warrior;
    void v.client.processes(w).then((pcs) => {
      pending = false;
      if (w !== warrior) return;
      const total = v.snapshot?.processCounts[w] ?? pcs.length;
      clear(root,
        h('div', { class: 'proc-head' }, h('i', { class: 'swatch', style: `background:${warriorColour(w)}` }),
          `${v.names[w] ?? ''}: ${total} process${total === 1 ? '' : 'es'}${total > SHOWN ? ` (first ${SHOWN})` : ''}, next first`),
        h('div', { class: 'proc-addrs mono' }, ...pcs.slice(0, SHOWN).map((pc) =>
          h('button', { class: 'small', title: 'pin this cell', onclick: () => {
            v.pinned = pc;
            v.changed();
          } }, String(pc)))));
    });
  };
  v.onTick(() => {
    const now = performance.now();
    if (now - last > 250) {
      last = now;
      refresh();
    }
  });
  return (w: number) => {
    warrior = warrior === w ? -1 : w;
    if (warrior < 0) clear(root);
    else refresh();
  };
}
