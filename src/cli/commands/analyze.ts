// `redqueen analyze RUN...`: generality, Red Queen dynamics and convergence of evolution runs.
import { mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { collectWarriorFiles, createPool, defaultWorkers, loadEntrants } from '../../arena/index.ts';
import { writeFileAtomic } from '../../arena/atomic-file.ts';
import { analyzeRuns, type AnalysisReport, type ReferenceSet } from '../../analysis/analyze.ts';
import { reportHtml, textSummary } from '../../analysis/report.ts';
import { loadRun } from '../../analysis/runs.ts';
import type { Settings } from '../../mars/settings.ts';
import { formatDiagnostic } from '../../redcode/index.ts';
import { positiveInt } from '../settings-options.ts';
import { StatusLine } from '../status-line.ts';

export interface AnalyzeFlags {
  against: string[];
  rounds: number;
  out?: string;
  workers?: number;
  seed: number;
  quiet?: boolean;
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('generality, win matrix / rock-paper-scissors cycles and convergence of evolution runs')
    .argument('<runs...>', 'run folders (made by redqueen evolve)')
    .option('--against <dir>', 'reference warriors (repeatable), e.g. ../shared/corpus/drq-human', (v, acc: string[]) => [...acc, v], [])
    .option('-r, --rounds <n>', 'rounds per 1v1 pairing', positiveInt, 100)
    .option('--out <dir>', 'where report.json and report.html go (default RUN/report, or analysis/ for several runs)')
    .option('--workers <n>', 'battle worker threads', (v) => Number(v))
    .option('--seed <n>', 'seed of the battles’ placements', (v) => Number(v), 1)
    .option('--quiet', 'no progress display')
    .action(async (runs: string[], flags: AnalyzeFlags) => {
      const out = flags.out ?? (runs.length === 1 ? join(runs[0], 'report') : 'analysis');
      await analyze(runs, flags, out);
    });
}

export async function analyze(runDirs: string[], flags: AnalyzeFlags, out: string): Promise<AnalysisReport> {
  const runs = runDirs.map((d) => loadRun(resolve(d)));
  const settings = runs[0].settings;
  for (const r of runs) {
    if (JSON.stringify(r.settings) !== JSON.stringify(settings)) throw new Error(`${r.dir} was run with other MARS settings than ${runs[0].dir}`);
  }
  const references = flags.against.map((dir) => loadReference(dir, { ...settings, warriors: 2, rounds: flags.rounds }));
  const pool = createPool({ workers: flags.workers ?? defaultWorkers() });
  const status = new StatusLine(!flags.quiet);
  const t0 = Date.now();
  try {
    const report = await analyzeRuns(runs, references, pool, {
      rounds: flags.rounds,
      seed: flags.seed,
      onProgress: (done, total, what) => status.update(`${what}: ${done}/${total} battles  ${((Date.now() - t0) / 1000).toFixed(0)} s`),
    });
    status.done();
    mkdirSync(out, { recursive: true });
    writeFileAtomic(join(out, 'report.json'), JSON.stringify(report, null, 1) + '\n');
    writeFileAtomic(join(out, 'report.html'), reportHtml(report));
    console.log(textSummary(report));
    console.log(`Report: ${join(out, 'report.html')} (data: report.json), ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return report;
  } finally {
    await pool.close();
  }
}

function loadReference(dir: string, settings: Settings): ReferenceSet {
  const { entrants, rejected } = loadEntrants(collectWarriorFiles([dir]), settings);
  for (const r of rejected) process.stderr.write(`left out: ${r.errors.map((e) => formatDiagnostic(e)).join('; ')}\n`);
  if (entrants.length === 0) throw new Error(`no warrior in ${dir} assembles under the run's settings`);
  return { label: basename(resolve(dir)), warriors: entrants };
}
