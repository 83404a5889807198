// The pMARS-style settings flags shared by the commands (-s -c -p -l -d -S -8 -r, --hill, -@ optfile).
import { readFileSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { HILLS, hillSettings, makeSettings, type Settings } from '../mars/settings.ts';

export interface SettingsFlags {
  hill?: string;
  coresize?: number;
  cycles?: number;
  processes?: number;
  length?: number;
  distance?: number;
  pspace?: number;
  icws88?: boolean;
  rounds?: number;
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError(`'${value}' is not a positive integer`);
  }
  return n;
}

export function nonNegativeInt(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError(`'${value}' is not a non-negative integer`);
  return Number(value);
}

export function integer(value: string): number {
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError(`'${value}' is not an integer`);
  return n;
}

export function addSettingsOptions(cmd: Command): Command {
  return cmd
    .option('--hill <name>', `hill preset (${Object.keys(HILLS).join(', ')})`)
    .option('-s, --coresize <n>', 'core size', positiveInt)
    .option('-c, --cycles <n>', 'cycles per round before a tie', positiveInt)
    .option('-p, --processes <n>', 'process limit per warrior', positiveInt)
    .option('-l, --length <n>', 'maximum warrior length', positiveInt)
    .option('-d, --distance <n>', 'minimum distance between warriors', positiveInt)
    .option('-S, --pspace <n>', 'P-space cells per warrior', positiveInt)
    .option('-8, --icws88', "ICWS'88 mode");
}

/** A hill preset (or pMARS's defaults) with each given flag on top; unset distance follows length. */
export function settingsFromFlags(flags: SettingsFlags, base: Partial<Settings> = {}): Settings {
  const preset: Partial<Settings> = flags.hill ? hillSettings(flags.hill) : {};
  const given: Partial<Settings> = {};
  if (flags.coresize !== undefined) given.coreSize = flags.coresize;
  if (flags.cycles !== undefined) given.maxCycles = flags.cycles;
  if (flags.processes !== undefined) given.maxProcesses = flags.processes;
  if (flags.length !== undefined) given.maxLength = flags.length;
  if (flags.distance !== undefined) given.minDistance = flags.distance;
  if (flags.pspace !== undefined) given.pSpaceSize = flags.pspace;
  if (flags.icws88) given.icws88 = true;
  if (flags.rounds !== undefined) given.rounds = flags.rounds;
  const merged: Partial<Settings> = { ...base, ...preset, ...given };
  // Values derived from others are recomputed unless they were set explicitly.
  if (given.coreSize !== undefined) {
    if (given.pSpaceSize === undefined && !flags.hill) delete merged.pSpaceSize;
    if (flags.hill) {
      delete merged.readLimit;
      delete merged.writeLimit;
    }
  }
  if (given.maxLength !== undefined && given.minDistance === undefined) delete merged.minDistance;
  return makeSettings(merged);
}

/** Arguments from a pMARS option file (`-@ file`): whitespace-separated, `;` starts a comment. */
export function readOptionFile(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.replace(/;.*/, ''))
    .join(' ')
    .split(/\s+/)
    .filter((w) => w !== '');
}

/** Replaces every `-@ FILE` in argv by the file's arguments, so option files work with any command. */
export function expandOptionFiles(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '-@' && i + 1 < argv.length) {
      out.push(...readOptionFile(argv[++i]));
    } else if (argv[i].startsWith('-@') && argv[i].length > 2) {
      out.push(...readOptionFile(argv[i].slice(2)));
    } else {
      out.push(argv[i]);
    }
  }
  return out;
}
