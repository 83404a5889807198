// First look at the text: the `;redcode` window, KOTH comment directives, and comment stripping.
import { tokenize, type Token } from './lexer.ts';

export interface SourceLine {
  /** 1-based line number in the file. */
  line: number;
  /** The code part of the line, before any `;`. */
  code: string;
  /** Tokens of an `;assert` expression on this line, if it is one. */
  assert?: Token[];
}

export interface SourceInfo {
  lines: SourceLine[];
  name: string | null;
  author: string | null;
  strategy: string[];
  hasAssert: boolean;
}

const DIRECTIVE = /^\s*;\s*(redcode|name|author|strategy|assert)\b(.*)$/i;

/**
 * Splits the text into lines. If a line starts with `;redcode`, everything before it is ignored, and
 * a second such line ends the warrior (so a mail with several warriors yields the first).
 */
export function readSource(text: string): SourceInfo {
  const raw = text.split('\n');
  let first = 0;
  let last = raw.length;
  const redcodeLines: number[] = [];
  for (let i = 0; i < raw.length && redcodeLines.length < 2; i++) {
    if (/^;redcode/i.test(raw[i])) redcodeLines.push(i);
  }
  if (redcodeLines.length > 0) first = redcodeLines[0] + 1;
  if (redcodeLines.length > 1) last = redcodeLines[1];

  const info: SourceInfo = { lines: [], name: null, author: null, strategy: [], hasAssert: false };
  for (let i = first; i < last; i++) {
    // pMARS reads C strings: a NUL byte ends the line.
    const nul = raw[i].indexOf('\0');
    const text = (nul < 0 ? raw[i] : raw[i].slice(0, nul)).replace(/\r+$/, '');
    const semi = text.indexOf(';');
    const code = semi < 0 ? text : text.slice(0, semi);
    const entry: SourceLine = { line: i + 1, code };
    if (semi >= 0 && code.trim() === '') {
      const m = DIRECTIVE.exec(text);
      if (m) {
        const kind = m[1].toLowerCase();
        // pMARS keeps trailing blanks of ;name and ;author; only the leading ones go.
        const rest = m[2].replace(/^[ \t]+/, '');
        if (kind === 'name') info.name = rest;
        else if (kind === 'author') info.author = rest;
        else if (kind === 'strategy') info.strategy.push(rest);
        else if (kind === 'assert') {
          info.hasAssert = true;
          const expr = m[2].split(';')[0];
          entry.assert = tokenizeAssert(expr, i + 1, text.length - m[2].length);
        }
      }
    }
    info.lines.push(entry);
  }
  return info;
}

/** Tokens of an assert expression; an unreadable one becomes an empty list (reported when evaluated). */
function tokenizeAssert(expr: string, line: number, columnOffset: number): Token[] {
  try {
    return tokenize(expr, line, columnOffset);
  } catch {
    return [{ kind: 'op', text: '?', line, column: columnOffset + 1 }];
  }
}
