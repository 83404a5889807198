// The results over rounds: one line per finished round and each warrior's totals.
import type { Viewer } from '../app.ts';
import { clear, h } from '../dom.ts';
import { roundOutcome, score, winLossTie } from '../outcome.ts';
import { warriorColour } from '../palette.ts';

export function mountResults(root: HTMLElement, v: Viewer): void {
  const totals = h('table', { class: 'totals', id: 'totals' });
  const rounds = h('table', { class: 'rounds', id: 'rounds' });
  clear(root, totals, h('div', { class: 'scroll' }, rounds));
  v.onChange(() => {
    const s = v.snapshot;
    if (!s) return;
    const n = v.names.length;
    const wlt = winLossTie(s.results);
    clear(totals,
      h('tr', {}, h('th', {}, 'warrior'), h('th', {}, wlt ? 'W / L / T' : 'survived with k alive · killed'), h('th', {}, 'score')),
      ...v.names.map((name, i) => h('tr', {},
        h('td', {}, h('i', { class: 'swatch', style: `background:${warriorColour(i)}` }), name),
        h('td', { class: 'mono' }, wlt ? (i === 0 ? wlt : [wlt[1], wlt[0], wlt[2]]).join(' / ') : s.results[i].join(' ')),
        h('td', { class: 'mono' }, String(score(s.results[i], n))))));
    // The latest rounds first; long matches keep the page light by listing only the last 100.
    clear(rounds, ...s.history.slice(-100).reverse().map((r) => h('tr', {},
      h('td', { class: 'mono' }, `#${r.round}`), h('td', {}, roundOutcome(r, v.names)), h('td', { class: 'mono' }, `${r.cycles} cycles`))));
  });
}
