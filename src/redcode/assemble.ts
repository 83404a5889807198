// Pass 2 and the public entry: operands, default modifiers, ORG/END/PIN, limits, diagnostics.
import { Mode, MODE_CHARS, Op, type Instruction, type Warrior } from '../mars/insn.ts';
import type { Settings } from '../mars/settings.ts';
import { AsmError, type Diagnostic } from './diagnostics.ts';
import { evaluate, normalize, registerValue, type Registers } from './expression.ts';
import { defaultModifier } from './keywords.ts';
import type { Token } from './lexer.ts';
import { pass1, type PseudoOperand, type Statement } from './preprocess.ts';
import { readSource } from './source.ts';

export interface AssembleOptions {
  settings: Settings;
  /** File name used in diagnostics. */
  file?: string;
}

export interface AssembleResult {
  ok: boolean;
  warrior?: Warrior;
  /** Name and author as read from the comments, also when assembly fails. */
  name: string;
  author: string;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

/** pMARS 0.9.4 reports VERSION as 94. */
const VERSION = 94;

const MODES_88 = new Set(['#', '$', '@', '<']);

export function predefinedConstants(settings: Settings): Map<string, number> {
  return new Map([
    ['CORESIZE', settings.coreSize],
    ['MAXPROCESSES', settings.maxProcesses],
    ['MAXCYCLES', settings.maxCycles],
    ['MAXLENGTH', settings.maxLength],
    ['MINDISTANCE', settings.minDistance],
    ['ROUNDS', settings.rounds],
    ['PSPACESIZE', settings.pSpaceSize],
    ['WARRIORS', settings.warriors],
    ['READLIMIT', settings.readLimit],
    ['WRITELIMIT', settings.writeLimit],
    ['VERSION', VERSION],
  ]);
}

export function assemble(source: string, options: AssembleOptions): AssembleResult {
  const file = options.file ?? '<input>';
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const toDiag = (e: AsmError): Diagnostic => ({ file, line: e.pos.line, column: e.pos.column, message: e.message });
  const info = readSource(source);
  const name = info.name ?? 'Unknown';
  const author = info.author ?? 'Anonymous';
  try {
    const warrior = assembleLines(info, options.settings, errors, warnings, toDiag);
    if (!info.hasAssert) {
      warnings.push({ file, line: 1, column: 1, message: "missing ';assert': warrior may not work with the current settings" });
    }
    const byPosition = (a: Diagnostic, b: Diagnostic) => a.line - b.line || a.column - b.column;
    errors.sort(byPosition);
    warnings.sort(byPosition);
    if (errors.length > 0 || !warrior) return { ok: false, name, author, errors, warnings };
    warrior.name = name;
    warrior.author = author;
    if (info.strategy.length > 0) warrior.strategy = info.strategy.join('\n');
    return { ok: true, warrior, name, author, errors, warnings };
  } catch (e) {
    // A bug, not bad input: still reported as data so no caller crashes on a warrior.
    const message = `internal assembler error: ${e instanceof Error ? e.message : String(e)}`;
    errors.push({ file, line: 1, column: 1, message });
    return { ok: false, name, author, errors, warnings };
  }
}

function assembleLines(
  info: ReturnType<typeof readSource>,
  settings: Settings,
  errors: Diagnostic[],
  warnings: Diagnostic[],
  toDiag: (e: AsmError) => Diagnostic,
): Warrior | null {
  const constants = predefinedConstants(settings);
  const constant = (name: string, curline: number): number | undefined =>
    name === 'CURLINE' ? curline : constants.get(name);
  const registers = new Map<string, number>();
  const p1 = pass1(info.lines, { icws88: settings.icws88, maxLength: settings.maxLength, constant, registers });
  errors.push(...p1.errors.map(toDiag));
  warnings.push(...p1.warnings.map(toDiag));

  const resolverAt = (index: number) => (name: string, t: Token): number => {
    const label = p1.labels.get(name);
    if (label !== undefined) return label - index;
    const c = constant(name, index);
    if (c !== undefined) return c;
    const r = registerValue(registers, name);
    if (r !== undefined) return r;
    throw new AsmError(`undefined symbol '${name}'`, t);
  };

  const code: Instruction[] = [];
  p1.statements.forEach((st, index) => {
    try {
      code.push(encode({ ...st, operands: p1.expand(st.operands) }, settings, resolverAt(index), registers));
    } catch (e) {
      if (!(e instanceof AsmError)) throw e;
      errors.push(toDiag(e));
    }
  });

  const pseudo = (op: PseudoOperand | null): number | null => {
    if (!op) return null;
    try {
      return evaluate(p1.expand(op.tokens), resolverAt(0), op.pos, registers);
    } catch (e) {
      if (!(e instanceof AsmError)) throw e;
      errors.push(toDiag(e));
      return null;
    }
  };
  const org = pseudo(p1.org);
  const end = pseudo(p1.end);
  const pinValue = pseudo(p1.pin);

  if (errors.length > 0) return null;
  if (code.length === 0) {
    errors.push(toDiag(new AsmError('no instructions', { line: 1, column: 1 })));
    return null;
  }
  let start = 0;
  const startFrom = org !== null ? p1.org! : end !== null ? p1.end! : null;
  if (startFrom) {
    start = normalize(org ?? end!, settings.coreSize);
    if (start >= code.length) {
      errors.push(toDiag(new AsmError(`start ${start} is outside the warrior (length ${code.length})`, startFrom.pos)));
      return null;
    }
  }
  const pin = pinValue === null ? null : normalize(pinValue, settings.coreSize);
  return { name: '', author: '', start, pin, code };
}

function encode(
  st: Statement,
  settings: Settings,
  resolve: (name: string, t: Token) => number,
  registers: Registers,
): Instruction {
  const parts = splitOperands(st.operands);
  if (parts.length > 2) throw new AsmError('too many operands', parts[2][0] ?? st.end);
  if (parts.length === 0 || parts[0].length === 0) throw new AsmError('syntax error: missing operand', st.end);
  const first = parseOperand(parts[0], st, settings, resolve, registers);
  let a: { mode: number; value: number };
  let b: { mode: number; value: number };
  if (parts.length === 2) {
    if (parts[1].length === 0) throw new AsmError('missing operand after comma', st.end);
    a = first;
    b = parseOperand(parts[1], st, settings, resolve, registers);
  } else if (st.opcode === Op.DAT) {
    a = { mode: Mode.IMMEDIATE, value: 0 };
    b = first;
  } else if (st.opcode === Op.JMP || st.opcode === Op.SPL || st.opcode === Op.NOP) {
    a = first;
    b = { mode: Mode.DIRECT, value: 0 };
  } else {
    throw new AsmError('incomplete operand: this opcode needs two operands', st.end);
  }
  const modifier = st.modifier >= 0 ? st.modifier : defaultModifier(st.opcode, a.mode, b.mode);
  return { opcode: st.opcode, modifier, aMode: a.mode, a: a.value, bMode: b.mode, b: b.value };
}

function splitOperands(tokens: Token[]): Token[][] {
  const parts: Token[][] = [[]];
  for (const t of tokens) {
    if (t.text === ',') parts.push([]);
    else parts[parts.length - 1].push(t);
  }
  return tokens.length === 0 ? [] : parts;
}

function parseOperand(
  tokens: Token[],
  st: Statement,
  settings: Settings,
  resolve: (name: string, t: Token) => number,
  registers: Registers,
): { mode: number; value: number } {
  let mode: number = Mode.DIRECT;
  let expr = tokens;
  const modeIndex = (MODE_CHARS as readonly string[]).indexOf(tokens[0].text);
  if (tokens[0].kind === 'op' && modeIndex >= 0) {
    if (settings.icws88 && !MODES_88.has(tokens[0].text)) {
      throw new AsmError(`addressing mode '${tokens[0].text}' is not ICWS'88`, tokens[0]);
    }
    mode = modeIndex;
    expr = tokens.slice(1);
  }
  const endPos = expr.length > 0 ? expr[expr.length - 1] : { line: tokens[0].line, column: tokens[0].column + 1 };
  const value = evaluate(expr, resolve, expr.length > 0 ? endPos : st.end, registers);
  return { mode, value: normalize(value, settings.coreSize) };
}
