// The Red Queen loop end to end through the CLI: reproducible lineages, and a killed run that resumes
// to the same lineage with no evaluation done twice or skipped.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, startCli } from './support/cli.ts';

const tmp = mkdtempSync(join(tmpdir(), 'rq-evolve-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const W0 = join(tmp, 'w0.red');
writeFileSync(W0, ';name Seed Dwarf\n;assert 1\nbomb dat #0, #0\nloop add #4, bomb\n mov bomb, @bomb\n jmp loop\n end loop\n');

/** Small but real: 3 rounds on the tiny hill, a threshold no warrior reaches so every iteration runs. */
const ARGS = ['evolve', '--hill', 'tiny', '--proposer', 'mutate', '--rounds', '3', '--iters', '8', '--placements', '4', '--threshold', '99', '--initial', W0, '--quiet'];

function lineage(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(join(dir, 'lineage')).sort()) out[f] = readFileSync(join(dir, 'lineage', f), 'utf8');
  return out;
}

function evaluations(dir: string): string[] {
  return readFileSync(join(dir, 'events.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l))
    .filter((e) => e.type === 'evaluation')
    .map((e) => `${e.round}/${e.step} ${e.name} ${e.fitness}`);
}

// Each test starts several CLI runs; on a loaded machine they take minutes.
describe('evolve', { timeout: 600_000 }, () => {
  it('gives a byte-identical lineage for the same seed, with 1 or 2 worker threads', async () => {
    const a = await runCli([...ARGS, '--seed', 'same', '--workers', '1', '--out', join(tmp, 'a')]);
    const b = await runCli([...ARGS, '--seed', 'same', '--workers', '2', '--out', join(tmp, 'b')]);
    expect(a.stderr).toBe('');
    expect(a.status).toBe(0);
    expect(b.status).toBe(0);
    expect(Object.keys(lineage(join(tmp, 'a')))).toHaveLength(4);
    expect(lineage(join(tmp, 'b'))).toEqual(lineage(join(tmp, 'a')));
    expect(evaluations(join(tmp, 'b'))).toEqual(evaluations(join(tmp, 'a')));
    const c = await runCli([...ARGS, '--seed', 'other', '--workers', '1', '--out', join(tmp, 'c')]);
    expect(c.status).toBe(0);
    expect(lineage(join(tmp, 'c'))).not.toEqual(lineage(join(tmp, 'a')));
  });

  it('resumes a run killed with SIGKILL to the same lineage', async () => {
    const full = join(tmp, 'full');
    expect((await runCli([...ARGS, '--seed', 'kill', '--out', full])).status).toBe(0);
    const killed = join(tmp, 'killed');
    const { child, done } = startCli([...ARGS, '--seed', 'kill', '--out', killed]);
    const events = join(killed, 'events.jsonl');
    // Kill it in the middle of round 2.
    for (let i = 0; i < 600; i++) {
      await new Promise((r) => setTimeout(r, 50));
      if (existsSync(events) && readFileSync(events, 'utf8').includes('"type":"champion","round":1')) break;
    }
    await new Promise((r) => setTimeout(r, 150));
    child.kill('SIGKILL');
    expect((await done).signal).toBe('SIGKILL');
    const before = evaluations(killed).length;
    expect(before).toBeLessThan(evaluations(full).length);
    const resumed = await runCli([...ARGS, '--seed', 'kill', '--out', killed, '--resume']);
    expect(resumed.status).toBe(0);
    expect(lineage(killed)).toEqual(lineage(full));
    // Every evaluation exactly once: the one cut off by the kill was redone, nothing else.
    expect(evaluations(killed)).toEqual(evaluations(full));
  });

  it('refuses to overwrite an existing run folder', async () => {
    const r = await runCli([...ARGS, '--out', join(tmp, 'a')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/already holds a run/);
  });
});
