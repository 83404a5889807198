// `redqueen experiment`: N independent Red Queen runs with different seeds, then the analysis of all.
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { positiveInt } from '../settings-options.ts';
import { analyze } from './analyze.ts';
import { addEvolveOptions, evolve, type EvolveFlags } from './evolve.ts';

interface ExperimentFlags extends EvolveFlags {
  runs: number;
  against: string[];
  analysisRounds: number;
}

export function registerExperiment(program: Command): void {
  addEvolveOptions(program.command('experiment').description('independent runs with different seeds, then their analysis'))
    .option('--runs <n>', 'independent runs', positiveInt, 4)
    .option('--out <dir>', 'experiment folder (runs in run-1 … run-N, analysis in report/)', 'experiment')
    .option('--against <dir>', 'reference warriors for the analysis (repeatable)', (v, acc: string[]) => [...acc, v], [])
    .option('--analysis-rounds <n>', 'rounds per 1v1 pairing in the analysis', positiveInt, 100)
    .action(async (flags: ExperimentFlags) => {
      const root = resolve(flags.out ?? 'experiment');
      const dirs: string[] = [];
      const t0 = Date.now();
      for (let k = 1; k <= flags.runs; k++) {
        const out = join(root, `run-${k}`);
        console.log(`\n== run ${k}/${flags.runs} (seed ${flags.seed}-${k}) ==`);
        const code = await evolve({ ...flags, seed: `${flags.seed}-${k}`, out });
        if (code !== 0) {
          process.exitCode = code;
          return;
        }
        dirs.push(out);
      }
      console.log(`\n== analysis of ${dirs.length} runs (evolution took ${((Date.now() - t0) / 60000).toFixed(1)} min) ==`);
      await analyze(dirs, { against: flags.against, rounds: flags.analysisRounds, workers: flags.workers, seed: 1, quiet: flags.quiet }, join(root, 'report'));
    });
}
