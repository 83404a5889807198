// `redqueen bench-asm` (npm run bench:asm): assembles every file of the corpus under its set's settings.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { assemble, decodeWarriorBytes } from '../../redcode/index.ts';
import { corpusSettings, sharedDir } from '../shared-data.ts';

export function registerBenchAsm(program: Command): void {
  program
    .command('bench-asm')
    .description('assemble the whole corpus (../shared/corpus) and print files and seconds')
    .option('--repeat <n>', 'passes over the corpus (the best is reported)', (v) => Number(v), 3)
    .action((opts: { repeat: number }) => {
      const shared = sharedDir();
      const settings = corpusSettings(shared, { warriors: 1, rounds: 1 });
      const inputs: { file: string; text: string; set: string }[] = [];
      for (const set of settings.keys()) {
        const dir = join(shared, 'corpus', set);
        for (const f of readdirSync(dir).sort()) {
          const path = join(dir, f);
          if (statSync(path).isFile()) inputs.push({ file: `${set}/${f}`, text: decodeWarriorBytes(readFileSync(path)), set });
        }
      }
      let best = Infinity;
      let ok = 0;
      for (let pass = 0; pass < Math.max(1, opts.repeat); pass++) {
        ok = 0;
        const t0 = performance.now();
        for (const input of inputs) if (assemble(input.text, { settings: settings.get(input.set)!, file: input.file }).ok) ok++;
        best = Math.min(best, (performance.now() - t0) / 1000);
      }
      console.log(`assembled ${inputs.length} files (${ok} ok, ${inputs.length - ok} rejected) in ${best.toFixed(3)} s (best of ${opts.repeat}; files read beforehand)`);
      console.log(`files=${inputs.length} seconds=${best.toFixed(3)}`);
    });
}
