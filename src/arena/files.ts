// Warrior files from the command line: files as given, folders as their *.red files (sorted by name),
// each assembled with the battle's settings; files that fail are returned with their errors.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Settings } from '../mars/settings.ts';
import { assemble, decodeWarriorBytes } from '../redcode/index.ts';
import type { Diagnostic } from '../redcode/index.ts';
import type { Entrant } from './plan.ts';

export function collectWarriorFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (statSync(p).isDirectory()) {
      const names = readdirSync(p).filter((f) => f.toLowerCase().endsWith('.red')).sort();
      for (const f of names) out.push(join(p, f));
    } else {
      out.push(p);
    }
  }
  return out;
}

export interface Rejected {
  file: string;
  errors: Diagnostic[];
}

export function loadEntrants(files: readonly string[], settings: Settings): { entrants: Entrant[]; rejected: Rejected[] } {
  const entrants: Entrant[] = [];
  const rejected: Rejected[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = decodeWarriorBytes(readFileSync(file));
    } catch (e) {
      rejected.push({ file, errors: [{ file, line: 0, column: 0, message: `cannot read file: ${(e as Error).message}` }] });
      continue;
    }
    const r = assemble(text, { settings, file });
    if (r.ok && r.warrior) entrants.push({ name: basename(file), file, warrior: r.warrior });
    else rejected.push({ file, errors: r.errors });
  }
  return { entrants, rejected };
}

/** Display names: the file's base name, or its path relative to cwd where base names collide. */
export function disambiguate(entrants: Entrant[]): Entrant[] {
  const count = new Map<string, number>();
  for (const e of entrants) count.set(e.name, (count.get(e.name) ?? 0) + 1);
  return entrants.map((e) => (count.get(e.name)! > 1 && e.file ? { ...e, name: relative(process.cwd(), e.file) } : e));
}
