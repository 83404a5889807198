// `redqueen evolve`: a Red Queen run with the LLM or the embedded proposer, written to a run folder.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { HILLS, hillSettings, type Settings } from '../../mars/settings.ts';
import { assemble, decodeWarriorBytes, formatDiagnostic } from '../../redcode/index.ts';
import {
  DEFAULT_CONFIG, FINAL_FACTOR, LlmProposer, MutateProposer, RedQueen, RunStore,
  type Candidate, type ChampionRule, type EvolveConfig, type Proposer, type RunJobs,
} from '../../evolve/index.ts';
import { nonNegativeInt, positiveInt } from '../settings-options.ts';
import { REPO_ROOT } from '../shared-data.ts';
import { createJobRunner } from '../job-runner.ts';
import { StatusLine } from '../status-line.ts';

export const WARRIORS_DIR = join(REPO_ROOT, 'warriors');

export interface EvolveFlags {
  rounds: number;
  iters: number;
  history?: number;
  seed: string;
  proposer: 'auto' | 'llm' | 'mutate';
  out?: string;
  resume?: boolean;
  threshold: number;
  fitness: 'melee' | 'hill';
  champion: string;
  finalists: number;
  feedback?: boolean;
  hill: string;
  initial?: string;
  placements: number;
  workers?: number;
  model: string;
  temperature: number;
  maxCalls?: number;
  maxTokens?: number;
  maxMinutes?: number;
  timeout: number;
  quiet?: boolean;
}

/** What run.json records: every setting needed to continue or reproduce the run (never the API key). */
interface RunFile {
  format: 1;
  createdAt: string;
  config: EvolveConfig;
  hill: string;
  initial: { file: string; name: string };
  proposer: { kind: string; model?: string; baseURL?: string; temperature?: number };
  versions: { redqueen: string; node: string };
}

function number(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new InvalidArgumentError(`'${value}' is not a number`);
  return n;
}

/** The evolve options, shared with `redqueen experiment`. */
export function addEvolveOptions(cmd: Command): Command {
  return cmd
    .option('--rounds <n>', 'champions to evolve after w0', positiveInt, DEFAULT_CONFIG.rounds)
    .option('--iters <n>', 'iterations per round after the initial proposals', positiveInt, DEFAULT_CONFIG.iters)
    .option('--history <k>', 'opponents: w0 plus the last K champions (default: all)', positiveInt)
    .option('--seed <s>', 'run seed (every random choice derives from it)', 'redqueen')
    .option('--proposer <kind>', 'auto (llm when OPENAI_API_KEY is set), llm or mutate', 'auto')
    .option('--threshold <x>', 'end a round early once the best fitness passes this', number, DEFAULT_CONFIG.threshold)
    .option('--fitness <mode>', 'melee (share of survival) or hill (1v1 KOTH points)', DEFAULT_CONFIG.fitness)
    .option('--champion <rule>', 'who joins the lineage: elite (best new archive elite) or evaluated (best new warrior evaluated in the round)', DEFAULT_CONFIG.champion)
    .option('--finalists <k>', `re-score the round's K fittest new warriors with ${FINAL_FACTOR}× the battles and crown the best (0 = off)`, nonNegativeInt, DEFAULT_CONFIG.finalists)
    .option('--feedback', "give the LLM the parent's results against each opponent")
    .option('--hill <name>', `MARS settings (${Object.keys(HILLS).join(', ')})`, '94nop')
    .option('--initial <file>', 'w0, the warrior the lineage starts from (default warriors/dormouse.red, a dwarf)')
    .option('--placements <n>', 'fixed placements per melee evaluation', positiveInt, DEFAULT_CONFIG.placements)
    .option('--workers <n>', 'battle worker threads (default: one per core)', (v) => Number(v))
    .option('--model <name>', 'LLM model', process.env.OPENAI_MODEL ?? 'gpt-4.1-mini')
    .option('--temperature <t>', 'LLM sampling temperature', number, 1)
    .option('--max-calls <n>', 'stop after this many LLM calls', positiveInt)
    .option('--max-tokens <n>', 'stop after this many LLM tokens', positiveInt)
    .option('--max-minutes <m>', 'stop after this many minutes', number)
    .option('--timeout <s>', 'seconds before an LLM request is retried', number, 120)
    .option('--quiet', 'no progress display');
}

