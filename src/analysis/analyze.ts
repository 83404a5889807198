// The analysis of Red Queen runs: generality of every champion against reference sets, the Red Queen
// dynamics inside each run (win matrix, rock-paper-scissors triples), and convergence across runs
// (phenotype = scores against the reference warriors). Battles run on the arena's worker pool.
import { benchmarkPlan, planJobs, roundRobinPlan, wltOf as wltOfVector, type Entrant, type Outcome, type Pool } from '../arena/index.ts';
import type { Settings } from '../mars/settings.ts';
import type { RunData } from './runs.ts';
import {
  beatsMatrix, defeats, defeatsOrTies, kothPoints, linearFit, mean, phenotypeChange, phenotypeVariance, rpsTriples,
  type Fit, type Wlt,
} from './stats.ts';

export interface ReferenceSet {
  label: string;
  warriors: Entrant[];
}

export interface Generality {
  defeatRate: number;
  defeatOrTieRate: number;
  points: number;
}

export interface ChampionReport {
  round: number;
  name: string;
  fitness: number | null;
  /** By reference set label. */
  generality: Record<string, Generality>;
}

export interface RunReport {
  label: string;
  dir: string;
  seed: string;
  champions: ChampionReport[];
  /** Per reference set: the trend of the defeat rate over rounds. */
  trend: Record<string, Fit>;
  /** wlt[i][j]: champion i (row) against champion j, from i's side. */
  winMatrix: (Wlt | null)[][];
  rpsTriples: [number, number, number][];
  /** Mean phenotype change between consecutive champions. */
  phenotypeChangePerRound: number[];
}

export interface AnalysisReport {
  createdAt: string;
  rounds: number;
  settings: Settings;
  references: { label: string; count: number }[];
  runs: RunReport[];
  /** Per round (present in every run): phenotype variance across runs. */
  convergence: { round: number; variance: number }[];
  convergenceTrend: Fit;
  /** Pooled over runs: defeat rate against each reference set by round. */
  pooledTrend: Record<string, Fit>;
}

export interface AnalyzeOptions {
  rounds: number;
  seed: number;
  onProgress?: (done: number, total: number, what: string) => void;
  signal?: AbortSignal;
}

export async function analyzeRuns(runs: RunData[], references: ReferenceSet[], pool: Pool, opts: AnalyzeOptions): Promise<AnalysisReport> {
  const settings = runs[0].settings;
  const champions: Entrant[] = runs.flatMap((r) => r.champions.map((c) => ({ name: `${r.label}/w${c.round}`, warrior: c.warrior })));

  // Generality: every champion of every run against each reference set.
  const vsRef = new Map<string, Wlt[][]>(); // label -> [champion][opponent]
  for (const ref of references) {
    const plan = benchmarkPlan(champions, ref.warriors, settings, opts.rounds, opts.seed);
    const outcomes = await pool.runAll(planJobs(plan), (d, t) => opts.onProgress?.(d, t, `vs ${ref.label}`), { signal: opts.signal });
    const table = champions.map(() => new Array<Wlt>(ref.warriors.length));
    plan.battles.forEach((b, k) => {
      table[b.players[0]][b.players[1] - champions.length] = wltOf(outcomes[k]);
    });
    vsRef.set(ref.label, table);
  }

  // Dynamics: the champions of each run against each other.
  const runReports: RunReport[] = [];
  let offset = 0;
  for (const run of runs) {
    const own = champions.slice(offset, offset + run.champions.length);
    const plan = roundRobinPlan(own, settings, opts.rounds, opts.seed);
    const outcomes = await pool.runAll(planJobs(plan), (d, t) => opts.onProgress?.(d, t, `${run.label} round robin`), { signal: opts.signal });
    const matrix: (Wlt | null)[][] = own.map(() => own.map(() => null));
    plan.battles.forEach((b, k) => {
      const r = wltOf(outcomes[k]);
      matrix[b.players[0]][b.players[1]] = r;
      matrix[b.players[1]][b.players[0]] = { wins: r.losses, losses: r.wins, ties: r.ties };
    });
    const reports: ChampionReport[] = run.champions.map((c, i) => {
      const generality: Record<string, Generality> = {};
      for (const ref of references) generality[ref.label] = summarize(vsRef.get(ref.label)![offset + i]);
      return { round: c.round, name: c.name, fitness: c.fitness, generality };
    });
    const trend: Record<string, Fit> = {};
    for (const ref of references) {
      trend[ref.label] = linearFit(reports.map((c) => c.round), reports.map((c) => c.generality[ref.label].defeatRate));
    }
    const phenos = run.champions.map((_, i) => phenotype(vsRef, references, offset + i));
    runReports.push({
      label: run.label, dir: run.dir, seed: run.seed, champions: reports, trend, winMatrix: matrix,
      rpsTriples: rpsTriples(beatsMatrix(matrix)),
      phenotypeChangePerRound: phenos.slice(1).map((p, i) => phenotypeChange(phenos[i], p)),
    });
    offset += run.champions.length;
  }

  // Convergence: the spread of phenotypes across runs at each round they all reached.
  const commonRounds = Math.min(...runs.map((r) => r.champions.length));
  const convergence: { round: number; variance: number }[] = [];
  for (let t = 0; t < commonRounds; t++) {
    let start = 0;
    const phenos = runs.map((r) => {
      const p = phenotype(vsRef, references, start + t);
      start += r.champions.length;
      return p;
    });
    convergence.push({ round: t, variance: phenotypeVariance(phenos) });
  }
  const pooledTrend: Record<string, Fit> = {};
  for (const ref of references) {
    const xs: number[] = [];
    const ys: number[] = [];
    for (const r of runReports) for (const c of r.champions) {
      xs.push(c.round);
      ys.push(c.generality[ref.label].defeatRate);
    }
    pooledTrend[ref.label] = linearFit(xs, ys);
  }
  const conv = convergence.filter((c) => Number.isFinite(c.variance));
  return {
    createdAt: new Date().toISOString(),
    rounds: opts.rounds,
    settings,
    references: references.map((r) => ({ label: r.label, count: r.warriors.length })),
    runs: runReports,
    convergence,
    convergenceTrend: linearFit(conv.map((c) => c.round), conv.map((c) => c.variance)),
    pooledTrend,
  };
}

/** Warrior 1's side of a 1v1 outcome. */
const wltOf = (o: Outcome): Wlt => wltOfVector(o.results[0]);

function summarize(row: Wlt[]): Generality {
  return {
    defeatRate: mean(row.map((r) => (defeats(r) ? 1 : 0))),
    defeatOrTieRate: mean(row.map((r) => (defeatsOrTies(r) ? 1 : 0))),
    points: mean(row.map(kothPoints)),
  };
}

/** A champion's phenotype: its KOTH points against every reference warrior, all sets in order. */
function phenotype(vsRef: Map<string, Wlt[][]>, references: ReferenceSet[], index: number): number[] {
  return references.flatMap((ref) => vsRef.get(ref.label)![index].map(kothPoints));
}
