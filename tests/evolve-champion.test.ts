// Which new warrior of a round joins the lineage. The battles are scripted (a fake job runner with fixed
// results per warrior), so the test is about the champion rule alone, not about Core War.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, RedQueen, RunStore, type ChampionRule, type EvolveConfig, type Proposer, type RunJobs } from '../src/evolve/index.ts';
import type { MatchResult } from '../src/mars/match.ts';
import { hillSettings } from '../src/mars/settings.ts';
import { assemble } from '../src/redcode/index.ts';

const settings = hillSettings('94nop');
const ROUNDS = 20;

/**
 * Per warrior name: wins out of 20 against anyone, and per-round behaviour. 'Old' (w0) and 'Blocked'
 * fall in the same archive cell; Old holds it with 1.5 and Blocked (1.4) cannot displace it.
 * 'Elsewhere' is weaker (1.0) but alone in its cell, so it is the best *elite* that is new.
 */
const script: Record<string, { wins: number; spawned: number; executed: number }> = {
  Old: { wins: 15, spawned: 0, executed: 5 },
  Blocked: { wins: 14, spawned: 0, executed: 5 },
  Elsewhere: { wins: 10, spawned: 50, executed: 200 },
};

const runJobs: RunJobs = async (jobs) =>
  jobs.map((job): MatchResult => {
    const s = script[job.warriors[0].name];
    return {
      results: [], scores: [], insns: 0,
      wlt: [s.wins, ROUNDS - s.wins, 0],
      stats: { spawned: [s.spawned * ROUNDS, 0], distinctExecuted: [s.executed * ROUNDS, 0], cyclesAlive: [0, 0] },
    } as unknown as MatchResult;
  });

const source = (name: string) => `;redcode-94\n;name ${name}\n;assert 1\n        jmp 0\n`;

/** Proposes Blocked, then Elsewhere. */
const proposer: Proposer = {
  kind: 'mutate',
  async propose(req) {
    return { source: source(req.iteration === 1 ? 'Blocked' : 'Elsewhere'), how: 'scripted' };
  },
};

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function championOfRound1(rule: ChampionRule): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'rq-champion-'));
  dirs.push(dir);
  const store = new RunStore(dir);
  store.create({});
  const config: EvolveConfig = {
    ...DEFAULT_CONFIG, seed: 'champion', rounds: 1, iters: 0, initialProposals: 2, threshold: 99,
    fitness: 'hill', champion: rule, settings,
  };
  const w0 = assemble(source('Old'), { settings }).warrior!;
  const result = await new RedQueen(store, config, proposer, runJobs).run({ name: 'Old', source: source('Old'), warrior: w0 });
  store.close();
  expect(result.lineage).toHaveLength(2);
  return result.lineage[1].name;
}

describe('the champion rule', () => {
  it("'elite' crowns the best archive elite that is new, passing over a stronger warrior an old champion kept out of its cell", async () => {
    expect(await championOfRound1('elite')).toMatch(/^elsewhere-/);
  });

  it("'evaluated' crowns the best new warrior evaluated in the round, in the archive or not", async () => {
    expect(await championOfRound1('evaluated')).toMatch(/^blocked-/);
  });
});
