// The pMARS load-file format: `ORG n`, one `OP.M mA, mB` per line, `END`, with the KOTH comments kept,
// so the export assembles back to the identical warrior (in pMARS too).
import { formatInstruction, type Warrior } from '../mars/insn.ts';

export function toLoadFile(w: Warrior, coreSize: number): string {
  const lines = [';redcode-94', `;name ${oneLine(w.name)}`, `;author ${oneLine(w.author)}`];
  if (w.strategy) for (const s of w.strategy.split('\n')) lines.push(`;strategy ${oneLine(s)}`);
  lines.push(';assert 1');
  lines.push(`ORG ${w.start}`);
  if (w.pin !== null) lines.push(`PIN ${w.pin}`);
  for (const insn of w.code) lines.push(`       ${formatInstruction(insn, coreSize)}`);
  lines.push('END');
  return lines.join('\n') + '\n';
}

function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, ' ');
}
