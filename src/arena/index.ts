// The arena in Node: battle jobs, the worker pool, tournament plans, tables and the hill.
// (Browser code imports browser-pool.ts instead of pool.ts.)
export { runJob } from './job.ts';
export type { BattleJob, Outcome } from './job.ts';
export { createPool, defaultWorkers, workerEntry } from './pool.ts';
export type { Pool, PoolOptions, ProgressFn, RunAllOptions } from './pool.ts';
export { Scheduler } from './scheduler.ts';
export { pmarsScore, pmarsScores, kothPoints, wltOf } from './scoring.ts';
export { deriveSeed } from './seeds.ts';
export { planJobs, withWarriors } from './plan.ts';
export type { Entrant, Mode, PlannedBattle, TournamentPlan } from './plan.ts';
export { matchPlan } from './match.ts';
export { roundRobinPlan } from './round-robin.ts';
export { benchmarkPlan } from './benchmark.ts';
export { meleePlan } from './melee.ts';
export type { MeleeOptions } from './melee.ts';
export { runPlan } from './run.ts';
export { standings, tally } from './tally.ts';
export type { BattleRecord, Report, Standing } from './tally.ts';
export { formatCsv, formatJson, formatTable, formatText } from './format.ts';
export { addToHill, hillTable, initHill, loadHill, saveHill } from './hill.ts';
export type { AddResult, Hill, HillEvent, HillMember, HillPair } from './hill.ts';
export { collectWarriorFiles, disambiguate, loadEntrants } from './files.ts';
export { writeFileAtomic } from './atomic-file.ts';
