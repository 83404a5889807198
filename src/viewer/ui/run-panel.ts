// An evolution run: champions with fitness, the fitness-per-round chart, and a battle of any champion
// against any of its ancestors.
import type { Viewer } from '../app.ts';
import { drawChart } from '../chart.ts';
import { clear, h } from '../dom.ts';
import { canPickDirectory, pickRunDirectory, runFromFiles } from '../run-source.ts';
import type { Champion, RunInfo } from '../runs.ts';

export interface RunPanel {
  show(run: RunInfo): void;
}

export function mountRunPanel(root: HTMLElement, v: Viewer, onError: (msg: string) => void): RunPanel {
  const title = h('div', { class: 'run-title', id: 'run-title' }, 'No run open.');
  const chart = h('canvas', { width: 300, height: 80, class: 'chart', id: 'fitness-chart' });
  const list = h('table', { class: 'champions', id: 'champions' });
  const report = h('div', { class: 'run-report', id: 'run-report' });
  const dirInput = h('input', { type: 'file', class: 'hidden', webkitdirectory: true });
  let selected: Champion | null = null;
  let run: RunInfo | null = null;

  const battle = async (a: Champion, b: Champion) => {
    v.setSettings('custom', run!.settings);
    v.entries = [];
    v.addWarrior(a.file || `${a.name}.red`, a.source);
    v.addWarrior(b.file || `${b.name}.red`, b.source);
    if (await v.newBattle()) v.run();
  };

  const render = () => {
    if (!run) return;
    const refs = run.report?.generality ?? [];
    clear(list,
      h('tr', {}, h('th', {}, 'round'), h('th', {}, 'champion'), h('th', {}, 'fitness'),
        ...refs.map((g) => h('th', { title: `share of ${g.reference} it defeats (1v1)` }, `beats ${g.reference}`)), h('th', {}, '')),
      ...run.champions.map((c) => {
        const isSel = selected === c;
        const canFight = selected !== null && c.round < selected.round;
        return h('tr', { class: isSel ? 'selected' : '', onclick: () => {
          selected = isSel ? null : c;
          render();
        } },
          h('td', { class: 'mono' }, String(c.round)), h('td', {}, c.name), h('td', { class: 'mono' }, c.round === 0 ? '—' : c.fitness.toFixed(3)),
          ...refs.map((g) => {
            const rate = g.defeatRate.get(c.round);
            return h('td', { class: 'mono' }, rate === undefined ? '' : `${(rate * 100).toFixed(0)}%`);
          }),
          h('td', {}, canFight ? h('button', { class: 'small fight', onclick: (ev: Event) => {
            ev.stopPropagation();
            void battle(selected!, c);
          } }, `⚔ vs #${selected!.round}`) : isSel ? h('small', {}, 'pick an ancestor') : ''));
      }));
  };

  const show = (r: RunInfo) => {
    run = r;
    selected = r.champions.length ? r.champions[r.champions.length - 1] : null;
    title.textContent = `${r.title}: ${r.champions.length} champions · core ${r.settings.coreSize}`;
    const points = r.champions.map((c) => [c.round, c.fitness] as [number, number]);
    const best = r.bestPerRound;
    drawChart(chart, [{ colour: '#ffd54f', points }, { colour: '#4fc3f7', points: best }], { label: 'fitness ≤ ' });
    clear(report, ...(r.report
      ? [h('a', { href: r.report.url, target: '_blank', rel: 'noopener', id: 'report-link' }, 'Open the analysis report'),
        ' (generality, win matrix, convergence)']
      : [h('small', {}, 'No analysis yet: redqueen analyze RUN --against DIR')]));
    render();
  };

  dirInput.addEventListener('change', () => {
    if (dirInput.files?.length) runFromFiles(dirInput.files).then(show, (e: Error) => onError(e.message));
  });
  const open = () => {
    if (canPickDirectory()) pickRunDirectory().then(show, (e: Error) => e.name !== 'AbortError' && onError(e.message));
    else dirInput.click();
  };
  clear(root, h('div', { class: 'row' }, h('button', { id: 'open-run', onclick: open }, 'Open run folder…'), dirInput), title, chart, report,
    h('div', { class: 'legend' }, h('span', { style: 'color:#ffd54f' }, '— champion'), ' ', h('span', { style: 'color:#4fc3f7' }, '— best evaluated')),
    h('div', { class: 'scroll' }, list));
  return { show };
}