export function registerEvolve(program: Command): void {
  addEvolveOptions(program.command('evolve').description('evolve a lineage of champions, each of which must beat the ones before it'))
    .option('--out <dir>', 'run folder (default runs/<seed>-<time>)')
    .option('--resume', 'continue the run in --out from its event log')
    .action(async (flags: EvolveFlags) => {
      process.exitCode = await evolve(flags);
    });
}

export async function evolve(flags: EvolveFlags): Promise<number> {
  const out = resolve(flags.out ?? join('runs', `${flags.seed}-${new Date().toISOString().replace(/[:.]/g, '-')}`));
  const store = new RunStore(out);
  let run: RunFile;
  if (flags.resume) {
    if (!store.exists()) throw new Error(`--resume: no run in ${out}`);
    run = store.readRun<RunFile>();
  } else {
    run = newRunFile(flags);
  }
  const settings = run.config.settings;
  const templates = loadTemplates(settings);
  const initial = loadInitial(run.initial.file, settings);
  const proposer = makeProposer(run, flags, settings, templates);
  if (!flags.resume) store.create(run);
  const previous = flags.resume ? store.readEvents() : [];

  const runner = await createJobRunner(flags.workers);
  const status = new StatusLine(!flags.quiet);
  let interrupted: string | null = null;
  const onSignal = () => {
    interrupted = 'interrupted (Ctrl-C); continue with --resume';
  };
  process.once('SIGINT', onSignal);
  const deadline = flags.maxMinutes !== undefined ? Date.now() + flags.maxMinutes * 60_000 : null;
  console.log(`Red Queen run in ${out}`);
  console.log(`  proposer ${run.proposer.kind}${run.proposer.model ? ` (${run.proposer.model})` : ''}, ${run.config.rounds} rounds × ≤${run.config.iters} iterations, fitness ${run.config.fitness}, hill ${run.hill}, ${runner.workers} worker(s)`);
  try {
    const loop = new RedQueen(store, run.config, proposer, runner.run as RunJobs, {
      onProgress: (p) => status.update(
        `round ${p.round}/${p.rounds}  ` +
        (p.finalist ? `finalist ${p.finalist[0]}/${p.finalist[1]}` : `step ${p.step} (iteration ${p.iteration}/${p.iters})`) +
        `  best ${p.best.toFixed(3)}  ` +
        `coverage ${(p.coverage * 100).toFixed(0)}%  evaluations ${p.evaluations}` +
        (proposer instanceof LlmProposer ? `  calls ${proposer.calls}` : '') + `  | ${p.lastEvent}`,
      ),
      shouldStop: () => interrupted ?? (deadline !== null && Date.now() >= deadline ? '--max-minutes reached' : null),
    });
    const t0 = Date.now();
    const result = await loop.run(initial, previous);
    status.done();
    console.log(`\nLineage (${out}/lineage):`);
    for (const m of result.lineage) {
      const fitness = m.round === 0 ? '(w0)'.padStart(5) : m.fitness.toFixed(3);
      console.log(`  w${String(m.round).padEnd(3)} ${m.name.padEnd(32)} fitness ${fitness}  ${m.file}`);
    }
    if (proposer instanceof LlmProposer) {
      console.log(`LLM use: ${proposer.calls} calls, ${proposer.usage.prompt} prompt + ${proposer.usage.completion} completion tokens`);
    }
    console.log(`${result.stopped ? `Stopped: ${result.stopped}` : 'Finished'} after ${((Date.now() - t0) / 1000).toFixed(1)} s.`);
    console.log(`Events: ${store.eventsFile}`);
    console.log(`Watch a champion fight: npx redqueen battle ${join(out, 'lineage', result.lineage.at(-1)!.file)} ${join(out, 'lineage', result.lineage[0].file)} -r 10 --hill ${run.hill}`);
    console.log(`Open the run in the viewer: npx redqueen view ${out}`);
    return result.stopped && result.stopped.startsWith('interrupted') ? 130 : 0;
  } finally {
    process.off('SIGINT', onSignal);
    store.close();
    await runner.close();
  }
}

