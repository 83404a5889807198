// The shared folder beside the project: the warrior corpus with each set's hill settings, and the
// pMARS golden data. Found through REDQUEEN_SHARED, else ../shared next to the repository.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeSettings, type Settings } from '../mars/settings.ts';

/** The project folder (the one holding package.json, warriors/ and src/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function sharedDir(): string {
  const dir = resolve(process.env.REDQUEEN_SHARED ?? join(REPO_ROOT, '..', 'shared'));
  if (!existsSync(dir)) throw new Error(`shared data not found at ${dir} (set REDQUEEN_SHARED)`);
  return dir;
}

interface SetSettingsJson {
  coresize: number;
  maxProcesses: number;
  maxCycles: number;
  maxLength: number;
  minDistance: number;
  pspaceSize: number;
  icws88: boolean;
  readLimit?: number;
  writeLimit?: number;
}

/** Each corpus set's MARS settings from corpus/settings.json (WARRIORS and ROUNDS as given). */
export function corpusSettings(shared: string, extra: Partial<Settings> = {}): Map<string, Settings> {
  const all = JSON.parse(readFileSync(join(shared, 'corpus', 'settings.json'), 'utf8')) as Record<string, SetSettingsJson>;
  const out = new Map<string, Settings>();
  for (const [set, s] of Object.entries(all)) {
    out.set(set, makeSettings({
      coreSize: s.coresize,
      maxProcesses: s.maxProcesses,
      maxCycles: s.maxCycles,
      maxLength: s.maxLength,
      minDistance: s.minDistance,
      pSpaceSize: s.pspaceSize,
      icws88: s.icws88,
      readLimit: s.readLimit,
      writeLimit: s.writeLimit,
      ...extra,
    }));
  }
  return out;
}
