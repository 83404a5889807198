// Locates ../shared (corpus and pMARS golden data). A missing folder is a failure, never a skip.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const SHARED = resolve(process.env.REDQUEEN_SHARED ?? join(repoRoot, '..', 'shared'));

export function sharedPath(...parts: string[]): string {
  const p = join(SHARED, ...parts);
  if (!existsSync(p)) {
    throw new Error(`conformance data not found: ${p} (set REDQUEEN_SHARED to the shared folder)`);
  }
  return p;
}

export function readJsonl<T>(...parts: string[]): T[] {
  return readFileSync(sharedPath(...parts), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

export function readJson<T>(...parts: string[]): T {
  return JSON.parse(readFileSync(sharedPath(...parts), 'utf8')) as T;
}
