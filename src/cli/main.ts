// The `redqueen` command: parses argv with commander and hands off to one module per subcommand.
import { Command } from 'commander';
import { registerAssemble } from './commands/assemble.ts';
import { registerBenchAsm } from './commands/bench-asm.ts';
import { registerBench } from './commands/bench.ts';
import { registerBattle } from './commands/battle.ts';
import { registerEvolve } from './commands/evolve.ts';
import { registerAnalyze } from './commands/analyze.ts';
import { registerExperiment } from './commands/experiment.ts';
import { registerTournament } from './commands/tournament.ts';
import { registerHill } from './commands/hill.ts';
import { registerView } from './commands/view.ts';
import { expandOptionFiles } from './settings-options.ts';

const program = new Command();
program
  .name('redqueen')
  .description('Red Queen arena: a pMARS-exact Core War assembler, MARS, tournaments and co-evolution')
  .showHelpAfterError();

registerAssemble(program);
registerBenchAsm(program);
registerBench(program);
registerBattle(program);
registerEvolve(program);
registerAnalyze(program);
registerExperiment(program);
registerTournament(program);
registerHill(program);
registerView(program);

try {
  await program.parseAsync(expandOptionFiles(process.argv.slice(2)), { from: 'user' });
} catch (e) {
  // Bad input is reported in one line; REDQUEEN_DEBUG=1 shows the stack for bugs.
  process.stderr.write(`redqueen: ${e instanceof Error ? e.message : String(e)}\n`);
  if (process.env.REDQUEEN_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  process.exitCode = 1;
}
