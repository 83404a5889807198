// Pulls the Redcode out of an LLM reply: a fenced block when there is one, else the lines that look
// like Redcode. Returns null when the reply holds no instruction at all.
import { OPCODES } from '../../mars/insn.ts';

const OPCODE_LINE = new RegExp(`^\\s*(?:[A-Za-z_][\\w]*:?\\s+)*(?:${OPCODES.join('|')})(?:\\.[A-Za-z]{1,2})?\\b`, 'i');
const FENCE = /```[ \t]*([\w-]*)[^\n]*\n([\s\S]*?)```/g;

export function looksLikeRedcode(text: string): boolean {
  return text.split('\n').some((l) => OPCODE_LINE.test(l));
}

export function extractRedcode(reply: string): string | null {
  const blocks = [...reply.matchAll(FENCE)].map((m) => ({ lang: m[1].toLowerCase(), body: m[2] }));
  const code = blocks.filter((b) => looksLikeRedcode(b.body));
  if (code.length > 0) {
    const tagged = code.find((b) => /^(redcode|red|asm|assembly)/.test(b.lang));
    return (tagged ?? code.reduce((a, b) => (b.body.length > a.body.length ? b : a))).body.trimEnd() + '\n';
  }
  if (!looksLikeRedcode(reply)) return null;
  const start = reply.search(/^;redcode/im);
  return (start >= 0 ? reply.slice(start) : reply).trimEnd() + '\n';
}
