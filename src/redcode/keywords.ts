// Opcode, modifier and pseudo-op tables, and pMARS's default-modifier rules.
import { MODIFIERS, Mod, Mode, OPCODES, Op } from '../mars/insn.ts';

const OPCODE_INDEX = new Map<string, number>(OPCODES.map((n, i) => [n, i]));
const MODIFIER_INDEX = new Map<string, number>(MODIFIERS.map((n, i) => [n, i]));

export const PSEUDO_OPS = new Set(['EQU', 'FOR', 'ROF', 'ORG', 'END', 'PIN']);

/** The ICWS'88 instruction set (pMARS -8). */
const OPCODES_88 = new Set(['DAT', 'MOV', 'ADD', 'SUB', 'JMP', 'JMZ', 'JMN', 'DJN', 'CMP', 'SLT', 'SPL']);

export function opcodeNumber(word: string, icws88: boolean): number | undefined {
  const upper = word.toUpperCase();
  if (icws88 && !OPCODES_88.has(upper)) return undefined;
  return OPCODE_INDEX.get(upper);
}

export function modifierNumber(word: string): number | undefined {
  return MODIFIER_INDEX.get(word.toUpperCase());
}

/** Words that can never be labels: opcodes (also with a modifier, `mov.i`) and pseudo-ops, in any case. */
export function isReserved(word: string): boolean {
  const dot = word.indexOf('.');
  const upper = (dot < 0 ? word : word.slice(0, dot)).toUpperCase();
  return OPCODE_INDEX.has(upper) || PSEUDO_OPS.has(upper);
}

/** The ICWS'94 default modifier for an opcode written without one. */
export function defaultModifier(opcode: number, aMode: number, bMode: number): number {
  const aImm = aMode === Mode.IMMEDIATE;
  const bImm = bMode === Mode.IMMEDIATE;
  switch (opcode) {
    case Op.DAT:
    case Op.NOP:
      return Mod.F;
    case Op.MOV:
    case Op.CMP:
    case Op.SEQ:
    case Op.SNE:
      return aImm ? Mod.AB : bImm ? Mod.B : Mod.I;
    case Op.ADD:
    case Op.SUB:
    case Op.MUL:
    case Op.DIV:
    case Op.MOD:
      return aImm ? Mod.AB : bImm ? Mod.B : Mod.F;
    case Op.SLT:
    case Op.LDP:
    case Op.STP:
      return aImm ? Mod.AB : Mod.B;
    default:
      return Mod.B; // JMP JMZ JMN DJN SPL
  }
}
