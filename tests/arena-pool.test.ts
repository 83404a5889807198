// The worker pool on real worker threads: golden pMARS cases come back exact through it, and a
// 20-warrior round robin gives byte-identical JSON with 0 (in-process), 1 and 2 workers.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { formatJson } from '../src/arena/format.ts';
import type { BattleJob } from '../src/arena/job.ts';
import type { Entrant } from '../src/arena/plan.ts';
import { createPool } from '../src/arena/pool.ts';
import type { Pool } from '../src/arena/pool.ts';
import { roundRobinPlan } from '../src/arena/round-robin.ts';
import { runPlan } from '../src/arena/run.ts';
import type { Settings } from '../src/mars/settings.ts';
import { assemble, decodeWarriorBytes } from '../src/redcode/index.ts';
import { battleCases, setSettings } from './support/golden-warriors.ts';
import type { BattleCase } from './support/golden-warriors.ts';
import { sharedPath } from './support/shared.ts';

const WARMUP = 1000; // ms: exercises the warm-up path without slowing the suite

function assembleCorpus(path: string, settings: Settings) {
  const r = assemble(decodeWarriorBytes(readFileSync(sharedPath('corpus', path))), { settings, file: path });
  if (!r.ok || !r.warrior) throw new Error(`${path} does not assemble: ${r.errors[0]?.message}`);
  return r.warrior;
}

/** Per set: the two cheapest multi-round duels and the two cheapest melees (by pMARS insns). */
function sampleCases(): BattleCase[] {
  const out: BattleCase[] = [];
  for (const set of ['tiny', 'nano', '94nop', '94', '88']) {
    const cases = battleCases(set).sort((a, b) => a.insns - b.insns || a.id.localeCompare(b.id));
    out.push(...cases.filter((c) => c.warriors.length === 2 && c.rounds > 1).slice(0, 2));
    out.push(...cases.filter((c) => c.warriors.length > 2).slice(0, 2));
  }
  return out;
}

function caseJob(c: BattleCase): BattleJob {
  const settings = setSettings(c.set, c.warriors.length, c.rounds);
  return { warriors: c.warriors.map((w) => assembleCorpus(w, settings)), settings, rounds: c.rounds, seed: c.seed };
}

const pools: Pool[] = [];
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

describe('arena pool', () => {
  it('golden pMARS cases (duels and melees) come back exact from 2 worker threads', async () => {
    const cases = sampleCases();
    expect(cases.length).toBe(16); // 5 sets x 2 duels + 3 sets x 2 melees (88 and nano have none)
    expect(cases.filter((c) => c.warriors.length > 2).length).toBe(6);
    const pool = createPool({ workers: 2, warmup: WARMUP });
    pools.push(pool);
    const seen: number[] = [];
    const outcomes = await pool.runAll(cases.map(caseJob), (done, total, i) => {
      expect(total).toBe(cases.length);
      seen.push(i);
    });
    expect(seen.slice().sort((a, b) => a - b)).toEqual(cases.map((_, i) => i));
    cases.forEach((c, i) => {
      expect(outcomes[i].results, c.id).toEqual(c.results);
      expect(outcomes[i].insns, c.id).toBe(c.insns);
      expect(outcomes[i].scores, c.id).toEqual(c.scores);
    });
    // pool.run on its own gives the same as runAll.
    const one = await pool.run(caseJob(cases[0]));
    expect(one.insns).toBe(cases[0].insns);
  });

  it('a 20-warrior round robin gives byte-identical JSON with 0, 1 and 2 workers', async () => {
    const settings = setSettings('tiny', 2, 4);
    const files = readdirSync(sharedPath('corpus', 'tiny')).filter((f) => f.endsWith('.red')).sort().slice(0, 20);
    const entrants: Entrant[] = files.map((f) => ({ name: f, warrior: assembleCorpus(`tiny/${f}`, settings) }));
    const plan = roundRobinPlan(entrants, settings, 4, 2026);
    expect(plan.battles.length).toBe(190);
    expect(new Set(plan.battles.map((b) => b.seed)).size).toBe(190);
    const json: string[] = [];
    for (const workers of [0, 1, 2]) {
      const pool = createPool({ workers, warmup: WARMUP });
      pools.push(pool);
      const report = await runPlan(pool, plan);
      expect(report.complete).toBe(true);
      json.push(formatJson(report));
      await pool.close();
    }
    expect(json[1]).toBe(json[0]);
    expect(json[2]).toBe(json[0]);
    const report = JSON.parse(json[0]) as { table: { points: number }[]; battles: unknown[] };
    expect(report.table.length).toBe(20);
    expect(report.battles.length).toBe(190);
    for (let i = 1; i < report.table.length; i++) expect(report.table[i].points).toBeLessThanOrEqual(report.table[i - 1].points);
  });

  it('a job without a seed or placements is refused, and the error crosses the worker boundary', async () => {
    const pool = createPool({ workers: 1, warmup: 0 });
    pools.push(pool);
    const c = sampleCases()[0];
    const job = caseJob(c);
    delete job.seed;
    await expect(pool.run(job)).rejects.toThrow(/seed or placements/);
    // The worker survives a failed job.
    expect((await pool.run(caseJob(c))).insns).toBe(c.insns);
  });
});
