// `redqueen assemble FILE...`: load files (pMARS format) or golden-shaped JSON, one per file.
import type { Command } from 'commander';
import { formatInstruction } from '../../mars/insn.ts';
import { formatDiagnostic, toLoadFile, type AssembleResult } from '../../redcode/index.ts';
import { addSettingsOptions, positiveInt, settingsFromFlags, type SettingsFlags } from '../settings-options.ts';
import { assembleFile } from '../warrior-files.ts';

interface AssembleFlags extends SettingsFlags {
  json?: boolean;
  warriors?: number;
}

export function registerAssemble(program: Command): void {
  const cmd = program
    .command('assemble')
    .description('assemble Redcode files and print pMARS load files (or JSON with --json)')
    .argument('<files...>', 'Redcode source files')
    .option('--json', 'one JSON object per file: file, ok, name, author, start, length, code, errors')
    .option('-r, --rounds <n>', 'value of the ROUNDS constant', positiveInt)
    .option('--warriors <n>', 'value of the WARRIORS constant', positiveInt);
  addSettingsOptions(cmd).action((files: string[], flags: AssembleFlags) => {
    const settings = settingsFromFlags(flags, { warriors: flags.warriors ?? 1, rounds: 1 });
    let failed = false;
    for (const file of files) {
      const result = assembleFile(file, settings);
      if (!result.ok) failed = true;
      if (flags.json) {
        process.stdout.write(JSON.stringify(toJson(file, result, settings.coreSize)) + '\n');
        continue;
      }
      for (const w of result.warnings) process.stderr.write(formatDiagnostic(w, 'warning') + '\n');
      for (const e of result.errors) process.stderr.write(formatDiagnostic(e) + '\n');
      if (result.warrior) process.stdout.write(toLoadFile(result.warrior, settings.coreSize));
    }
    if (failed) process.exitCode = 1;
  });
}

function toJson(file: string, r: AssembleResult, coreSize: number): Record<string, unknown> {
  const w = r.warrior;
  const out: Record<string, unknown> = { file, ok: r.ok, name: r.name, author: r.author };
  if (w) {
    out.start = w.start;
    out.length = w.code.length;
    if (w.pin !== null) out.pin = w.pin;
    out.code = w.code.map((i) => formatInstruction(i, coreSize));
  }
  out.errors = r.errors;
  if (r.warnings.length > 0) out.warnings = r.warnings;
  return out;
}
