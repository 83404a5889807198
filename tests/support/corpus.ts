// Corpus warriors and the settings each set is assembled under (as in the golden data).
import { readFileSync } from 'node:fs';
import { corpusSettings } from '../../src/cli/shared-data.ts';
import type { Settings } from '../../src/mars/settings.ts';
import { decodeWarriorBytes } from '../../src/redcode/index.ts';
import { SHARED, sharedPath } from './shared.ts';

export const CORPUS_SETS = ['94nop', '94', '88', 'tiny', 'nano', 'fsh94nop', 'bench-rc', 'pmars-dist', 'drq-human', 'drq-llm'];

/** A set's settings; WARRIORS and ROUNDS default to 1, as when pMARS assembled the golden listings. */
export function setSettings(set: string, extra: Partial<Settings> = {}): Settings {
  sharedPath('corpus', 'settings.json');
  const s = corpusSettings(SHARED, { warriors: 1, rounds: 1, ...extra }).get(set);
  if (!s) throw new Error(`no settings for set ${set}`);
  return s;
}

export function readCorpusFile(path: string): string {
  return decodeWarriorBytes(readFileSync(sharedPath('corpus', path)));
}
