// The Red Queen loop (after Kumar et al., "Digital Red Queen", 2026). Round t evolves a warrior against
// the lineage w0 … w(t-1) (or w0 and the last K) in a MAP-Elites archive; its best joins the lineage.
// Every step's randomness comes from seedrandom(seed/round/step), so a run replays exactly and a killed
// run resumes from its event log: the archive is rebuilt by re-inserting the logged evaluations.
import seedrandom from 'seedrandom';
import type { Settings } from '../mars/settings.ts';
import { assemble } from '../redcode/index.ts';
import { Archive } from './archive.ts';
import { slug, type Candidate } from './candidate.ts';
import { evaluationJobs, scoreEvaluation, type Evaluation, type EvaluationPlan, type FitnessMode, type RunJobs } from './evaluate.ts';
import { randomPlacements } from './placements.ts';
import type { Proposal, ProposalRequest, Proposer } from './proposers/proposer.ts';
import type { RunEvent, RunStore } from './run-store.ts';

export interface EvolveConfig {
  seed: string;
  rounds: number;
  iters: number;
  /** Opponents are w0 plus the last `history` champions; null = all of them. */
  history: number | null;
  threshold: number;
  fitness: FitnessMode;
  feedback: boolean;
  settings: Settings;
  /** Placements per melee evaluation. */
  placements: number;
  /** New proposals at the start of each round. */
  initialProposals: number;
  /** Share of iterations that ask for a new warrior instead of mutating an elite. */
  newRate: number;
  hillRounds: number;
  /**
   * Which new warrior joins the lineage. 'evaluated' (the default, w_t = argmax fitness over the
   * round's new warriors, as the paper states it): the best new warrior evaluated this round, even one
   * that could not displace an old champion from its archive cell. 'elite': the best archive elite that
   * is not a re-scored champion, which passes over a strong variant of an old champion in favour of a
   * weaker warrior in an empty cell. Runs recorded without this field used 'elite'.
   */
  champion?: ChampionRule;
  /**
   * Finalists: at the end of a round its K fittest new warriors (under the champion rule) are scored
   * again with FINAL_FACTOR times as many battles, and the best of that re-score is crowned. One lucky
   * evaluation among hundreds no longer decides the champion. 0 (the default) crowns on the first score.
   */
  finalists?: number;
}

/** How many times more battles a finalist's re-score uses than an ordinary evaluation. */
export const FINAL_FACTOR = 5;

export type ChampionRule = 'elite' | 'evaluated';

export const DEFAULT_CONFIG = {
  rounds: 10,
  iters: 250,
  history: null,
  threshold: 0.8,
  fitness: 'melee' as FitnessMode,
  feedback: false,
  placements: 20,
  initialProposals: 8,
  newRate: 0.1,
  hillRounds: 20,
  champion: 'evaluated' as ChampionRule,
  finalists: 0,
};

export interface Member extends Candidate {
  fitness: number;
  feedback: Evaluation['feedback'];
}

export interface Progress {
  round: number;
  rounds: number;
  step: number;
  iteration: number;
  iters: number;
  best: number;
  coverage: number;
  evaluations: number;
  lastEvent: string;
  /** During the re-score of the finalists: [finalists scored, finalists in all]. */
  finalist?: [number, number];
}

export interface LoopHooks {
  onProgress?(p: Progress): void;
  /** A reason to stop now (Ctrl-C, budget), checked between steps. */
  shouldStop?(): string | null;
}

export interface LoopResult {
  lineage: { round: number; name: string; file: string; fitness: number }[];
  stopped: string | null;
}

/** What a round has seen so far: its archive, which elites are old champions, and its new warriors. */
interface RoundState {
  archive: Archive<Member>;
  lineageEntrants: Set<string>;
  /** Every new warrior evaluated so far, in step order. */
  newcomers: Member[];
}

interface StepRecord {
  step: number;
  kind: 'lineage' | 'new' | 'mutate';
  name: string;
  source: string;
  evaluation: Evaluation | null;
}

export class RedQueen {
  private readonly lineage: (Candidate & { file: string; fitness: number })[] = [];
  private evaluations = 0;

  constructor(
    private readonly store: RunStore,
    private readonly config: EvolveConfig,
    private readonly proposer: Proposer,
    private readonly runJobs: RunJobs,
    private readonly hooks: LoopHooks = {},
  ) {}

