// Pass 1: EQU substitution, FOR/ROF expansion, labels and pseudo-ops, turning source lines into
// instruction statements. As in pMARS, EQU is plain text substitution (not parenthesised), a FOR
// counter is substituted as text wherever it stands as a symbol (also inside EQU text used in the
// block), and FOR bodies are re-read once per repetition, so EQU and FOR nest freely.
import { AsmError, type SourcePos } from './diagnostics.ts';
import { evaluate, registerValue, type Registers } from './expression.ts';
import { tokenize, type Token } from './lexer.ts';
import { isReserved, modifierNumber, opcodeNumber } from './keywords.ts';
import type { SourceLine } from './source.ts';

export interface Statement {
  opcode: number;
  /** Explicit modifier, or -1 to take the default. */
  modifier: number;
  operands: Token[];
  pos: SourcePos;
  /** Position just past the last token, for "missing operand" errors. */
  end: SourcePos;
}

export interface PseudoOperand {
  tokens: Token[];
  pos: SourcePos;
}

export interface Pass1Result {
  statements: Statement[];
  labels: Map<string, number>;
  org: PseudoOperand | null;
  end: PseudoOperand | null;
  pin: PseudoOperand | null;
  errors: AsmError[];
  warnings: AsmError[];
  /** Substitutes every EQU (including those defined after the use) into an operand's tokens. */
  expand(tokens: Token[]): Token[];
}

export interface Pass1Options {
  icws88: boolean;
  maxLength: number;
  /** Predefined constants (CORESIZE, ...) and CURLINE are resolved here. */
  constant(name: string, curline: number): number | undefined;
  /** pMARS's expression registers (a = ...), shared with pass 2. */
  registers: Registers;
}

/** Expansion limits that turn bombs (huge FOR counts, recursive EQU) into errors within milliseconds. */
const MAX_LINES_PROCESSED = 10_000;
const MAX_EQU_DEPTH = 64;
const MAX_LINE_TOKENS = 5_000;
/** Real warriors stay under 200; pMARS itself reads lines into a fixed buffer. */
const MAX_LINE_CHARS = 1_000;
const MAX_NESTING = 32;
const MAX_ERRORS = 100;
const LIMIT_PREFIX = 'limit: ';

/** An EQU's text, one string per line (multi-line EQU), substituted on use. */
type EquBody = string[];

interface ForHeader {
  counter: Token | null;
  count: number;
  pos: SourcePos;
}

export function pass1(lines: SourceLine[], opts: Pass1Options): Pass1Result {
  return new Pass1(opts).run(lines);
}

class Pass1 {
  private readonly statements: Statement[] = [];
  private readonly labels = new Map<string, number>();
  private readonly equs = new Map<string, EquBody>();
  /** FOR counters of the repetitions being read, innermost last. */
  private readonly counters: { name: string; value: number }[] = [];
  private pending: Token[] = [];
  private lastEqu: EquBody | null = null;
  private org: PseudoOperand | null = null;
  private endOp: PseudoOperand | null = null;
  private pin: PseudoOperand | null = null;
  private readonly errors: AsmError[] = [];
  private readonly warnings: AsmError[] = [];
  private processed = 0;
  private ended = false;
  private nesting = 0;

  constructor(private readonly opts: Pass1Options) {}

  run(lines: SourceLine[]): Pass1Result {
    try {
      this.processBlock(lines);
    } catch (e) {
      // Only limit violations escape a line: they stop the whole assembly.
      if (!(e instanceof AsmError)) throw e;
      e.message = e.message.replace(LIMIT_PREFIX, '');
      this.errors.push(e);
    }
    for (const label of this.pending) this.defineLabel(label, this.statements.length);
    return {
      statements: this.statements,
      labels: this.labels,
      org: this.org,
      end: this.endOp,
      pin: this.pin,
      errors: this.errors,
      warnings: this.warnings,
      expand: (tokens) => this.expandOperand(tokens),
    };
  }

  private limit(message: string, pos: SourcePos): AsmError {
    return new AsmError(LIMIT_PREFIX + message, pos);
  }

