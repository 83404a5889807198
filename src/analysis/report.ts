// report.json, a self-contained report.html with SVG plots (Observable Plot rendered on a server-side
// DOM), and the short terminal summary.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { AnalysisReport, RunReport } from './analyze.ts';
import type { Fit } from './stats.ts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

function svg(options: Record<string, unknown>): string {
  const node = Plot.plot({ document, style: { background: 'white', fontSize: '12px' }, ...options } as Plot.PlotOptions) as unknown as { outerHTML: string };
  return node.outerHTML;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Integer round ticks (Plot would otherwise print 0, 0, 0, 1 … on short runs). */
function roundAxis(report: AnalysisReport): Record<string, unknown> {
  const last = Math.max(0, ...report.runs.map((r) => r.champions.at(-1)!.round));
  const step = Math.max(1, Math.ceil((last + 1) / 20));
  return { label: 'round', ticks: Array.from({ length: Math.floor(last / step) + 1 }, (_, i) => i * step), tickFormat: 'd' };
}

const fmt = (x: number, d = 3) => (Number.isFinite(x) ? x.toFixed(d) : '—');
const fitText = (f: Fit) => `slope ${fmt(f.slope, 4)} per round, R² ${fmt(f.r2)} (n = ${f.n})`;

function generalityPlot(report: AnalysisReport, label: string, metric: 'defeatRate' | 'points'): string {
  const rows = report.runs.flatMap((r) => r.champions.map((c) => ({ run: r.label, round: c.round, value: c.generality[label][metric] })));
  return svg({
    width: 640, height: 300, marginLeft: 50,
    x: roundAxis(report),
    y: { label: metric === 'defeatRate' ? `defeat rate vs ${label}` : `KOTH points vs ${label}`, grid: true, ...(metric === 'defeatRate' ? { domain: [0, 1] } : {}) },
    color: { legend: report.runs.length > 1 && report.runs.length <= 10, type: 'categorical' },
    marks: [
      Plot.lineY(rows, { x: 'round', y: 'value', stroke: 'run', marker: 'circle' }),
      Plot.linearRegressionY(rows, { x: 'round', y: 'value', stroke: 'black', strokeDasharray: '4 3', ci: 0 }),
    ],
  });
}

function winMatrixPlot(run: RunReport): string {
  const n = run.winMatrix.length;
  const cells = run.winMatrix.flatMap((row, i) => row.map((r, j) => {
    const rounds = r ? r.wins + r.losses + r.ties : 0;
    return { row: `w${i}`, col: `w${j}`, margin: r && rounds ? (r.wins - r.losses) / rounds : 0, text: r ? `${r.wins}/${r.losses}` : '' };
  }));
  const order = run.winMatrix.map((_, i) => `w${i}`);
  const size = Math.min(640, 60 + 34 * n);
  return svg({
    width: size, height: size, marginLeft: 50, marginTop: 40,
    x: { domain: order, label: 'opponent', axis: 'top' },
    y: { domain: order, label: 'champion' },
    color: { type: 'linear', scheme: 'RdBu', domain: [-1, 1] },
    marks: [
      Plot.cell(cells, { x: 'col', y: 'row', fill: 'margin', inset: 0.5 }),
      ...(n <= 16 ? [Plot.text(cells, { x: 'col', y: 'row', text: 'text', fontSize: 9 })] : []),
    ],
  });
}

function convergencePlot(report: AnalysisReport): string {
  const rows = report.convergence.filter((c) => Number.isFinite(c.variance));
  if (rows.length === 0) return '<p>Phenotype variance needs two or more runs.</p>';
  return svg({
    width: 640, height: 260, marginLeft: 60,
    x: roundAxis(report),
    y: { label: 'phenotype variance across runs', grid: true },
    marks: [Plot.lineY(rows, { x: 'round', y: 'variance', marker: 'circle' }), Plot.linearRegressionY(rows, { x: 'round', y: 'variance', strokeDasharray: '4 3', ci: 0 })],
  });
}

function fitnessPlot(report: AnalysisReport): string {
  const rows = report.runs.flatMap((r) => r.champions.filter((c) => c.fitness !== null).map((c) => ({ run: r.label, round: c.round, fitness: c.fitness })));
  return svg({
    width: 640, height: 240, marginLeft: 50,
    x: roundAxis(report),
    y: { label: 'champion fitness (1.0 = fair share)', grid: true },
    color: { legend: report.runs.length > 1 && report.runs.length <= 10, type: 'categorical' },
    marks: [Plot.lineY(rows, { x: 'round', y: 'fitness', stroke: 'run', marker: 'circle' })],
  });
}

export function reportHtml(report: AnalysisReport): string {
  const refs = report.references.map((r) => r.label);
  const summaryRows = report.runs.map((r) => {
    const last = r.champions.at(-1)!;
    const cols = refs.map((l) => `<td>${fmt(last.generality[l].defeatRate * 100, 1)}%</td><td>${fmt(last.generality[l].points, 1)}</td><td>${escapeHtml(fitText(r.trend[l]))}</td>`).join('');
    return `<tr><td>${escapeHtml(r.label)}</td><td>${r.champions.length - 1}</td><td>${r.rpsTriples.length}</td>${cols}</tr>`;
  }).join('\n');
  const head = refs.map((l) => `<th>last champion: defeats ${escapeHtml(l)}</th><th>points vs ${escapeHtml(l)}</th><th>defeat-rate trend vs ${escapeHtml(l)}</th>`).join('');
  const champTables = report.runs.map((r) => {
    const rows = r.champions.map((c) => `<tr><td>w${c.round}</td><td>${escapeHtml(c.name)}</td><td>${c.fitness === null ? '—' : fmt(c.fitness)}</td>${refs.map((l) => `<td>${fmt(c.generality[l].defeatRate * 100, 1)}%</td><td>${fmt(c.generality[l].defeatOrTieRate * 100, 1)}%</td><td>${fmt(c.generality[l].points, 1)}</td>`).join('')}</tr>`).join('\n');
    const sub = refs.map((l) => `<th>defeats ${escapeHtml(l)}</th><th>defeats or ties</th><th>points</th>`).join('');
    return `<h3>${escapeHtml(r.label)} (seed ${escapeHtml(r.seed)})</h3>
<table><tr><th>round</th><th>champion</th><th>fitness</th>${sub}</tr>${rows}</table>
<h4>Win matrix (wins/losses of the row champion; colour = (W−L)/rounds)</h4>${winMatrixPlot(r)}
<p>Rock-paper-scissors triples: ${r.rpsTriples.length}${r.rpsTriples.length ? ' — ' + r.rpsTriples.slice(0, 20).map((t) => t.map((i) => `w${i}`).join('→')).join(', ') : ''}</p>`;
  }).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Red Queen analysis</title>
<style>body{font:14px system-ui,sans-serif;margin:24px;max-width:1100px;color:#222}table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}th{background:#f3f3f3}td:first-child,td:nth-child(2){text-align:left}h2{margin-top:32px}</style>
</head><body>
<h1>Red Queen analysis</h1>
<p>${report.runs.length} run(s); references: ${report.references.map((r) => `${escapeHtml(r.label)} (${r.count} warriors)`).join(', ')}; ${report.rounds} rounds per 1v1 pairing; made ${escapeHtml(report.createdAt)}.</p>
<table><tr><th>run</th><th>rounds</th><th>RPS triples</th>${head}</tr>${summaryRows}</table>
<h2>Generality per round</h2>
${refs.map((l) => `<p>Pooled trend of the defeat rate vs ${escapeHtml(l)}: ${escapeHtml(fitText(report.pooledTrend[l]))}.</p>${generalityPlot(report, l, 'defeatRate')}${generalityPlot(report, l, 'points')}`).join('\n')}
<h2>Champion fitness per round</h2>${fitnessPlot(report)}
<h2>Convergence across runs</h2>
<p>Phenotype = KOTH points against every reference warrior. Trend of the variance across runs: ${escapeHtml(fitText(report.convergenceTrend))}.</p>
${convergencePlot(report)}
<h2>Runs</h2>${champTables}
</body></html>
`;
}

export function textSummary(report: AnalysisReport): string {
  const lines: string[] = [];
  for (const r of report.runs) {
    lines.push(`${r.label}: ${r.champions.length - 1} rounds, ${r.rpsTriples.length} rock-paper-scissors triples`);
    for (const ref of report.references) {
      const first = r.champions[0].generality[ref.label];
      const last = r.champions.at(-1)!.generality[ref.label];
      lines.push(`  vs ${ref.label}: defeat rate w0 ${fmt(first.defeatRate * 100, 1)}% → last ${fmt(last.defeatRate * 100, 1)}%, points ${fmt(first.points, 1)} → ${fmt(last.points, 1)}; trend ${fitText(r.trend[ref.label])}`);
    }
  }
  for (const ref of report.references) lines.push(`pooled defeat-rate trend vs ${ref.label}: ${fitText(report.pooledTrend[ref.label])}`);
  if (report.runs.length > 1) lines.push(`phenotype variance across runs: ${report.convergence.map((c) => fmt(c.variance, 1)).join(', ')} (trend ${fitText(report.convergenceTrend)})`);
  return lines.join('\n');
}