function newRunFile(flags: EvolveFlags): RunFile {
  if (flags.fitness !== 'melee' && flags.fitness !== 'hill') throw new Error(`--fitness must be melee or hill`);
  if (flags.champion !== 'elite' && flags.champion !== 'evaluated') throw new Error(`--champion must be elite or evaluated`);
  const settings: Settings = hillSettings(flags.hill);
  const key = process.env.OPENAI_API_KEY;
  const kind = flags.proposer === 'auto' ? (key ? 'llm' : 'mutate') : flags.proposer;
  if (kind !== 'llm' && kind !== 'mutate') throw new Error(`--proposer must be auto, llm or mutate`);
  if (kind === 'llm' && !key) throw new Error('--proposer llm needs OPENAI_API_KEY (and OPENAI_BASE_URL for other endpoints)');
  const initialFile = resolve(flags.initial ?? join(WARRIORS_DIR, 'dormouse.red'));
  const initial = loadInitial(initialFile, settings);
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  return {
    format: 1,
    createdAt: new Date().toISOString(),
    config: {
      ...DEFAULT_CONFIG,
      seed: flags.seed,
      rounds: flags.rounds,
      iters: flags.iters,
      history: flags.history ?? null,
      threshold: flags.threshold,
      fitness: flags.fitness,
      champion: flags.champion as ChampionRule,
      finalists: flags.finalists,
      feedback: !!flags.feedback,
      settings,
      placements: flags.placements,
    },
    hill: flags.hill,
    initial: { file: initialFile, name: initial.name },
    proposer: kind === 'llm'
      ? { kind, model: flags.model, baseURL: process.env.OPENAI_BASE_URL, temperature: flags.temperature }
      : { kind },
    versions: { redqueen: pkg.version, node: process.version },
  };
}

function makeProposer(run: RunFile, flags: EvolveFlags, settings: Settings, templates: Candidate[]): Proposer {
  if (run.proposer.kind === 'mutate') return new MutateProposer({ settings, templates });
  const apiKey = process.env.OPENAI_API_KEY;
  if (!apiKey) throw new Error('this run uses the LLM proposer: set OPENAI_API_KEY');
  return new LlmProposer({
    apiKey,
    baseURL: process.env.OPENAI_BASE_URL ?? run.proposer.baseURL,
    model: run.proposer.model!,
    temperature: run.proposer.temperature ?? 1,
    settings,
    timeoutMs: flags.timeout * 1000,
    maxCalls: flags.maxCalls,
    maxTokens: flags.maxTokens,
    deadline: flags.maxMinutes !== undefined ? Date.now() + flags.maxMinutes * 60_000 : undefined,
  });
}

function loadInitial(file: string, settings: Settings): Candidate {
  const source = decodeWarriorBytes(readFileSync(file));
  const r = assemble(source, { settings, file });
  if (!r.ok || !r.warrior) throw new Error(`w0 does not assemble:\n${r.errors.map((e) => formatDiagnostic(e)).join('\n')}`);
  return { name: r.warrior.name !== 'Unknown' ? r.warrior.name : basename(file, '.red'), source, warrior: r.warrior };
}

/** Our own warriors, the embedded proposer's raw material for new warriors. */
function loadTemplates(settings: Settings): Candidate[] {
  const out: Candidate[] = [];
  for (const f of readdirSync(WARRIORS_DIR).filter((f) => f.endsWith('.red')).sort()) {
    const file = join(WARRIORS_DIR, f);
    const source = decodeWarriorBytes(readFileSync(file));
    const r = assemble(source, { settings, file });
    if (r.ok && r.warrior) out.push({ name: r.warrior.name, source, warrior: r.warrior });
  }
  if (out.length === 0) throw new Error(`no warrior in ${WARRIORS_DIR} assembles under these settings`);
  return out;
}
