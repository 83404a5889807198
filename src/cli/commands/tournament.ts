// `redqueen tournament PATHS...`: round robin, benchmark (--against DIR) or melee of Redcode files on
// the worker pool; prints the table sorted by KOTH points (text, --json or --csv). Ctrl-C prints the
// table of the battles finished so far and exits with 130.
import { writeFileSync } from 'node:fs';
import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import { benchmarkPlan } from '../../arena/benchmark.ts';
import { collectWarriorFiles, disambiguate, loadEntrants } from '../../arena/files.ts';
import type { Rejected } from '../../arena/files.ts';
import { formatCsv, formatJson, formatText } from '../../arena/format.ts';
import type { Outcome } from '../../arena/job.ts';
import { meleePlan } from '../../arena/melee.ts';
import type { Mode, TournamentPlan } from '../../arena/plan.ts';
import { withWarriors } from '../../arena/plan.ts';
import { createPool, defaultWorkers } from '../../arena/pool.ts';
import { roundRobinPlan } from '../../arena/round-robin.ts';
import { runPlan } from '../../arena/run.ts';
import { tally } from '../../arena/tally.ts';
import type { Report } from '../../arena/tally.ts';
import { formatDiagnostic } from '../../redcode/index.ts';
import { addSettingsOptions, nonNegativeInt, positiveInt, settingsFromFlags } from '../settings-options.ts';
import type { SettingsFlags } from '../settings-options.ts';
import { startProgress } from '../../arena/progress-bar.ts';

interface TournamentFlags extends SettingsFlags {
  against?: string;
  mode?: Mode;
  seed: number;
  workers?: number;
  json?: boolean;
  csv?: boolean;
  out?: string;
  quiet?: boolean;
  meleeSize?: number;
  maxBattles?: number;
  warmup?: number;
}

function modeArg(value: string): Mode {
  if (value !== 'round-robin' && value !== 'benchmark' && value !== 'melee') {
    throw new InvalidArgumentError(`mode must be round-robin, benchmark or melee`);
  }
  return value;
}

export function reportRejected(rejected: readonly Rejected[]): void {
  for (const r of rejected) {
    const first = r.errors[0];
    const msg = first ? formatDiagnostic(first) : `${r.file}: error: rejected`;
    process.stderr.write(`${msg} (left out)\n`);
  }
}

function output(report: Report, flags: TournamentFlags): void {
  const text = flags.json ? formatJson(report) : flags.csv ? formatCsv(report) : formatText(report);
  if (flags.out) writeFileSync(flags.out, text);
  else process.stdout.write(text);
}

function buildPlan(paths: string[], flags: TournamentFlags): TournamentPlan | undefined {
  const mode: Mode = flags.mode ?? (flags.against ? 'benchmark' : 'round-robin');
  if (mode === 'benchmark' && !flags.against) throw new InvalidArgumentError('benchmark mode needs --against DIR');
  const rounds = flags.rounds ?? 100;
  const files = collectWarriorFiles(paths);
  const againstFiles = flags.against ? collectWarriorFiles([flags.against]) : [];
  // Assemble with the WARRIORS and ROUNDS constants of the battles to come.
  const size = mode === 'melee' ? (flags.meleeSize ?? files.length) : 2;
  const settings = withWarriors(settingsFromFlags(flags), size, rounds);
  const a = loadEntrants(files, settings);
  const b = loadEntrants(againstFiles, settings);
  reportRejected([...a.rejected, ...b.rejected]);
  const named = disambiguate([...a.entrants, ...b.entrants]);
  const entrants = named.slice(0, a.entrants.length);
  const opponents = named.slice(a.entrants.length);
  if (entrants.length === 0 || (mode === 'benchmark' && opponents.length === 0)) {
    process.stderr.write('no warriors to fight\n');
    return undefined;
  }
  if (mode === 'benchmark') return benchmarkPlan(entrants, opponents, settings, rounds, flags.seed);
  if (mode === 'melee') return meleePlan(entrants, settings, rounds, flags.seed, { size, maxBattles: flags.maxBattles });
  if (entrants.length < 2) {
    process.stderr.write('a round robin needs at least two warriors\n');
    return undefined;
  }
  return roundRobinPlan([...entrants, ...opponents], settings, rounds, flags.seed);
}

async function runTournament(paths: string[], flags: TournamentFlags): Promise<void> {
  if (flags.json && flags.csv) throw new InvalidArgumentError('choose one of --json and --csv');
  const plan = buildPlan(paths, flags);
  if (!plan) {
    process.exitCode = 1;
    return;
  }
  const workers = flags.workers ?? defaultWorkers();
  const pool = createPool({ workers, warmup: flags.warmup });
  const outcomes = new Array<Outcome | undefined>(plan.battles.length);
  const abort = new AbortController();
  const progress = startProgress(plan.battles.length, !!flags.quiet);
  let interrupted = false;
  const onSigint = (): void => {
    if (interrupted) process.exit(130); // a second Ctrl-C does not wait
    interrupted = true;
    abort.abort(new Error('interrupted'));
  };
  process.on('SIGINT', onSigint);
  const t0 = performance.now();
  try {
    const report = await runPlan(pool, plan, { outcomes, signal: abort.signal, onProgress: progress.update });
    progress.stop();
    output(report, flags);
    if (!flags.quiet) {
      const secs = (performance.now() - t0) / 1000;
      process.stderr.write(`${plan.battles.length} battles in ${secs.toFixed(1)} s with ${workers} worker(s)\n`);
    }
  } catch (e) {
    progress.stop();
    if (!interrupted) throw e;
    output(tally(plan, outcomes), flags);
    process.exitCode = 130;
  } finally {
    process.off('SIGINT', onSigint);
    await pool.close();
  }
}

export function registerTournament(program: Command): void {
  const cmd = program
    .command('tournament')
    .description('rank Redcode warriors: round robin, benchmark against a folder, or melee, on worker threads')
    .argument('<paths...>', 'warrior files or folders of .red files')
    .option('--against <dir>', 'opponents for benchmark mode (files or a folder)')
    .option('--mode <mode>', 'round-robin | benchmark | melee (default: benchmark with --against, else round-robin)', modeArg)
    .option('-r, --rounds <n>', 'rounds per battle', positiveInt, 100)
    .option('--seed <s>', 'tournament seed; every battle seed derives from it', nonNegativeInt, 1)
    .option('--workers <n>', 'worker threads (0 = run in this thread)', nonNegativeInt)
    .option('--melee-size <n>', 'warriors per melee battle (default: all)', positiveInt)
    .option('--max-battles <n>', 'melee: most battles when groups are smaller than the field', positiveInt)
    .option('--warmup <ms>', 'longest MARS JIT warm-up per worker, milliseconds (default 4000; 0 = none)', nonNegativeInt)
    .option('--json', 'JSON report: table and every battle')
    .option('--csv', 'CSV table')
    .option('--out <file>', 'write the report to a file instead of stdout')
    .option('--quiet', 'no progress bar or timing on stderr');
  addSettingsOptions(cmd).action((paths: string[], flags: TournamentFlags) => runTournament(paths, flags));
}