  private processBlock(lines: SourceLine[]): void {
    if (this.nesting >= MAX_NESTING) throw this.limit('FOR blocks or EQUs nested too deeply', { line: lines[0]?.line ?? 1, column: 1 });
    this.nesting++;
    try {
      for (let i = 0; i < lines.length && !this.ended; i++) {
        this.countLine(lines[i]);
        try {
          const header = this.processLine(lines[i]);
          if (header) i = this.expandFor(lines, i, header);
        } catch (e) {
          if (!(e instanceof AsmError) || e.message.startsWith(LIMIT_PREFIX)) throw e;
          this.errors.push(e);
          if (this.errors.length >= MAX_ERRORS) throw this.limit('too many errors; assembly stopped', e.pos);
        }
      }
    } finally {
      this.nesting--;
    }
  }

  private countLine(src: SourceLine): void {
    if (++this.processed > MAX_LINES_PROCESSED) {
      throw this.limit(`more than ${MAX_LINES_PROCESSED} lines after FOR/EQU expansion`, { line: src.line, column: 1 });
    }
  }

  /** Handles one line; returns the FOR header when the line opens a FOR block. */
  private processLine(src: SourceLine): ForHeader | null {
    if (src.assert) {
      this.checkAssert(src);
      return null;
    }
    if (src.code.length > MAX_LINE_CHARS) {
      throw new AsmError(`line longer than ${MAX_LINE_CHARS} characters`, { line: src.line, column: MAX_LINE_CHARS + 1 });
    }
    const raw = tokenize(src.code, src.line);
    if (raw.length === 0) return null;
    if (this.defineEqu(raw, src)) return null;
    const expanded = this.substitute([raw], 0);
    if (expanded.length === 1) return this.parseStatement(expanded[0]);
    // A multi-line EQU used here: its lines are read as a block of their own (they may hold FOR/ROF).
    this.processBlock(expanded.map((tokens) => ({ line: src.line, code: renderTokens(tokens) })));
    return null;
  }

  /** A false assert is an error; one that cannot be evaluated is only a warning, as in pMARS. */
  private checkAssert(src: SourceLine): void {
    let value: number;
    try {
      const tokens = this.expandOperand(src.assert!);
      value = evaluate(tokens, (n, t) => this.resolve(n, t), { line: src.line, column: 1 }, this.opts.registers);
    } catch (e) {
      if (!(e instanceof AsmError)) throw e;
      this.warnings.push(new AsmError(`invalid ';assert' expression: ${e.message}`, e.pos));
      return;
    }
    if (value === 0) throw new AsmError('assertion in this line fails', { line: src.line, column: 1 });
  }

  /** `label EQU text` or a continuation `EQU text`; the text is kept raw and substituted on use. */
  private defineEqu(raw: Token[], src: SourceLine): boolean {
    const { labels, next: i } = leadingLabels(raw);
    if (raw[i]?.kind !== 'ident' || raw[i].text.toUpperCase() !== 'EQU') {
      this.lastEqu = null;
      return false;
    }
    const text = raw[i + 1] ? src.code.slice(raw[i + 1].column - 1) : '';
    if (labels.length === 0) {
      if (!this.lastEqu) throw new AsmError('EQU without a label', raw[i]);
      this.lastEqu.push(text);
      return true;
    }
    const body: EquBody = [text];
    for (const label of labels) {
      if (this.equs.has(label.text) || this.labels.has(label.text) || this.counters.some((c) => c.name === label.text)) {
        throw new AsmError(`'${label.text}' is already defined`, label);
      }
      this.equs.set(label.text, body);
    }
    this.lastEqu = body;
    return true;
  }

