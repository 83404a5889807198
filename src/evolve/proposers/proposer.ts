// The interface every proposer implements: the LLM and the embedded mutator are interchangeable.
import type { Candidate } from '../candidate.ts';

/** How a warrior fared against one opponent in its melee evaluation, round by round. */
export interface BattleFeedback {
  opponent: string;
  /** Rounds in which it outlived the opponent. */
  wins: number;
  /** Rounds in which the opponent outlived it. */
  losses: number;
  /** Rounds in which both lasted equally long (both to the end, or died together). */
  ties: number;
}

export type ProposalRequest =
  | { task: 'new'; round: number; iteration: number; seed: string; opponents: Candidate[] }
  | {
      task: 'mutate';
      round: number;
      iteration: number;
      seed: string;
      parent: Candidate;
      parentFitness: number;
      /** A second elite, for crossover. */
      mate?: Candidate;
      opponents: Candidate[];
      feedback?: BattleFeedback[];
    };

export interface TokenUsage {
  prompt: number;
  completion: number;
}

export interface Proposal {
  /** Redcode source; it still has to assemble (the loop checks). */
  source: string;
  /** How it was made, for the event log (e.g. "mutate: opcode, value"). */
  how: string;
  /** LLM exchanges (prompt and reply of each call), for the event log. */
  exchanges?: { prompt: string; reply: string }[];
  usage?: TokenUsage;
}

export interface Proposer {
  readonly kind: 'llm' | 'mutate';
  propose(req: ProposalRequest): Promise<Proposal>;
  /** Budget left, when the proposer has one; the loop stops cleanly when it runs out. */
  exhausted?(): string | null;
}
