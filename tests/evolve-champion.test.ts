// Which new warrior of a round joins the lineage. The battles are scripted (a fake job runner with fixed
// results per warrior), so the test is about the champion rule and the finalists alone, not about Core War.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, FINAL_FACTOR, RedQueen, RunStore, type ChampionRule, type EvolveConfig, type Proposer, type RunJobs } from '../src/evolve/index.ts';
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
const script: Record<string, { wins: number; spawned: number; executed: number; finalWins: number }> = {
  Old: { wins: 15, spawned: 0, executed: 5, finalWins: 0 },
  Blocked: { wins: 14, spawned: 0, executed: 5, finalWins: 40 },
  Elsewhere: { wins: 10, spawned: 50, executed: 200, finalWins: 60 },
};

/** Battle jobs run, by warrior name and rounds per battle. */
const calls: string[] = [];

/** A job of 20 rounds is an ordinary evaluation; a longer one is a finalist's re-score (out of 100). */
const runJobs: RunJobs = async (jobs) =>
  jobs.map((job): MatchResult => {
    const s = script[job.warriors[0].name];
    calls.push(`${job.warriors[0].name}/${job.rounds}`);
    const n = job.rounds!;
    const wins = n === ROUNDS ? s.wins : s.finalWins;
    return {
      results: [], scores: [], insns: 0,
      wlt: [wins, n - wins, 0],
      stats: { spawned: [s.spawned * n, 0], distinctExecuted: [s.executed * n, 0], cyclesAlive: [0, 0] },
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

const w0 = assemble(source('Old'), { settings }).warrior!;
const initial = { name: 'Old', source: source('Old'), warrior: w0 };

function newRun(rule: ChampionRule, finalists = 0): { store: RunStore; config: EvolveConfig } {
  const dir = mkdtempSync(join(tmpdir(), 'rq-champion-'));
  dirs.push(dir);
  const store = new RunStore(dir);
  store.create({});
  const config: EvolveConfig = {
    ...DEFAULT_CONFIG, seed: 'champion', rounds: 1, iters: 0, initialProposals: 2, threshold: 99,
    fitness: 'hill', champion: rule, finalists, settings,
  };
  return { store, config };
}

async function championOfRound1(rule: ChampionRule, finalists = 0): Promise<{ name: string; fitness: number }> {
  const { store, config } = newRun(rule, finalists);
  const result = await new RedQueen(store, config, proposer, runJobs).run(initial);
  store.close();
  expect(result.lineage).toHaveLength(2);
  return result.lineage[1];
}

describe('the champion rule', () => {
  it("'elite' crowns the best archive elite that is new, passing over a stronger warrior an old champion kept out of its cell", async () => {
    expect((await championOfRound1('elite')).name).toMatch(/^elsewhere-/);
  });

  it("'evaluated' crowns the best new warrior evaluated in the round, in the archive or not", async () => {
    const c = await championOfRound1('evaluated');
    expect(c.name).toMatch(/^blocked-/);
    expect(c.fitness).toBeCloseTo((3 * 14) / 20 / 1.5, 10);
  });
});

describe('finalists', () => {
  it(`re-scores the K fittest new warriors with ${FINAL_FACTOR}x the rounds and crowns the best re-score`, async () => {
    calls.length = 0;
    const c = await championOfRound1('evaluated', 2);
    // Blocked led on its first score (14/20 against 10/20) but Elsewhere wins the re-score (60/100 against 40/100).
    expect(c.name).toMatch(/^elsewhere-/);
    expect(c.fitness).toBeCloseTo((3 * 60) / 100 / 1.5, 10);
    expect(calls.filter((k) => k.endsWith(`/${ROUNDS * FINAL_FACTOR}`)).sort()).toEqual(['Blocked/100', 'Elsewhere/100']);
  });

  it('takes no more than K: with K = 1 only the leader of the first score is re-scored', async () => {
    calls.length = 0;
    expect((await championOfRound1('evaluated', 1)).name).toMatch(/^blocked-/);
    expect(calls.filter((k) => k.endsWith('/100'))).toEqual(['Blocked/100']);
  });

  it('a run stopped between two finalists resumes without scoring the first one again, to the same champion', async () => {
    const { store, config } = newRun('evaluated', 2);
    let finalistsSeen = 0;
    const stopping = new RedQueen(store, config, proposer, runJobs, {
      onProgress: (p) => { if (p.finalist) finalistsSeen = p.finalist[0]; },
      shouldStop: () => (finalistsSeen >= 1 ? 'test stop' : null),
    });
    expect((await stopping.run(initial)).stopped).toBe('test stop');
    store.close();
    const logged = store.readEvents();
    expect(logged.filter((e) => e.type === 'finalist').map((e) => e.name)).toEqual([expect.stringMatching(/^blocked-/)]);
    calls.length = 0;
    const result = await new RedQueen(store, config, proposer, runJobs).run(initial, logged);
    store.close();
    expect(calls).toEqual(['Elsewhere/100']);
    expect(result.lineage[1].name).toMatch(/^elsewhere-/);
  });
});
