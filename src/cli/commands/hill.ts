// `redqueen hill init DIR | add DIR FILE... | show DIR`: a persistent KOTH hill in a folder.
import type { Command } from 'commander';
import { formatJson, formatTable } from '../../arena/format.ts';
import { addToHill, initHill, loadHill } from '../../arena/hill.ts';
import { createPool, defaultWorkers } from '../../arena/pool.ts';
import { startProgress } from '../../arena/progress-bar.ts';
import { formatDiagnostic } from '../../redcode/index.ts';
import { addSettingsOptions, nonNegativeInt, positiveInt, settingsFromFlags } from '../settings-options.ts';
import type { SettingsFlags } from '../settings-options.ts';

interface InitFlags extends SettingsFlags {
  size: number;
  seed: number;
}

interface AddFlags {
  workers?: number;
  warmup?: number;
  quiet?: boolean;
}

function show(dir: string, json: boolean): void {
  const hill = loadHill(dir);
  if (json) {
    process.stdout.write(formatJson({ ...hill, pairs: undefined } as never));
    return;
  }
  const s = hill.settings;
  process.stdout.write(`hill ${dir}: ${hill.preset ?? 'custom'} (core ${s.coreSize}, cycles ${s.maxCycles}, length ${s.maxLength}), ` +
    `${hill.members.length}/${hill.size} warriors, ${hill.rounds} rounds per pair\n`);
  if (hill.table.length > 0) process.stdout.write(formatTable(hill.table));
  const recent = hill.history.slice(-5).map((e) =>
    `  ${e.at} ${e.event}${e.name ? ` ${e.name}` : ''}${e.file ? ` (${e.file})` : ''}${e.rank ? ` rank ${e.rank}` : ''}`);
  process.stdout.write(`recent history:\n${recent.join('\n')}\n`);
}

async function add(dir: string, files: string[], flags: AddFlags): Promise<void> {
  const pool = createPool({ workers: flags.workers ?? defaultWorkers(), warmup: flags.warmup });
  const abort = new AbortController();
  const onSigint = (): void => abort.abort(new Error('interrupted'));
  process.on('SIGINT', onSigint);
  try {
    for (const file of files) {
      const progress = startProgress(loadHill(dir).members.length, !!flags.quiet);
      try {
        const [r] = await addToHill(dir, [file], pool, { onProgress: progress.update, signal: abort.signal });
        progress.stop();
        if (!r.ok) {
          for (const e of r.errors ?? []) process.stderr.write(formatDiagnostic(e) + '\n');
          process.stderr.write(`${file}: rejected\n`);
          process.exitCode = 1;
          continue;
        }
        const off = (r.pushedOff ?? []).map((m) => `${m.name} (${m.file})`).join(', ');
        process.stdout.write(`${file}: entered at rank ${r.rank}${off ? `; pushed off ${off}` : ''}\n`);
      } catch (e) {
        progress.stop();
        if (abort.signal.aborted) {
          process.stderr.write(`interrupted; ${file} was not added\n`);
          process.exitCode = 130;
          return;
        }
        throw e;
      }
    }
    show(dir, false);
  } finally {
    process.off('SIGINT', onSigint);
    await pool.close();
  }
}

export function registerHill(program: Command): void {
  const hill = program.command('hill').description('a persistent KOTH hill in a folder: init, add, show');
  const init = hill
    .command('init')
    .description('create an empty hill')
    .argument('<dir>', 'hill folder')
    .option('--size <n>', 'warriors kept on the hill', positiveInt, 20)
    .option('-r, --rounds <n>', 'rounds per pair', positiveInt, 100)
    .option('--seed <s>', 'hill seed; each pair seed derives from it and the two member ids', nonNegativeInt, 1);
  addSettingsOptions(init).action((dir: string, flags: InitFlags) => {
    const preset = flags.hill ?? '94nop';
    const settings = settingsFromFlags({ ...flags, hill: preset });
    initHill(dir, { preset, settings, size: flags.size, rounds: flags.rounds ?? 100, seed: flags.seed });
    process.stdout.write(`hill ${dir}: ${preset}, size ${flags.size}, ${flags.rounds} rounds per pair\n`);
  });
  hill
    .command('add')
    .description('fight each file against every member, then push the lowest off when over size')
    .argument('<dir>', 'hill folder')
    .argument('<files...>', 'Redcode files to add, in order')
    .option('--workers <n>', 'worker threads (0 = this thread)', nonNegativeInt)
    .option('--warmup <ms>', 'longest MARS JIT warm-up per worker, milliseconds (default 4000; 0 = none)', nonNegativeInt)
    .option('--quiet', 'no progress bar')
    .action((dir: string, files: string[], flags: AddFlags) => add(dir, files, flags));
  hill
    .command('show')
    .description('print the hill table')
    .argument('<dir>', 'hill folder')
    .option('--json', 'hill.json without the pair results')
    .action((dir: string, flags: { json?: boolean }) => show(dir, !!flags.json));
}
