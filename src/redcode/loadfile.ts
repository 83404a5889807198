// The pMARS load-file format: `ORG n`, one `OP.M mA, mB` per line, `END`, with the KOTH comments kept,
// so the export assembles back to the identical warrior (in pMARS too). In ICWS'88 mode the
// modifiers are left out: '88 source cannot carry them, and the default rules give them back.
import { formatInstruction, MODE_CHARS, OPCODES, signedField, type Instruction, type Warrior } from '../mars/insn.ts';

export interface LoadFileOptions {
  icws88?: boolean;
}

export function toLoadFile(w: Warrior, coreSize: number, options: LoadFileOptions = {}): string {
  const lines = [options.icws88 ? ';redcode' : ';redcode-94', `;name ${oneLine(w.name)}`, `;author ${oneLine(w.author)}`];
  if (w.strategy !== undefined) for (const s of w.strategy.split('\n')) lines.push(`;strategy ${s}`);
  lines.push(';assert 1');
  lines.push(`ORG ${w.start}`);
  if (w.pin !== null) lines.push(`PIN ${w.pin}`);
  const format = options.icws88 ? format88 : formatInstruction;
  for (const insn of w.code) lines.push(`       ${format(insn, coreSize)}`);
  lines.push('END');
  return lines.join('\n') + '\n';
}

function format88(insn: Instruction, coreSize: number): string {
  return `${OPCODES[insn.opcode]} ${MODE_CHARS[insn.aMode]}${signedField(insn.a, coreSize)}, ` +
    `${MODE_CHARS[insn.bMode]}${signedField(insn.b, coreSize)}`;
}

function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, ' ');
}
