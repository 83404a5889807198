// The persistent hill: init, add (every newcomer fights every member), push-off of the lowest when
// over size, the history, atomic files, and agreement with a bigger hill fed the same warriors.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addToHill, hillTable, initHill, loadHill } from '../src/arena/hill.ts';
import { createPool } from '../src/arena/pool.ts';
import { setSettings } from './support/golden-warriors.ts';
import { sharedPath } from './support/shared.ts';

const tmp = mkdtempSync(join(tmpdir(), 'rq-hill-'));
const pool = createPool({ workers: 2, warmup: 1000 });
afterAll(async () => {
  await pool.close();
  rmSync(tmp, { recursive: true, force: true });
});

const FILES = ['tiny/3pc.red', 'tiny/ak47t.red', 'tiny/fizwall.red', 'tiny/incisorp.red'];
const paths = FILES.map((f) => sharedPath('corpus', f));
let tick = 0;
const now = (): string => `t${++tick}`;

function newHill(name: string, size: number) {
  const dir = join(tmp, name);
  initHill(dir, { preset: 'tiny', settings: setSettings('tiny'), size, rounds: 6, seed: 77, now });
  return dir;
}

describe('arena hill', () => {
  it('init writes an empty hill and refuses to overwrite it', () => {
    const dir = newHill('empty', 3);
    const h = loadHill(dir);
    expect(h).toMatchObject({ version: 1, preset: 'tiny', size: 3, rounds: 6, seed: 77, nextId: 1, members: [], pairs: [] });
    expect(h.settings).toMatchObject({ coreSize: 800, warriors: 2, rounds: 6 });
    expect(h.history).toEqual([{ at: 't1', event: 'init' }]);
    expect(() => initHill(dir, { settings: setSettings('tiny'), size: 3, rounds: 6, seed: 77 })).toThrow(/already exists/);
  });

  it('adds fight every member, the lowest is pushed off when over size, and a bad file is rejected', async () => {
    const small = newHill('small', 3);
    const big = newHill('big', 10);
    const bad = join(tmp, 'bad.red');
    writeFileSync(bad, ';redcode\nMOV 0, \n');

    const first = await addToHill(small, paths.slice(0, 3), pool);
    expect(first.map((r) => r.ok)).toEqual([true, true, true]);
    let h = loadHill(small);
    expect(h.members.map((m) => m.id)).toEqual([1, 2, 3]);
    expect(h.pairs.map((p) => [p.a, p.b])).toEqual([[1, 2], [1, 3], [2, 3]]);
    expect(h.table.length).toBe(3);
    for (const m of h.members) expect(readFileSync(join(small, m.file))).toEqual(readFileSync(m.origin));

    const [rej] = await addToHill(small, [bad], pool);
    expect(rej.ok).toBe(false);
    expect(rej.errors!.length).toBeGreaterThan(0);
    expect(loadHill(small).members.length).toBe(3);
    expect(loadHill(small).history.at(-1)).toMatchObject({ event: 'reject', file: bad });

    const [fourth] = await addToHill(small, [paths[3]], pool);
    expect(fourth.ok).toBe(true);
    expect(fourth.pushedOff!.length).toBe(1);
    h = loadHill(small);
    expect(h.members.length).toBe(3);
    expect(h.pairs.length).toBe(3);
    const gone = fourth.pushedOff![0];
    expect(h.members.some((m) => m.id === gone.id)).toBe(false);
    expect(existsSync(join(small, gone.file))).toBe(false);
    expect(existsSync(join(small, 'retired', gone.file.replace('warriors/', '')))).toBe(true);
    expect(h.history.map((e) => e.event)).toEqual(['init', 'add', 'add', 'add', 'reject', 'add', 'push-off']);
    expect(h.history.at(-1)).toMatchObject({ event: 'push-off', id: gone.id, rank: 4 });
    expect(h.table).toEqual(hillTable(h));

    // The same four warriors on a hill with room: same ids and seeds, so the same pair results;
    // the warrior pushed off above is last there.
    await addToHill(big, paths.slice(0, 4), pool);
    const b = loadHill(big);
    expect(b.members.length).toBe(4);
    expect(b.pairs.length).toBe(6);
    expect(b.table.at(-1)!.file).toBe(gone.file);
    const kept = b.pairs.filter((p) => p.a !== gone.id && p.b !== gone.id);
    expect(h.pairs).toEqual(kept);

    // No temporary or lock files are left behind.
    for (const dir of [small, big]) {
      expect(readdirSync(dir).filter((f) => f.includes('.tmp-') || f === 'hill.lock')).toEqual([]);
      expect(readdirSync(join(dir, 'warriors')).filter((f) => f.includes('.tmp-'))).toEqual([]);
    }
  });

  it('a newcomer weaker than everyone pushes itself off', async () => {
    const dir = newHill('full', 2);
    await addToHill(dir, paths.slice(0, 2), pool);
    const imp = join(tmp, 'imp.red');
    writeFileSync(imp, ';redcode\n;name sitting duck\nDAT 0, 0\n');
    const [r] = await addToHill(dir, [imp], pool);
    expect(r.ok).toBe(true);
    expect(r.rank).toBe(3);
    expect(r.pushedOff!.map((m) => m.id)).toEqual([3]);
    const h = loadHill(dir);
    expect(h.members.map((m) => m.id)).toEqual([1, 2]);
    expect(h.nextId).toBe(4);
  });
});
