// The pool keeps working when the code is compiled to JavaScript: pool.js then starts the compiled
// node-worker.js (no tsx at run time). Compiles src with tsc into a temporary folder and runs a few
// golden cases through the compiled pool, comparing with pMARS.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { battleCases, goldenWarrior, setSettings } from './support/golden-warriors.ts';

const root = resolve(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'rq-built-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('arena pool from compiled JavaScript', () => {
  it('runs golden cases exactly in worker threads started from node-worker.js', async () => {
    writeFileSync(join(out, 'tsconfig.json'), JSON.stringify({
      extends: join(root, 'tsconfig.json'),
      compilerOptions: { noEmit: false, outDir: join(out, 'build'), rootDir: join(root, 'src'), rewriteRelativeImportExtensions: true, typeRoots: [join(root, 'node_modules', '@types')] },
      include: [join(root, 'src', 'arena'), join(root, 'src', 'mars'), join(root, 'src', 'redcode')],
      exclude: [join(root, 'src', 'arena', 'bench-arena.ts'), join(root, 'src', 'arena', 'browser-*.ts')],
    }));
    // Type errors are `npm run typecheck`'s business; this test only needs the emitted JavaScript.
    spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(out, 'tsconfig.json')], { stdio: 'pipe' });
    expect(existsSync(join(out, 'build', 'arena', 'node-worker.js'))).toBe(true);
    symlinkSync(join(root, 'node_modules'), join(out, 'node_modules'));
    const mod = (await import(pathToFileURL(join(out, 'build', 'arena', 'pool.js')).href)) as typeof import('../src/arena/pool.ts');
    expect(mod.workerEntry().pathname.endsWith('/build/arena/node-worker.js')).toBe(true);
    const cases = battleCases('tiny').filter((c) => c.rounds > 1).slice(0, 4);
    const pool = mod.createPool({ workers: 2, warmup: 0 });
    try {
      const outcomes = await pool.runAll(cases.map((c) => ({
        warriors: c.warriors.map((w) => goldenWarrior(w)),
        settings: setSettings(c.set, c.warriors.length, c.rounds),
        rounds: c.rounds,
        seed: c.seed,
      })));
      cases.forEach((c, i) => {
        expect(outcomes[i].results, c.id).toEqual(c.results);
        expect(outcomes[i].insns, c.id).toBe(c.insns);
      });
    } finally {
      await pool.close();
    }
  });
});
