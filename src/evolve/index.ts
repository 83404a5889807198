// The Red Queen evolution layer: loop, archive, fitness, proposers and the run folder.
export { RedQueen, DEFAULT_CONFIG, FINAL_FACTOR, type ChampionRule, type EvolveConfig, type LoopResult, type Progress } from './loop.ts';
export { Archive, cellOf, type Descriptors } from './archive.ts';
export { RunStore, type RunEvent } from './run-store.ts';
export { MutateProposer } from './proposers/mutate.ts';
export { LlmProposer } from './proposers/llm.ts';
export type { Proposer } from './proposers/proposer.ts';
export type { BattleJob, RunJobs } from './evaluate.ts';
export { slug, type Candidate } from './candidate.ts';
