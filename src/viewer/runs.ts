// Reading an evolution run folder: the champions (with their source) from events.jsonl and the
// settings from run.json.
import { hillSettings, makeSettings } from '../mars/index.ts';
import type { Settings } from '../mars/index.ts';

export interface Champion {
  round: number;
  name: string;
  file: string;
  fitness: number;
  source: string;
}

export interface RunInfo {
  title: string;
  settings: Settings;
  champions: Champion[];
  /** Best evaluated fitness seen in each round (from evaluation events). */
  bestPerRound: [number, number][];
  /** The run's analysis (`redqueen analyze` writes report/report.html and report.json), when present. */
  report?: RunReportLink;
}

export interface RunReportLink {
  /** Where report.html opens (a URL under the served run, or a blob URL of a local file). */
  url: string;
  /** Per reference set, each champion's defeat rate by round, from report.json. */
  generality: { reference: string; defeatRate: Map<number, number> }[];
}

/** The generality columns of a report.json (the first run in it); an unreadable report gives none. */
export function parseReportGenerality(json: string | null): RunReportLink['generality'] {
  try {
    const r = JSON.parse(json ?? 'null') as {
      references: { label: string }[];
      runs: { champions: { round: number; generality: Record<string, { defeatRate: number }> }[] }[];
    };
    return r.references.map((ref) => ({
      reference: ref.label,
      defeatRate: new Map(r.runs[0].champions.map((c) => [c.round, c.generality[ref.label].defeatRate])),
    }));
  } catch {
    return [];
  }
}

/** Parses events.jsonl; a torn or corrupt line ends the log, as the run store does. */
export function parseEvents(text: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      out.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      break;
    }
  }
  return out;
}

export function settingsOfRun(run: unknown): Settings {
  const r = (run ?? {}) as { config?: { settings?: Partial<Settings> }; settings?: Partial<Settings>; hill?: string };
  const s = r.config?.settings ?? r.settings;
  if (s && typeof s.coreSize === 'number') return makeSettings(s);
  try {
    return hillSettings(r.hill ?? '94nop');
  } catch {
    return hillSettings('94nop');
  }
}

export function readRun(title: string, runJson: string | null, eventsText: string): RunInfo {
  let run: unknown = null;
  try {
    run = runJson ? JSON.parse(runJson) : null;
  } catch {
    run = null;
  }
  const champions: Champion[] = [];
  const best = new Map<number, number>();
  for (const e of parseEvents(eventsText)) {
    if (e.type === 'champion' && typeof e.source === 'string') {
      champions.push({ round: Number(e.round), name: String(e.name ?? `round ${e.round}`), file: String(e.file ?? ''), fitness: Number(e.fitness ?? 0), source: e.source });
    } else if (e.type === 'evaluation' && typeof e.fitness === 'number') {
      const r = Number(e.round);
      best.set(r, Math.max(best.get(r) ?? -Infinity, e.fitness));
    }
  }
  champions.sort((a, b) => a.round - b.round);
  const bestPerRound = [...best.entries()].sort((a, b) => a[0] - b[0]);
  return { title, settings: settingsOfRun(run), champions, bestPerRound };
}