  private parseStatement(tokens: Token[]): ForHeader | null {
    const { labels: lineLabels, next: i } = leadingLabels(tokens);
    const keyword = tokens[i];
    if (!keyword) {
      this.pending.push(...lineLabels);
      return null;
    }
    if (keyword.kind !== 'ident') {
      throw new AsmError(`unrecognized or improper placement of '${keyword.text}'`, keyword);
    }
    const rest = tokens.slice(i + 1);
    const restPos = rest[0] ?? { line: keyword.line, column: keyword.column + keyword.text.length };
    const dot = keyword.text.indexOf('.');
    const word = (dot < 0 ? keyword.text : keyword.text.slice(0, dot)).toUpperCase();

    switch (word) {
      case 'EQU':
        throw new AsmError('EQU here is not a definition', keyword);
      case 'FOR': {
        const all = [...this.pending, ...lineLabels];
        const counter = all.pop() ?? null;
        this.pending = all;
        const count = evaluate(rest, (n, t) => this.resolve(n, t), restPos, this.opts.registers);
        return { counter, count, pos: keyword };
      }
      case 'ROF':
        throw new AsmError('ROF without FOR', keyword);
      case 'ORG':
        this.pending.push(...lineLabels);
        if (rest.length > 0) this.org = { tokens: rest, pos: restPos };
        return null;
      case 'PIN':
        this.pending.push(...lineLabels);
        this.pin = { tokens: rest, pos: restPos };
        return null;
      case 'END':
        this.pending.push(...lineLabels);
        if (rest.length > 0) this.endOp = { tokens: rest, pos: restPos };
        this.ended = true;
        return null;
    }
    return this.parseInstruction(keyword, dot, tokens.slice(i + 1), lineLabels);
  }

  private parseInstruction(keyword: Token, dot: number, after: Token[], lineLabels: Token[]): null {
    const index = this.statements.length;
    // Labels are defined even when the rest of the line is bad, so one error does not cascade.
    for (const label of [...this.pending, ...lineLabels]) this.defineLabel(label, index);
    this.pending = [];
    const opcode = opcodeNumber(dot < 0 ? keyword.text : keyword.text.slice(0, dot), this.opts.icws88);
    if (opcode === undefined) throw new AsmError(`improper placement of '${keyword.text}'`, keyword);
    let modifierText: string | null = dot < 0 ? null : keyword.text.slice(dot + 1);
    let operands = after;
    if (modifierText === null && after[0]?.text === '.') {
      modifierText = after[1]?.kind === 'ident' ? after[1].text : '';
      operands = after.slice(2);
    }
    let modifier = -1;
    if (modifierText !== null) {
      const m = modifierNumber(modifierText);
      if (m === undefined) throw new AsmError(`unknown modifier '.${modifierText}'`, keyword);
      if (this.opts.icws88) throw new AsmError("modifiers are not allowed in ICWS'88 mode", keyword);
      modifier = m;
    }
    if (index >= this.opts.maxLength) {
      throw this.limit(`warrior is longer than MAXLENGTH (${this.opts.maxLength})`, keyword);
    }
    const last = operands[operands.length - 1] ?? keyword;
    this.statements.push({
      opcode,
      modifier,
      operands,
      pos: { line: keyword.line, column: keyword.column },
      end: { line: last.line, column: last.column + last.text.length },
    });
    return null;
  }

  /** Collects the FOR body up to its matching ROF, then re-reads it once per repetition. */
  private expandFor(lines: SourceLine[], at: number, header: ForHeader): number {
    let depth = 1;
    let i = at + 1;
    for (; i < lines.length; i++) {
      const kw = blockKeyword(lines[i].code);
      if (kw === 'FOR') depth++;
      else if (kw === 'ROF' && --depth === 0) break;
    }
    if (depth !== 0) throw new AsmError('FOR without ROF', header.pos);
    const body = lines.slice(at + 1, i);
    const counter = header.counter?.text;
    for (let k = 1; k <= header.count && !this.ended; k++) {
      this.countLine(lines[at]);
      if (!counter) {
        this.processBlock(body);
        continue;
      }
      this.counters.push({ name: counter, value: k });
      try {
        this.processBlock(body.map((l) => ({ ...l, code: substituteCounter(l.code, counter, k) })));
      } finally {
        this.counters.pop();
      }
    }
    return i;
  }

  /** EQU substitution inside an operand or expression, where a multi-line EQU cannot stand. */
  expandOperand(tokens: Token[]): Token[] {
    const lines = this.substitute([tokens], 0);
    if (lines.length > 1) throw new AsmError('multi-line EQU used inside an expression', tokens[0]);
    return lines[0];
  }

