// The instruction word and the assembled-warrior record shared by the assembler and the VM.
// One small integer packs opcode, modifier and both addressing modes (like exhaust's insn.h):
//   word = opcode << 9 | modifier << 6 | aMode << 3 | bMode
// so `word >> 6` is the (opcode, modifier) pair the execute loop switches on, and `word & 63`
// the (A-mode, B-mode) pair. Field values are kept apart, already reduced to [0, coreSize).

export const OPCODES = [
  'DAT', 'MOV', 'ADD', 'SUB', 'MUL', 'DIV', 'MOD', 'JMP', 'JMZ', 'JMN',
  'DJN', 'SPL', 'SLT', 'CMP', 'SEQ', 'SNE', 'NOP', 'LDP', 'STP',
] as const;
export type OpcodeName = (typeof OPCODES)[number];

/** Opcode numbers by name (Op.MOV === 1). */
export const Op = Object.fromEntries(OPCODES.map((n, i) => [n, i])) as { readonly [K in OpcodeName]: number };

export const MODIFIERS = ['A', 'B', 'AB', 'BA', 'F', 'X', 'I'] as const;
export type ModifierName = (typeof MODIFIERS)[number];

export const Mod = Object.fromEntries(MODIFIERS.map((n, i) => [n, i])) as { readonly [K in ModifierName]: number };

/** Addressing-mode characters, indexed by mode number. */
export const MODE_CHARS = ['#', '$', '@', '<', '>', '*', '{', '}'] as const;
export type ModeChar = (typeof MODE_CHARS)[number];

export const Mode = {
  IMMEDIATE: 0, DIRECT: 1, B_INDIRECT: 2, B_PREDEC: 3, B_POSTINC: 4, A_INDIRECT: 5, A_PREDEC: 6, A_POSTINC: 7,
} as const;

export interface Instruction {
  opcode: number;
  modifier: number;
  aMode: number;
  /** A-field value in [0, coreSize). */
  a: number;
  bMode: number;
  /** B-field value in [0, coreSize). */
  b: number;
}

/** An assembled warrior: what the assembler produces and the VM loads. Plain data (JSON- and clone-safe). */
export interface Warrior {
  name: string;
  author: string;
  strategy?: string;
  /** Offset of the first instruction to execute, relative to the first cell. */
  start: number;
  /** P-space identifier from PIN, or null when the warrior declares none. */
  pin: number | null;
  code: Instruction[];
}

export function packWord(opcode: number, modifier: number, aMode: number, bMode: number): number {
  return (opcode << 9) | (modifier << 6) | (aMode << 3) | bMode;
}

export function wordOf(insn: Instruction): number {
  return packWord(insn.opcode, insn.modifier, insn.aMode, insn.bMode);
}

/** A field value as pMARS prints it: x > coreSize/2 is shown as x - coreSize. */
export function signedField(value: number, coreSize: number): number {
  return value > Math.floor(coreSize / 2) ? value - coreSize : value;
}

/** `MOV.I $49, $2219`, the pMARS listing form of one instruction. */
export function formatInstruction(insn: Instruction, coreSize: number): string {
  return `${OPCODES[insn.opcode]}.${MODIFIERS[insn.modifier]} ` +
    `${MODE_CHARS[insn.aMode]}${signedField(insn.a, coreSize)}, ` +
    `${MODE_CHARS[insn.bMode]}${signedField(insn.b, coreSize)}`;
}
