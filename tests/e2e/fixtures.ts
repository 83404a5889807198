// Warriors and a run folder written for the e2e tests (our own tiny programs, independent of warriors/).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hillSettings } from '../../src/mars/index.ts';

export const DWARF = ';redcode-94\n;name Test Dwarf\n;author e2e\n;assert 1\nloop add.ab #2004, bomb\n mov.i bomb, @bomb\n jmp loop\nbomb dat #0, #0\n end loop\n';
export const DUCK = ';redcode-94\n;name Test Duck\n;author e2e\n;assert 1\nwait jmp 0\n end\n';
export const SPAWNER = ';redcode-94\n;name Test Spawner\n;author e2e\n;assert 1\nstart spl 0\n mov.i -1, 13\n add.ab #7, -1\n djn.f start, #300\n end\n';
export const EVIL_NAME = '<img src=x onerror=alert(1)>';
export const EVIL = `;redcode-94\n;name ${EVIL_NAME}\n;author <b onmouseover=alert(2)>x</b>\n;assert 1\n jmp 0\n end\n`;

export function fixtureDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rq-e2e-'));
  for (const [f, text] of Object.entries({ 'dwarf.red': DWARF, 'duck.red': DUCK, 'spawner.red': SPAWNER, 'evil.red': EVIL })) writeFileSync(join(dir, f), text);
  return dir;
}

/** A run folder shaped like src/evolve's: run.json, events.jsonl and lineage/. */
export function fixtureRun(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'rq-run-')), 'e2e-run');
  mkdirSync(join(dir, 'lineage'), { recursive: true });
  writeFileSync(join(dir, 'run.json'), JSON.stringify({ hill: '94nop', config: { settings: hillSettings('94nop') } }));
  const champs = [['Test Duck', DUCK, 0], ['Test Spawner', SPAWNER, 0.4], ['Test Dwarf', DWARF, 0.7]] as const;
  const lines = champs.flatMap(([name, source, fitness], round) => [
    { type: 'evaluation', round, step: 0, fitness: (fitness as number) * 0.8 },
    { type: 'champion', round, name, file: `lineage/0${round}-x.red`, fitness, source },
  ]);
  writeFileSync(join(dir, 'events.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  // An analysis as `redqueen analyze` writes it (only the fields the viewer reads).
  mkdirSync(join(dir, 'report'));
  const generality = (rate: number) => ({ refs: { defeatRate: rate, defeatOrTieRate: rate, points: 100 * rate } });
  writeFileSync(join(dir, 'report', 'report.json'), JSON.stringify({
    references: [{ label: 'refs', count: 4 }],
    runs: [{ champions: [0, 0.25, 0.5].map((rate, round) => ({ round, generality: generality(rate) })) }],
  }));
  writeFileSync(join(dir, 'report', 'report.html'), '<!doctype html><title>Red Queen analysis</title><h1>Red Queen analysis</h1>');
  return dir;
}
