// Splits one source line into tokens with their columns. Comments are cut off before this.
import { AsmError } from './diagnostics.ts';

export type TokenKind = 'ident' | 'number' | 'op';

export interface Token {
  kind: TokenKind;
  text: string;
  line: number;
  column: number;
}

const TWO_CHAR_OPS = new Set(['==', '!=', '<=', '>=', '&&', '||']);
const ONE_CHAR_OPS = '+-*/%()<>!,.:#$@{}&=';

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** A dot is part of a symbol (`mov.i` is one word, split later), as in pMARS. */
function isIdentChar(c: number): boolean {
  return isIdentStart(c) || isDigit(c) || c === 46;
}

export function tokenize(text: string, line: number, columnOffset = 0): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13 || c === 11 || c === 12 || c === 0xa0) {
      i++;
      continue;
    }
    const start = i;
    const column = columnOffset + i + 1;
    if (isIdentStart(c)) {
      while (i < n && isIdentChar(text.charCodeAt(i))) i++;
      tokens.push({ kind: 'ident', text: text.slice(start, i), line, column });
    } else if (isDigit(c)) {
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      tokens.push({ kind: 'number', text: text.slice(start, i), line, column });
    } else {
      const two = text.slice(i, i + 2);
      if (TWO_CHAR_OPS.has(two)) {
        tokens.push({ kind: 'op', text: two, line, column });
        i += 2;
      } else if (ONE_CHAR_OPS.includes(text[i])) {
        tokens.push({ kind: 'op', text: text[i], line, column });
        i++;
      } else {
        throw new AsmError(`unrecognized character '${text[i]}'`, { line, column });
      }
    }
  }
  return tokens;
}
