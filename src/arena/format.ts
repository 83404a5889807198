// Text, CSV and JSON forms of a tournament report (pure string functions, no I/O).
import type { Report, Standing } from './tally.ts';

const COLUMNS = ['rank', 'name', 'author', 'battles', 'rounds', 'wins', 'losses', 'ties', 'score', 'points'] as const;

export function formatTable(table: readonly Standing[]): string {
  const head = ['#', 'warrior', 'author', 'W', 'L', 'T', 'score', 'points'];
  const rows = table.map((r) => [
    String(r.rank), r.name, r.author, String(r.wins), String(r.losses), String(r.ties), String(r.score), r.points.toFixed(2),
  ]);
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => Math.min(r[c].length, 32))));
  const left = new Set([1, 2]);
  const line = (cells: string[]): string =>
    cells.map((cell, c) => {
      const v = cell.length > 32 ? cell.slice(0, 31) + '…' : cell;
      return left.has(c) ? v.padEnd(widths[c]) : v.padStart(widths[c]);
    }).join('  ').trimEnd();
  return [line(head), ...rows.map(line)].join('\n') + '\n';
}

export function formatText(report: Report): string {
  const status = report.complete ? '' : ` (partial: ${report.battlesDone} of ${report.battlesTotal} battles)`;
  return `${report.mode}, ${report.battlesDone} battles x ${report.rounds} rounds, seed ${report.seed}${status}\n` + formatTable(report.table);
}

function csvCell(v: unknown): string {
  const s = v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatCsv(report: Report): string {
  const cols = [...COLUMNS, 'file'] as const;
  const lines = [cols.join(',')];
  for (const r of report.table) lines.push(cols.map((c) => csvCell(c === 'points' ? r.points.toFixed(4) : r[c])).join(','));
  return lines.join('\n') + '\n';
}

export function formatJson(report: Report): string {
  return JSON.stringify(report, null, 1) + '\n';
}
