// What the loop evolves: Redcode source (what an LLM writes and a user reads) with its assembled form.
import type { Warrior } from '../mars/insn.ts';

export interface Candidate {
  name: string;
  source: string;
  warrior: Warrior;
}

/** A file-name-safe form of a warrior name. */
export function slug(name: string): string {
  const s = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return s || 'warrior';
}
