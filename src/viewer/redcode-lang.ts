// Redcode highlighting for CodeMirror: a stream tokenizer (opcodes, modifiers, modes, numbers,
// labels, pseudo-ops, comments with ;name/;author/;assert picked out).
import { StreamLanguage } from '@codemirror/language';
import type { StreamParser } from '@codemirror/language';
import { MODIFIERS, OPCODES } from '../mars/index.ts';

const OPS = new Set<string>(OPCODES.map((o) => o.toLowerCase()));
const PSEUDO = new Set(['org', 'end', 'equ', 'for', 'rof', 'pin']);
const MODS = new Set<string>(MODIFIERS.map((m) => m.toLowerCase()));

interface State {
  /** Seen an opcode on this line: what follows are operands. */
  operands: boolean;
}

const parser: StreamParser<State> = {
  name: 'redcode',
  startState: () => ({ operands: false }),
  token(stream, state) {
    if (stream.sol()) state.operands = false;
    if (stream.eatSpace()) return null;
    if (stream.match(/^;(name|author|strategy|assert|redcode\S*|password|version|date)\b/i)) {
      stream.skipToEnd();
      return 'meta';
    }
    if (stream.peek() === ';') {
      stream.skipToEnd();
      return 'comment';
    }
    if (stream.match(/^\d+/)) return 'number';
    if (stream.match(/^[#$@<>*{}]/)) return 'operator';
    if (stream.match(/^\.[a-z]+/i)) {
      return MODS.has(stream.current().slice(1).toLowerCase()) ? 'typeName' : 'invalid';
    }
    const word = stream.match(/^[a-z_][\w]*/i) as RegExpMatchArray | null;
    if (word) {
      const w = word[0].toLowerCase();
      if (OPS.has(w)) {
        state.operands = true;
        return 'keyword';
      }
      if (PSEUDO.has(w)) return 'macroName';
      return state.operands ? 'variableName' : 'labelName';
    }
    stream.next();
    return 'punctuation';
  },
  languageData: { commentTokens: { line: ';' } },
};

export const redcode = StreamLanguage.define(parser);
