// `redqueen tournament` and `redqueen hill` as a user runs them: bad warriors reported and left out,
// JSON/CSV output, and Ctrl-C printing the partial table with exit status 130.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedPath } from './support/shared.ts';

const BIN = resolve(import.meta.dirname, '..', 'bin', 'redqueen.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'rq-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const tiny = (f: string): string => sharedPath('corpus', 'tiny', f);
const redqueen = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

describe('redqueen tournament / hill CLI', () => {
  it('reports a warrior that fails to assemble as file:line:col and ranks the rest', () => {
    const bad = join(tmp, 'bad.red');
    writeFileSync(bad, ';redcode\nstart MOV 0, 1\n  JMP nowhere\n');
    const r = redqueen('tournament', tiny('3pc.red'), tiny('ak47t.red'), tiny('fizwall.red'), bad,
      '--hill', 'tiny', '-r', '4', '--workers', '2', '--warmup', '0', '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:\\d+: error: .*left out`));
    const report = JSON.parse(r.stdout) as { complete: boolean; table: { name: string; wins: number; losses: number; ties: number; rounds: number }[]; battles: unknown[] };
    expect(report.complete).toBe(true);
    expect(report.table.map((t) => t.name).sort()).toEqual(['3pc.red', 'ak47t.red', 'fizwall.red']);
    expect(report.battles.length).toBe(3);
    for (const t of report.table) expect(t.wins + t.losses + t.ties).toBe(t.rounds);
  });

  it('--csv prints a header and one row per warrior; --mode melee plays them together', () => {
    const r = redqueen('tournament', tiny('3pc.red'), tiny('ak47t.red'), tiny('fizwall.red'),
      '--hill', 'tiny', '--mode', 'melee', '-r', '6', '--workers', '1', '--warmup', '0', '--csv', '--quiet');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('rank,name,author,battles,rounds,wins,losses,ties,score,points,file');
    expect(lines.length).toBe(4);
  });

  it('Ctrl-C prints the partial table and exits with 130', async () => {
    const child = spawn(process.execPath, [BIN, 'tournament', sharedPath('corpus', 'fsh94nop'),
      '--hill', '94nop', '-r', '1000', '--workers', '2', '--warmup', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    await new Promise((r) => setTimeout(r, 4000));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(130);
    expect(out).toMatch(/round-robin, \d+ battles x 1000 rounds, seed 1 \(partial: \d+ of 5151 battles\)/);
    expect(out.trim().split('\n').length).toBe(2 + 102);
  });

  it('hill init / add / show', () => {
    const dir = join(tmp, 'hill');
    expect(redqueen('hill', 'init', dir, '--hill', 'tiny', '--size', '2', '-r', '4').status).toBe(0);
    const add = redqueen('hill', 'add', dir, tiny('3pc.red'), tiny('ak47t.red'), tiny('fizwall.red'), '--workers', '1', '--warmup', '0');
    expect(add.status, add.stderr).toBe(0);
    expect(add.stdout).toMatch(/fizwall\.red: entered at rank \d; pushed off /);
    const show = redqueen('hill', 'show', dir);
    expect(show.stdout).toMatch(/2\/2 warriors, 4 rounds per pair/);
  });
});