  /** Runs (or, given the events of an earlier run, resumes) until all rounds are done or a stop. */
  async run(initial: Candidate, previous: RunEvent[] = []): Promise<LoopResult> {
    const replay = this.replay(previous);
    this.store.append({ type: previous.length > 0 ? 'resume' : 'start', round: replay.round });
    if (this.lineage.length === 0) this.addChampion(0, initial, 0);
    let stopped: string | null = null;
    for (let t = replay.round; t <= this.config.rounds && !stopped; t++) {
      const resumed = t === replay.round;
      stopped = await this.runRound(t, resumed ? replay.steps : [], resumed ? replay.finals : new Map());
    }
    this.store.append({ type: stopped ? 'stopped' : 'finished', reason: stopped });
    return {
      lineage: this.lineage.map((m, round) => ({ round, name: m.name, file: m.file, fitness: m.fitness })),
      stopped,
    };
  }

  /** Rebuilds the lineage from champion events; returns the round to continue, its logged steps and re-scores. */
  private replay(events: RunEvent[]): { round: number; steps: StepRecord[]; finals: Map<string, Evaluation> } {
    const steps = new Map<number, StepRecord[]>();
    const finals = new Map<number, Map<string, Evaluation>>();
    for (const e of events) {
      if (e.type === 'champion') {
        const source = e.source as string;
        const r = assemble(source, { settings: this.config.settings });
        if (!r.warrior) throw new Error(`champion of round ${e.round} in the event log no longer assembles`);
        this.lineage.push({ name: e.name as string, source, warrior: r.warrior, file: e.file as string, fitness: e.fitness as number });
      } else if (e.type === 'evaluation') {
        const round = e.round as number;
        if (!steps.has(round)) steps.set(round, []);
        steps.get(round)!.push({
          step: e.step as number,
          kind: e.kind as StepRecord['kind'],
          name: e.name as string,
          source: e.source as string,
          evaluation: (e.fitness as number | null) === null ? null : {
            fitness: e.fitness as number,
            descriptors: e.descriptors as Evaluation['descriptors'],
            feedback: (e.feedback as Evaluation['feedback']) ?? [],
          },
        });
        this.evaluations++;
      } else if (e.type === 'finalist') {
        const round = e.round as number;
        if (!finals.has(round)) finals.set(round, new Map());
        finals.get(round)!.set(e.name as string, {
          fitness: e.fitness as number, descriptors: e.descriptors as Evaluation['descriptors'], feedback: (e.feedback as Evaluation['feedback']) ?? [],
        });
        this.evaluations++;
      }
    }
    const round = Math.max(1, this.lineage.length);
    return { round, steps: steps.get(round) ?? [], finals: finals.get(round) ?? new Map() };
  }

  private opponents(t: number): Candidate[] {
    const champions = this.lineage.slice(1, t);
    const recent = this.config.history === null ? champions : champions.slice(Math.max(0, champions.length - this.config.history));
    return [this.lineage[0], ...recent];
  }

  private async runRound(t: number, logged: StepRecord[], loggedFinals: Map<string, Evaluation>): Promise<string | null> {
    const cfg = this.config;
    const opponents = this.opponents(t);
    const plan = this.plan(t, opponents.length, 1, '');
    if (logged.length === 0) this.store.append({ type: 'round', round: t, opponents: opponents.map((o) => o.name) });
    const archive = new Archive<Member>();
    const lineageEntrants = new Set<string>();
    const round: RoundState = { archive, lineageEntrants, newcomers: [] };
    const previous = this.lineage.slice(0, t);
    const initialSteps = previous.length + cfg.initialProposals;
    const lastStep = initialSteps + cfg.iters;
    let step = 0;
    for (const rec of logged) {
      this.place(round, rec);
      step = rec.step + 1;
    }
    let stopped: string | null = null;
    for (; step < lastStep; step++) {
      if (step >= initialSteps && (this.bestNew(round)?.fitness ?? -Infinity) > cfg.threshold) break;
      stopped = this.hooks.shouldStop?.() ?? this.proposer.exhausted?.() ?? null;
      if (stopped) break;
      const { rec, event } = await this.runStep(t, step, previous, archive, opponents, plan);
      const placed = this.place(round, rec);
      this.store.append({ ...event, cell: placed?.cell, placement: placed?.placement });
      const best = this.bestNew(round);
      this.hooks.onProgress?.({
        round: t, rounds: cfg.rounds, step, iteration: Math.max(0, step - initialSteps + 1), iters: cfg.iters,
        best: best?.fitness ?? 0, coverage: archive.coverage, evaluations: this.evaluations,
        lastEvent: rec.evaluation ? `${rec.kind} ${rec.name}: ${rec.evaluation.fitness.toFixed(3)}` : `${rec.kind}: did not assemble`,
      });
    }
    if (stopped) return stopped;
    let champion = this.bestNew(round) ?? archive.best()?.item;
    if (!champion) return `round ${t}: no warrior assembled`;
    if ((cfg.finalists ?? 0) > 0) {
      const final = await this.runFinal(t, round, opponents, loggedFinals);
      if (typeof final === 'string') return final;
      if (final) champion = final;
    }
    this.addChampion(t, champion, champion.fitness, archive.coverage);
    return null;
  }

