// `npm run bench:arena`: the 45-pair round robin of the first 10 warriors (sorted file names) of
// corpus/fsh94nop, 100 rounds, '94nop, timed with 1 and then 2 worker threads; prints wall times and
// the speed-up, and checks that both runs produced byte-identical reports.
// Each timing is reported twice: end to end (thread start, tsx, warm-up included) and steady state
// (after every worker has run one small priming job, which warms its MARS up).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { sharedDir } from '../cli/shared-data.ts';
import { hillSettings } from '../mars/settings.ts';
import { loadEntrants } from './files.ts';
import { formatJson } from './format.ts';
import { planJobs } from './plan.ts';
import { createPool } from './pool.ts';
import { roundRobinPlan } from './round-robin.ts';
import { runPlan } from './run.ts';

const { values } = parseArgs({
  options: {
    workers: { type: 'string', default: '1,2' },
    rounds: { type: 'string', default: '100' },
    count: { type: 'string', default: '10' },
    repeat: { type: 'string', default: '1' },
    set: { type: 'string', default: 'fsh94nop' },
  },
});
const rounds = Number(values.rounds);
const dir = join(sharedDir(), 'corpus', values.set);
const files = readdirSync(dir).filter((f) => f.endsWith('.red')).sort().slice(0, Number(values.count)).map((f) => join(dir, f));
const settings = { ...hillSettings('94nop'), rounds };
const { entrants, rejected } = loadEntrants(files, settings);
if (rejected.length > 0) throw new Error(`rejected: ${rejected.map((r) => r.file).join(', ')}`);
const plan = roundRobinPlan(entrants, settings, rounds, 1);
const fmt = (x: number): string => x.toFixed(2);
console.log(`bench:arena: round robin of ${entrants.length} warriors of ${values.set} (${plan.battles.length} pairs) x ${rounds} rounds, '94nop; ` +
  `load average ${loadavg().map(fmt).join(' ')}`);

const times = new Map<number, { total: number[]; steady: number[] }>();
const reports = new Map<number, string>();
for (let rep = 0; rep < Number(values.repeat); rep++) {
  for (const workers of values.workers.split(',').map(Number)) {
    const t0 = performance.now();
    const pool = createPool({ workers });
    // One one-round job per worker: the scheduler gives each idle worker one job, so each warms up.
    const prime = planJobs(plan).slice(0, Math.max(1, workers)).map((j) => ({ ...j, rounds: 1 }));
    await pool.runAll(prime);
    const t1 = performance.now();
    const report = await runPlan(pool, plan);
    const t2 = performance.now();
    await pool.close();
    const total = (t2 - t0) / 1000;
    const steady = (t2 - t1) / 1000;
    const insns = report.battles.reduce((s, b) => s + b.insns, 0);
    console.log(`run ${rep + 1}, ${workers} worker(s): end to end ${fmt(total)} s, steady ${fmt(steady)} s, ` +
      `${(insns / steady / 1e6).toFixed(1)} M instr/s, load ${loadavg().map(fmt).join(' ')}`);
    const t = times.get(workers) ?? { total: [], steady: [] };
    t.total.push(total);
    t.steady.push(steady);
    times.set(workers, t);
    const json = formatJson(report);
    if (reports.has(workers) && reports.get(workers) !== json) throw new Error('reports differ between repeats');
    reports.set(workers, json);
  }
}
const identical = new Set(reports.values()).size === 1;
const median = (xs: number[]): number => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};
const one = times.get(1);
const two = times.get(2);
if (one && two) {
  // The machine's speed drifts by tens of percent from run to run; runs alternate between worker
  // counts, and both the best and the median of each are shown.
  for (const [label, pick] of [['best', (xs: number[]) => Math.min(...xs)], ['median', median]] as const) {
    const s1 = pick(one.steady), s2 = pick(two.steady), t1 = pick(one.total), t2 = pick(two.total);
    console.log(`${label}: 1 worker ${fmt(s1)} s steady (${fmt(t1)} s end to end), 2 workers ${fmt(s2)} s (${fmt(t2)} s); ` +
      `speed-up ${fmt(s1 / s2)}x steady, ${fmt(t1 / t2)}x end to end`);
  }
}
console.log(`reports identical across worker counts: ${identical}`);
if (!identical) process.exitCode = 1;
