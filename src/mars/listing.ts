// Decodes pMARS listing lines ("MOV.I $49, $2219") into instructions. Used by the bench and the
// tests to load golden warriors without the assembler; values are reduced into [0, coreSize).
import { MODE_CHARS, MODIFIERS, OPCODES } from './insn.ts';
import type { Instruction, Warrior } from './insn.ts';

const LINE = /^\s*([A-Z]{3})\.(AB|BA|A|B|F|X|I)\s+([#$@<>*{}])\s*(-?\d+)\s*,\s*([#$@<>*{}])\s*(-?\d+)\s*$/;

function reduce(v: number, coreSize: number): number {
  const r = v % coreSize;
  return r < 0 ? r + coreSize : r;
}

export function parseListingLine(line: string, coreSize: number): Instruction {
  const m = LINE.exec(line);
  if (!m) throw new Error(`not a pMARS listing line: '${line}'`);
  const opcode = (OPCODES as readonly string[]).indexOf(m[1]);
  const modifier = (MODIFIERS as readonly string[]).indexOf(m[2]);
  if (opcode < 0) throw new Error(`unknown opcode in '${line}'`);
  return {
    opcode,
    modifier,
    aMode: (MODE_CHARS as readonly string[]).indexOf(m[3]),
    a: reduce(Number(m[4]), coreSize),
    bMode: (MODE_CHARS as readonly string[]).indexOf(m[5]),
    b: reduce(Number(m[6]), coreSize),
  };
}

/** The fields of a golden `assemble/<set>.jsonl` record that describe the code. */
export interface ListingRecord {
  file?: string;
  name?: string;
  author?: string;
  start: number;
  pin?: number;
  code: string[];
}

export function warriorFromListing(rec: ListingRecord, coreSize: number): Warrior {
  return {
    name: rec.name ?? 'Unknown',
    author: rec.author ?? 'Anonymous',
    start: rec.start,
    pin: rec.pin ?? null,
    code: rec.code.map((l) => parseListingLine(l, coreSize)),
  };
}