  /**
   * How round t scores a warrior: `factor` times the ordinary battles, with placements and hill seed
   * drawn from the run seed under `prefix` ('' for the round's evaluations, 'final-' for re-scores).
   */
  private plan(t: number, opponentCount: number, factor: number, prefix: '' | 'final-'): EvaluationPlan {
    const cfg = this.config;
    const { coreSize, minDistance } = cfg.settings;
    return {
      mode: cfg.fitness,
      settings: cfg.settings,
      placements: cfg.fitness === 'melee'
        ? randomPlacements(cfg.placements * factor, opponentCount + 1, coreSize, minDistance, `${cfg.seed}/${prefix}placements/${t}`)
        : [],
      hillRounds: cfg.hillRounds * factor,
      hillSeed: minDistance + (seedrandom.alea(`${cfg.seed}/${prefix}hill/${t}`).int32() >>> 0) % (coreSize - 2 * minDistance + 1),
    };
  }

  /** The new warriors the champion rule may crown, in order of precedence among equal fitness. */
  private contenders(round: RoundState): Member[] {
    if ((this.config.champion ?? 'elite') === 'evaluated') return round.newcomers;
    return round.archive.elites().map((e) => e.item).filter((m) => !round.lineageEntrants.has(m.name));
  }

  /** The round's best new warrior so far (a champion must be new); the first of equals. */
  private bestNew(round: RoundState): Member | undefined {
    let best: Member | undefined;
    for (const m of this.contenders(round)) if (!best || m.fitness > best.fitness) best = m;
    return best;
  }

  /** The round's K fittest contenders, best first (a stable sort keeps precedence), no source twice. */
  private finalists(round: RoundState): Member[] {
    const seen = new Set<string>();
    const out: Member[] = [];
    for (const m of [...this.contenders(round)].sort((a, b) => b.fitness - a.fitness)) {
      if (out.length >= (this.config.finalists ?? 0)) break;
      if (seen.has(m.source)) continue;
      seen.add(m.source);
      out.push(m);
    }
    return out;
  }

  /** Re-scores the finalists with FINAL_FACTOR times the battles; returns the best, or a stop reason. */
  private async runFinal(
    t: number, round: RoundState, opponents: Candidate[], logged: Map<string, Evaluation>,
  ): Promise<Member | string | undefined> {
    const cfg = this.config;
    const finalPlan = this.plan(t, opponents.length, FINAL_FACTOR, 'final-');
    let best: Member | undefined;
    const finalists = this.finalists(round);
    for (const [k, m] of finalists.entries()) {
      let evaluation = logged.get(m.name);
      if (!evaluation) {
        const stopped = this.hooks.shouldStop?.() ?? null;
        if (stopped) return stopped;
        const jobs = evaluationJobs(m.warrior, opponents.map((o) => o.warrior), finalPlan);
        evaluation = scoreEvaluation(await this.runJobs(jobs), opponents.map((o) => o.name), finalPlan);
        this.evaluations++;
        this.store.append({ type: 'finalist', round: t, name: m.name, firstFitness: m.fitness, ...evaluation });
      }
      this.hooks.onProgress?.({
        round: t, rounds: cfg.rounds, step: -1, iteration: cfg.iters, iters: cfg.iters, finalist: [k + 1, finalists.length],
        best: best?.fitness ?? 0, coverage: round.archive.coverage, evaluations: this.evaluations,
        lastEvent: `finalist ${m.name}: ${m.fitness.toFixed(3)} → ${evaluation.fitness.toFixed(3)}`,
      });
      if (!best || evaluation.fitness > best.fitness) best = { ...m, fitness: evaluation.fitness, feedback: evaluation.feedback };
    }
    return best;
  }

