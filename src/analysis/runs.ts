// Reading evolution run folders for analysis: settings, the champions in lineage order, their fitness.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Warrior } from '../mars/insn.ts';
import type { Settings } from '../mars/settings.ts';
import { assemble, decodeWarriorBytes, formatDiagnostic } from '../redcode/index.ts';
import { RunStore } from '../evolve/run-store.ts';

export interface Champion {
  round: number;
  name: string;
  file: string;
  fitness: number | null;
  warrior: Warrior;
}

export interface RunData {
  dir: string;
  label: string;
  seed: string;
  settings: Settings;
  champions: Champion[];
}

export function loadRun(dir: string): RunData {
  const store = new RunStore(dir);
  if (!store.exists()) throw new Error(`${dir} is not a run folder (no run.json)`);
  const run = store.readRun<{ config: { seed: string; settings: Settings } }>();
  const settings = run.config.settings;
  const champions: Champion[] = [];
  for (const e of store.readEvents()) {
    if (e.type !== 'champion') continue;
    const file = join(store.lineageDir, e.file as string);
    const text = decodeWarriorBytes(readFileSync(file));
    const r = assemble(text, { settings, file });
    if (!r.warrior) throw new Error(`lineage file does not assemble:\n${r.errors.map((d) => formatDiagnostic(d)).join('\n')}`);
    champions.push({ round: e.round as number, name: e.name as string, file, fitness: e.round === 0 ? null : (e.fitness as number), warrior: r.warrior });
  }
  if (champions.length === 0) throw new Error(`${dir} has no champions yet`);
  return { dir, label: basename(dir), seed: run.config.seed, settings, champions };
}
