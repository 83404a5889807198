// Turns the outcomes of a plan (complete or partial) into a table sorted by KOTH points.
import type { Outcome } from './job.ts';
import type { TournamentPlan } from './plan.ts';
import { kothPoints, pmarsScore, wltOf } from './scoring.ts';

export interface Standing {
  rank: number;
  name: string;
  author: string;
  file?: string;
  battles: number;
  rounds: number;
  wins: number;
  losses: number;
  ties: number;
  /** pMARS score summed over this warrior's battles. */
  score: number;
  /** KOTH points: score per round x 100 (3·%W + %T in 1v1). */
  points: number;
}

export interface BattleRecord {
  players: string[];
  seed: number;
  results: number[][];
  insns: number;
}

export interface Report {
  mode: TournamentPlan['mode'];
  rounds: number;
  seed: number;
  complete: boolean;
  battlesDone: number;
  battlesTotal: number;
  table: Standing[];
  battles: BattleRecord[];
}

export interface PlayerInfo {
  name: string;
  author: string;
  file?: string;
}

export interface Fought {
  players: number[];
  results: number[][];
}

/** The table of the `ranked` players over the battles fought, each of `rounds` rounds. */
export function standings(players: readonly PlayerInfo[], ranked: readonly number[], fought: readonly Fought[], rounds: number): Standing[] {
  const rows = new Map<number, Omit<Standing, 'rank'>>();
  for (const p of ranked) {
    const e = players[p];
    rows.set(p, {
      name: e.name, author: e.author, ...(e.file !== undefined ? { file: e.file } : {}),
      battles: 0, rounds: 0, wins: 0, losses: 0, ties: 0, score: 0, points: 0,
    });
  }
  for (const b of fought) {
    const n = b.players.length;
    b.players.forEach((p, k) => {
      const row = rows.get(p);
      if (!row) return;
      const v = b.results[k];
      const wlt = wltOf(v);
      row.battles++;
      row.rounds += rounds;
      row.wins += wlt.wins;
      row.losses += wlt.losses;
      row.ties += wlt.ties;
      row.score += pmarsScore(v, n);
    });
  }
  const order = [...rows.entries()];
  for (const [, r] of order) r.points = kothPoints(r.score, r.rounds);
  // Ties in points keep the players' order, so the table is a pure function of the outcomes.
  order.sort((x, y) => y[1].points - x[1].points || x[0] - y[0]);
  return order.map(([, r], i) => ({ rank: i + 1, ...r }));
}

export function tally(plan: TournamentPlan, outcomes: readonly (Outcome | undefined)[]): Report {
  const battles: BattleRecord[] = [];
  const fought: Fought[] = [];
  plan.battles.forEach((b, i) => {
    const o = outcomes[i];
    if (!o) return;
    battles.push({ players: b.players.map((p) => plan.players[p].name), seed: b.seed, results: o.results, insns: o.insns });
    fought.push({ players: b.players, results: o.results });
  });
  const players = plan.players.map((e) => ({ name: e.name, author: e.warrior.author, file: e.file }));
  return {
    mode: plan.mode,
    rounds: plan.rounds,
    seed: plan.seed,
    complete: battles.length === plan.battles.length,
    battlesDone: battles.length,
    battlesTotal: plan.battles.length,
    table: standings(players, plan.ranked, fought, plan.rounds),
    battles,
  };
}
