// Corpus warriors and the settings each set is assembled under (as in the golden data).
import { readFileSync } from 'node:fs';
import { decodeWarriorBytes } from '../../src/redcode/index.ts';
import { makeSettings, type Settings } from '../../src/mars/settings.ts';
import { readJson, sharedPath } from './shared.ts';

interface SetSettings {
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

export const CORPUS_SETS = ['94nop', '94', '88', 'tiny', 'nano', 'fsh94nop', 'bench-rc', 'pmars-dist', 'drq-human', 'drq-llm'];

export function setSettings(set: string, extra: Partial<Settings> = {}): Settings {
  const all = readJson<Record<string, SetSettings>>('corpus', 'settings.json');
  const s = all[set];
  if (!s) throw new Error(`no settings for set ${set}`);
  return makeSettings({
    coreSize: s.coresize,
    maxProcesses: s.maxProcesses,
    maxCycles: s.maxCycles,
    maxLength: s.maxLength,
    minDistance: s.minDistance,
    pSpaceSize: s.pspaceSize,
    icws88: s.icws88,
    readLimit: s.readLimit,
    writeLimit: s.writeLimit,
    warriors: 1,
    rounds: 1,
    ...extra,
  });
}

export function readCorpusFile(path: string): string {
  return decodeWarriorBytes(readFileSync(sharedPath('corpus', path)));
}