  /** Replaces EQU symbols by their text, recursively; a multi-line EQU splits the line. */
  private substitute(lines: Token[][], depth: number): Token[][] {
    const out: Token[][] = [[]];
    let total = 0;
    for (let li = 0; li < lines.length; li++) {
      if (li > 0) out.push([]);
      for (const t of lines[li]) {
        const body = t.kind === 'ident' ? this.equs.get(t.text) : undefined;
        if (!body) {
          out[out.length - 1].push(t);
          total++;
          continue;
        }
        if (depth >= MAX_EQU_DEPTH) throw this.limit(`EQU '${t.text}' refers to itself`, t);
        const placed = body.map((text) => this.equTokens(text, t));
        const sub = this.substitute(placed, depth + 1);
        out[out.length - 1].push(...sub[0]);
        for (let k = 1; k < sub.length; k++) out.push([...sub[k]]);
        total += sub.reduce((n, l) => n + l.length, 0);
        if (total > MAX_LINE_TOKENS) throw this.limit('line too long after EQU substitution', t);
      }
    }
    return out;
  }

  /** One line of EQU text as tokens placed at the use, with the active FOR counters substituted. */
  private equTokens(text: string, use: Token): Token[] {
    let code = text;
    for (const c of this.counters) code = substituteCounter(code, c.name, c.value);
    return tokenize(code, use.line).map((bt) => ({ ...bt, line: use.line, column: use.column }));
  }

  private resolve(name: string, t: Token): number {
    const label = this.labels.get(name);
    const curline = this.statements.length;
    if (label !== undefined) return label - curline;
    const c = this.opts.constant(name, curline);
    if (c !== undefined) return c;
    const r = registerValue(this.opts.registers, name);
    if (r !== undefined) return r;
    throw new AsmError(`undefined symbol '${name}'`, t);
  }

  private defineLabel(label: Token, index: number): void {
    if (this.labels.has(label.text) || this.equs.has(label.text)) {
      this.warnings.push(new AsmError(`duplicate label '${label.text}' (first definition kept)`, label));
      return;
    }
    this.labels.set(label.text, index);
  }
}

/** The labels a line starts with (symbols that are no keyword, each with an optional colon). */
function leadingLabels(tokens: Token[]): { labels: Token[]; next: number } {
  const labels: Token[] = [];
  let i = 0;
  while (i < tokens.length && tokens[i].kind === 'ident' && !isReserved(tokens[i].text)) {
    labels.push(tokens[i]);
    i++;
    if (tokens[i]?.text === ':') i++;
  }
  return { labels, next: i };
}

/** Tokens back to text, keeping adjacency (so `666` `01` stays `66601` when re-read). */
function renderTokens(tokens: Token[]): string {
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    const adjacent = prev && prev.line === tokens[i].line && prev.column + prev.text.length === tokens[i].column;
    out += (i === 0 || adjacent ? '' : ' ') + tokens[i].text;
  }
  return out;
}

/** FOR or ROF when that is the line's keyword (after any labels), read without EQU substitution. */
function blockKeyword(code: string): string | null {
  let tokens: Token[];
  try {
    tokens = tokenize(code, 0);
  } catch {
    return null;
  }
  const i = leadingLabels(tokens).next;
  const word = tokens[i]?.kind === 'ident' ? tokens[i].text.toUpperCase() : '';
  return word === 'FOR' || word === 'ROF' ? word : null;
}

/**
 * The counter becomes its two-digit value wherever it stands as a symbol, as pMARS does on the text:
 * `a&i` gives `a01`, and `666i` gives `66601` (digits end a number, so `i` is a symbol there), but the
 * `i` of `mov.i` is part of the word `mov.i` and stays.
 */
export function substituteCounter(code: string, counter: string, k: number): string {
  const value = k < 10 ? `0${k}` : String(k);
  let out = '';
  let i = 0;
  const n = code.length;
  while (i < n) {
    const c = code.charCodeAt(i);
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdentChar(code.charCodeAt(j))) j++;
      const word = code.slice(i, j);
      if (word === counter) {
        if (out.endsWith('&')) out = out.slice(0, -1);
        out += value;
        if (code[j] === '&') j++;
      } else {
        out += word;
      }
      i = j;
    } else if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < n && code.charCodeAt(j) >= 48 && code.charCodeAt(j) <= 57) j++;
      out += code.slice(i, j);
      i = j;
    } else {
      out += code[i];
      i++;
    }
  }
  return out;
}

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function isIdentChar(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57) || c === 46;
}