  private place(round: RoundState, rec: StepRecord) {
    if (!rec.evaluation) return null;
    const r = assemble(rec.source, { settings: this.config.settings });
    if (!r.warrior) return null;
    if (rec.kind === 'lineage') round.lineageEntrants.add(rec.name);
    const member: Member = { name: rec.name, source: rec.source, warrior: r.warrior, fitness: rec.evaluation.fitness, feedback: rec.evaluation.feedback };
    if (rec.kind !== 'lineage') round.newcomers.push(member);
    return round.archive.insert(member, rec.evaluation.fitness, rec.evaluation.descriptors);
  }

  private async runStep(
    t: number,
    step: number,
    previous: Candidate[],
    archive: Archive<Member>,
    opponents: Candidate[],
    plan: EvaluationPlan,
  ): Promise<{ rec: StepRecord; event: RunEvent }> {
    const cfg = this.config;
    const base = `${cfg.seed}/r${t}/s${step}`;
    const rng = seedrandom(base);
    let kind: StepRecord['kind'];
    let proposal: Proposal;
    let name: string;
    let parentName: string | undefined;
    if (step < previous.length) {
      kind = 'lineage';
      const m = previous[step];
      proposal = { source: m.source, how: `lineage w${step}` };
      name = m.name;
    } else {
      const parent = step >= previous.length + cfg.initialProposals && rng() >= cfg.newRate ? archive.sample(rng) : undefined;
      const mate = parent && archive.size > 1 ? archive.sample(rng) : undefined;
      const req: ProposalRequest = parent
        ? {
            task: 'mutate', round: t, iteration: step, seed: `${base}/proposal`, opponents,
            parent: parent.item, parentFitness: parent.fitness,
            mate: mate && mate.item.name !== parent.item.name ? mate.item : undefined,
            feedback: cfg.feedback ? parent.item.feedback : undefined,
          }
        : { task: 'new', round: t, iteration: step, seed: `${base}/proposal`, opponents };
      kind = parent ? 'mutate' : 'new';
      parentName = parent?.item.name;
      try {
        proposal = await this.proposer.propose(req);
      } catch (e) {
        proposal = { source: '', how: `proposer failed: ${(e as Error).message}` };
      }
      name = `r${t}s${step}`;
    }
    const assembled = assemble(proposal.source, { settings: cfg.settings, file: `${name}.red` });
    let evaluation: Evaluation | null = null;
    if (assembled.ok && assembled.warrior) {
      if (kind !== 'lineage') name = uniqueName(assembled.warrior.name, t, step);
      const jobs = evaluationJobs(assembled.warrior, opponents.map((o) => o.warrior), plan);
      evaluation = scoreEvaluation(await this.runJobs(jobs), opponents.map((o) => o.name), plan);
      this.evaluations++;
    }
    const event: RunEvent = {
      type: 'evaluation', round: t, step, kind, name, parent: parentName, how: proposal.how,
      exchanges: proposal.exchanges, usage: proposal.usage,
      source: proposal.source, ok: assembled.ok,
      errors: assembled.ok ? undefined : assembled.errors.slice(0, 10),
      fitness: evaluation?.fitness ?? null, descriptors: evaluation?.descriptors, feedback: evaluation?.feedback,
    };
    return { rec: { step, kind, name, source: proposal.source, evaluation }, event };
  }

  private addChampion(round: number, c: Candidate, fitness: number, coverage?: number): void {
    const file = `${String(round).padStart(2, '0')}-${slug(c.name)}.red`;
    this.store.writeLineage(file, c.source);
    this.lineage.push({ ...c, file, fitness });
    this.store.append({ type: 'champion', round, name: c.name, file, fitness, coverage, source: c.source });
  }
}

/** The warrior's own name (from ;name), made unique with the round and step unless it already is. */
function uniqueName(own: string, round: number, step: number): string {
  const tag = `r${round}s${step}`;
  if (own.endsWith(tag)) return own;
  return `${own && own !== 'Unknown' ? slug(own) : 'rq'}-${tag}`;
}
