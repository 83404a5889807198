// Golden warriors and settings: decodes pMARS listings from ../shared/golden/assemble/<set>.jsonl
// into Warriors (no assembler needed) and reads each set's MARS settings from corpus/settings.json.
import { warriorFromListing } from '../../src/mars/listing.ts';
import type { ListingRecord } from '../../src/mars/listing.ts';
import type { Warrior } from '../../src/mars/insn.ts';
import type { Settings } from '../../src/mars/settings.ts';
import { setSettings as corpusSetSettings } from './corpus.ts';
import { readJson, readJsonl } from './shared.ts';

interface AssembleRecord extends ListingRecord {
  file: string;
  ok: boolean;
}

export interface BattleCase {
  id: string;
  set: string;
  warriors: string[];
  seed: number;
  rounds: number;
  results: number[][];
  wlt?: [number, number, number];
  scores: number[];
  insns: number;
}

export interface Fight {
  w1: string;
  w2: string;
  seed: number;
  expected: Record<string, { wlt: [number, number, number]; insns: number }>;
}

/** A set's settings for a battle of `warriors` warriors over `rounds` rounds (the WARRIORS/ROUNDS constants). */
export function setSettings(set: string, warriors = 2, rounds = 1): Settings {
  return corpusSetSettings(set, { warriors, rounds });
}

const listings = new Map<string, Map<string, AssembleRecord>>();

function setListings(set: string): Map<string, AssembleRecord> {
  let m = listings.get(set);
  if (!m) {
    m = new Map(readJsonl<AssembleRecord>('golden', 'assemble', `${set}.jsonl`).map((r) => [r.file, r]));
    listings.set(set, m);
  }
  return m;
}

/** The record of `<set>/<file>` turned into a Warrior (coreSize from that set unless given). */
export function goldenWarrior(path: string, coreSize?: number): Warrior {
  const set = path.slice(0, path.indexOf('/'));
  const rec = setListings(set).get(path);
  if (!rec) throw new Error(`no golden listing for ${path}`);
  if (!rec.ok) throw new Error(`${path} was rejected by pMARS`);
  return warriorFromListing(rec, coreSize ?? setSettings(set).coreSize);
}

export function battleCases(set: string): BattleCase[] {
  return readJsonl<BattleCase>('golden', 'battles', `${set}.jsonl`);
}

export function fights(): Fight[] {
  return readJson<Fight[]>('golden', 'battles', 'fights94nop.json');
}

export const BATTLE_SETS = ['94nop', '94', '88', 'tiny', 'nano', 'fsh94nop', 'bench-rc', 'pmars-dist', 'drq-human', 'drq-llm'];
