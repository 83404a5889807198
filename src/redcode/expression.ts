// Integer expressions with C semantics, evaluated by hand (never eval/Function):
// unary ! - +, then * / % (truncating), + -, < <= > >=, == !=, &&, ||, parentheses.
// Identifiers are resolved by the caller (labels, predefined constants, FOR counters).
import { AsmError } from './diagnostics.ts';
import type { Token } from './lexer.ts';

export type Resolver = (name: string, token: Token) => number;

/** pMARS's expression registers: `(x = 5) + x`; values persist through the whole assembly. */
export type Registers = Map<string, number>;

/** A single lowercase letter that is no label or constant is a register; unset ones read 0. */
export function registerValue(registers: Registers, name: string): number | undefined {
  if (name.length !== 1 || name < 'a' || name > 'z') return undefined;
  return registers.get(name) ?? 0;
}

const MAX_DEPTH = 200;
/** Results beyond this cannot be represented exactly; pMARS would overflow a C long. */
const MAX_MAGNITUDE = 2 ** 53;

const BINARY_PRECEDENCE: Record<string, number> = {
  '||': 1,
  '&&': 2,
  '==': 3, '!=': 3,
  '<': 4, '<=': 4, '>': 4, '>=': 4,
  '+': 5, '-': 5,
  '*': 6, '/': 6, '%': 6,
};

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly resolve: Resolver,
    private readonly end: { line: number; column: number },
    private readonly registers: Registers,
  ) {}

  run(): number {
    if (this.tokens.length === 0) throw new AsmError('missing expression', this.end);
    const v = this.assignment(0);
    if (this.i < this.tokens.length) {
      const t = this.tokens[this.i];
      throw new AsmError(`unexpected '${t.text}' in expression`, t);
    }
    return v;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  /** `name = expr` (right-associative, lowest precedence) stores into a register. */
  private assignment(depth: number): number {
    const t = this.peek();
    const next = this.tokens[this.i + 1];
    if (t?.kind === 'ident' && next?.text === '=') {
      if (!/^[A-Za-z]$/.test(t.text)) throw new AsmError(`'${t.text}' is not a register (a-z)`, t);
      this.i += 2;
      const v = this.assignment(depth + 1);
      this.registers.set(t.text, v);
      return v;
    }
    return this.binary(1, depth);
  }

  private binary(minPrec: number, depth: number): number {
    let left = this.unary(depth);
    for (;;) {
      const t = this.peek();
      if (!t || t.kind !== 'op') return left;
      const prec = BINARY_PRECEDENCE[t.text];
      if (prec === undefined || prec < minPrec) return left;
      this.i++;
      const right = this.binary(prec + 1, depth + 1);
      left = apply(t, left, right);
    }
  }

  private unary(depth: number): number {
    if (depth > MAX_DEPTH) throw new AsmError('expression nested too deeply', this.peek() ?? this.end);
    const t = this.peek();
    if (!t) throw new AsmError('incomplete expression', this.end);
    this.i++;
    if (t.kind === 'number') return checked(Number(t.text), t);
    if (t.kind === 'ident') return this.resolve(t.text, t);
    switch (t.text) {
      case '-': return checked(-this.unary(depth + 1), t);
      case '+': return this.unary(depth + 1);
      case '!': return this.unary(depth + 1) === 0 ? 1 : 0;
      case '(': {
        const v = this.assignment(depth + 1);
        const close = this.peek();
        if (!close || close.text !== ')') throw new AsmError("missing ')'", close ?? this.end);
        this.i++;
        return v;
      }
      default:
        throw new AsmError(`improper placement of '${t.text}'`, t);
    }
  }
}

function checked(v: number, at: Token): number {
  if (!(Math.abs(v) < MAX_MAGNITUDE)) throw new AsmError('number out of range', at);
  return v;
}

function apply(op: Token, a: number, b: number): number {
  switch (op.text) {
    case '+': return checked(a + b, op);
    case '-': return checked(a - b, op);
    case '*': return checked(a * b, op);
    case '/':
      if (b === 0) throw new AsmError('division by zero', op);
      return Math.trunc(a / b);
    case '%':
      if (b === 0) throw new AsmError('division by zero', op);
      return a % b;
    case '<': return a < b ? 1 : 0;
    case '<=': return a <= b ? 1 : 0;
    case '>': return a > b ? 1 : 0;
    case '>=': return a >= b ? 1 : 0;
    case '==': return a === b ? 1 : 0;
    case '!=': return a !== b ? 1 : 0;
    case '&&': return a !== 0 && b !== 0 ? 1 : 0;
    case '||': return a !== 0 || b !== 0 ? 1 : 0;
  }
  throw new AsmError(`unknown operator '${op.text}'`, op);
}

/** Evaluates a whole token list as one expression; `end` positions "missing expression" errors. */
export function evaluate(
  tokens: Token[],
  resolve: Resolver,
  end: { line: number; column: number },
  registers: Registers,
): number {
  return new Parser(tokens, resolve, end, registers).run();
}

/** Reduces a value into [0, coreSize). */
export function normalize(value: number, coreSize: number): number {
  const r = value % coreSize;
  return r < 0 ? r + coreSize : r + 0; // + 0 turns -0 into 0
}
