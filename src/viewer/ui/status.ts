// Round and cycle counters, per-warrior process counts and the process-count chart.
import type { Viewer } from '../app.ts';
import { drawChart } from '../chart.ts';
import { clear, h } from '../dom.ts';
import { warriorColour } from '../palette.ts';
import { mountProcessList } from './process-list.ts';

export function mountStatus(root: HTMLElement, chart: HTMLCanvasElement, v: Viewer): void {
  const counters = h('div', { class: 'counters' });
  const procs = h('div', { class: 'procs' });
  const message = h('div', { class: 'message', id: 'message', role: 'status' });
  const queue = h('div', { class: 'proc-list', id: 'proc-list' });
  clear(root, counters, procs, queue, message);
  const toggleQueue = mountProcessList(queue, v);
  let rows: HTMLElement[] = [];
  const rebuild = () => {
    rows = v.names.map(() => h('b'));
    clear(procs, ...v.names.map((name, i) => h('button', { class: 'proc', title: 'show the process queue', onclick: () => toggleQueue(i) },
      h('i', { class: 'swatch', style: `background:${warriorColour(i)}` }), name, ' ', rows[i])));
    message.textContent = v.message || window.__viewerStats.outcome;
  };
  let names = '';
  v.onChange(() => {
    if (names !== v.names.join('\n')) {
      names = v.names.join('\n');
      rebuild();
    }
    message.textContent = v.message || window.__viewerStats.outcome;
  });
  let lastDraw = 0;
  v.onTick(() => {
    const s = v.snapshot;
    if (!s) return;
    counters.textContent = `Round ${s.round}/${s.rounds} · cycle ${s.cycle.toLocaleString('en')} / ${v.settings.maxCycles.toLocaleString('en')}${s.roundOver ? ' · round over' : ''}`;
    s.processCounts.forEach((n, i) => rows[i] && (rows[i].textContent = `${n} proc${n === 1 ? '' : 's'}`));
    const now = performance.now();
    if (now - lastDraw < 100 && !s.roundOver) return;
    lastDraw = now;
    const items = v.procs.items;
    drawChart(chart, v.names.map((_, w) => ({ colour: warriorColour(w), points: items.map((p) => [p.cycle, p.counts[w]] as [number, number]) })), { yMin: 0, label: 'processes ≤ ' });
  });
}
