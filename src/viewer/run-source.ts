// Where a run folder comes from: the directory picker, a folder chosen through <input webkitdirectory>,
// or a URL (`redqueen view runs/NAME` serves the folder under /run/).
import { parseReportGenerality, readRun } from './runs.ts';
import type { RunInfo } from './runs.ts';

interface DirHandle {
  name: string;
  getFileHandle(name: string): Promise<{ getFile(): Promise<File> }>;
  getDirectoryHandle(name: string): Promise<DirHandle>;
}

async function readOptional(dir: DirHandle, name: string): Promise<string | null> {
  try {
    return await (await (await dir.getFileHandle(name)).getFile()).text();
  } catch {
    return null;
  }
}

export function canPickDirectory(): boolean {
  return 'showDirectoryPicker' in window;
}

export async function pickRunDirectory(): Promise<RunInfo> {
  const picker = (window as unknown as { showDirectoryPicker(o?: object): Promise<DirHandle> }).showDirectoryPicker;
  const dir = await picker({ mode: 'read' });
  const events = await readOptional(dir, 'events.jsonl');
  if (events === null) throw new Error(`${dir.name} has no events.jsonl: not a run folder`);
  const info = readRun(dir.name, await readOptional(dir, 'run.json'), events);
  const reportDir = await dir.getDirectoryHandle('report').catch(() => null);
  const html = reportDir && (await readOptional(reportDir, 'report.html'));
  if (reportDir && html !== null) {
    const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
    info.report = { url, generality: parseReportGenerality(await readOptional(reportDir, 'report.json')) };
  }
  return info;
}

/** Files from <input type=file webkitdirectory>. */
export async function runFromFiles(files: FileList): Promise<RunInfo> {
  const list = [...files];
  const find = (name: string) => list.find((f) => f.webkitRelativePath.split('/').length === 2 && f.name === name);
  const ev = find('events.jsonl');
  if (!ev) throw new Error('the folder has no events.jsonl: not a run folder');
  const run = find('run.json');
  const info = readRun(ev.webkitRelativePath.split('/')[0], run ? await run.text() : null, await ev.text());
  const inReport = (name: string) => list.find((f) => f.webkitRelativePath.split('/').slice(1).join('/') === `report/${name}`);
  const html = inReport('report.html');
  if (html) {
    const json = inReport('report.json');
    info.report = { url: URL.createObjectURL(html), generality: parseReportGenerality(json ? await json.text() : null) };
  }
  return info;
}

export async function fetchRun(base: string): Promise<RunInfo> {
  const root = base.endsWith('/') ? base : `${base}/`;
  const ev = await fetch(`${root}events.jsonl`);
  if (!ev.ok) throw new Error(`cannot read ${root}events.jsonl (${ev.status})`);
  const run = await fetch(`${root}run.json`);
  const title = decodeURIComponent(new URL(root, location.href).searchParams.get('name') ?? '') || (await titleOf(root));
  const info = readRun(title, run.ok ? await run.text() : null, await ev.text());
  // The view server says whether an analysis exists (report.txt), so no request ever 404s.
  const where = await fetch(`${root}report.txt`).then((r) => (r.ok ? r.text() : ''), () => '');
  if (where.trim()) {
    const json = await fetch(`${root}report/report.json`).then((r) => (r.ok ? r.text() : null), () => null);
    info.report = { url: `${root}${where.trim()}`, generality: parseReportGenerality(json) };
  }
  return info;
}

async function titleOf(root: string): Promise<string> {
  const r = await fetch(`${root}name.txt`).catch(() => null);
  return r && r.ok ? (await r.text()).trim() : 'run';
}
