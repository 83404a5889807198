// The battle and bench commands end to end (through bin/redqueen.mjs), against golden cases.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { battleCases } from './support/golden-warriors.ts';
import { sharedPath } from './support/shared.ts';

function redqueen(args: string[]): { out: string; code: number | null } {
  const r = spawnSync(process.execPath, ['bin/redqueen.mjs', ...args], { encoding: 'utf8' });
  return { out: r.stdout + r.stderr, code: r.status };
}

describe('redqueen battle', () => {
  it('--json gives the golden fields for a two-warrior case', () => {
    const c = battleCases('94nop').find((x) => x.rounds === 20)!;
    const files = c.warriors.map((w) => sharedPath('corpus', w));
    const r = redqueen(['battle', ...files, '--hill', '94nop', '-r', String(c.rounds), '-F', String(c.seed), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ results: c.results, scores: c.scores, insns: c.insns, wlt: c.wlt });
  });
  it('prints pMARS lines for a melee case, options from an option file', () => {
    const c = battleCases('94').find((x) => x.warriors.length > 2)!;
    const files = c.warriors.map((w) => sharedPath('corpus', w));
    const r = redqueen(['battle', ...files, '--hill', '94', '-r', String(c.rounds), '-F', String(c.seed), '-b']);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines.filter((l) => l.includes(' scores ')).map((l) => Number(l.split(' scores ')[1]))).toEqual(c.scores);
    expect(lines.filter((l) => l.startsWith('  Results:')).map((l) => l.slice(11).split(' ').map(Number))).toEqual(c.results);
  });
  it('validate.red ties itself: Results: 0 0 3', () => {
    const v = sharedPath('corpus', 'pmars-dist', 'validate.red');
    const r = redqueen(['battle', v, v, '--hill', '94', '-r', '3', '-F', '4000', '-b']);
    expect(r.out.trim().split('\n').pop()).toBe('Results: 0 0 3');
  });
});
