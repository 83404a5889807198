// The `redqueen` command: parses argv with commander and hands off to one module per subcommand.
import { Command } from 'commander';
import { registerAssemble } from './commands/assemble.ts';
import { registerBench } from './commands/bench.ts';
import { expandOptionFiles } from './settings-options.ts';

const program = new Command();
program
  .name('redqueen')
  .description('Red Queen arena: a pMARS-exact Core War assembler, MARS, tournaments and co-evolution')
  .showHelpAfterError();

registerAssemble(program);
registerBench(program);

await program.parseAsync(expandOptionFiles(process.argv.slice(2)), { from: 'user' });
