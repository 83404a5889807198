// The embedded proposer: seeded mutation and crossover of assembled warriors, and new warriors from
// our own templates. No network, no key: the Red Queen loop always runs.
//
// Besides blind edits of single fields, it retunes designs the way hill players do: a template's
// named constants (`STEP equ 3365`) are redrawn in its source, so every line that uses a constant
// changes together and the design stays coherent. A retuned warrior keeps its source, so its own
// descendants can be retuned again.
import seedrandom from 'seedrandom';
import { MODE_CHARS, OPCODES, type Instruction, type Warrior } from '../../mars/insn.ts';
import type { Settings } from '../../mars/settings.ts';
import { assemble, toLoadFile } from '../../redcode/index.ts';
import type { Candidate } from '../candidate.ts';
import type { Proposal, ProposalRequest, Proposer } from './proposer.ts';

type Rng = () => number;

/** Step sizes that real bombers and scanners use (mod-4/5 steps etc.), good raw material for values. */
const STEP_LIKE = [4, 5, 7, 8, 13, 17, 23, 95, 98, 197, 2365, 2667, 3039, 3044, 3364, 3359, 3488, 5334];
const OPCODE_COUNT = OPCODES.length;
/** Share of "new" proposals that are a template with redrawn constants rather than blind edits. */
const RETUNE_NEW = 0.5;
/** Share of mutations of a parent that still has named constants that redraw them. */
const RETUNE_MUTATE = 0.5;
/** `NAME equ 123` with a plain integer value (derived constants like `equ STEP*2` are left alone). */
const CONSTANT_LINE = /^([A-Za-z_][A-Za-z0-9_]*)(\s+equ\s+)(-?\d+)(?=\s*(;|$))/i;
const MODE_COUNT = MODE_CHARS.length;

export interface MutateProposerOptions {
  settings: Settings;
  /** Assembled template warriors for "new" proposals (our warriors/ folder). */
  templates: Candidate[];
}

export class MutateProposer implements Proposer {
  readonly kind = 'mutate' as const;
  constructor(private readonly opts: MutateProposerOptions) {}

  async propose(req: ProposalRequest): Promise<Proposal> {
    const rng = seedrandom(req.seed);
    const { settings } = this.opts;
    const name = `rq-r${req.round}s${req.iteration}`;
    let base: Warrior;
    let how: string[];
    if (req.task === 'new') {
      const t = this.opts.templates[Math.floor(rng() * this.opts.templates.length)];
      const tuned = rng() < RETUNE_NEW ? retune(t.source, name, rng, settings) : null;
      if (tuned) return { source: tuned.source, how: `template ${t.name}, retune ${tuned.what}` };
      base = t.warrior;
      how = [`template ${t.name}`];
    } else if (rng() < RETUNE_MUTATE && constantsOf(req.parent.source).length > 0) {
      const tuned = retune(req.parent.source, name, rng, settings);
      if (tuned) return { source: tuned.source, how: `from ${req.parent.name}, retune ${tuned.what}` };
      base = req.parent.warrior;
      how = [`from ${req.parent.name}`];
    } else if (req.mate && rng() < 0.2) {
      base = crossover(req.parent.warrior, req.mate.warrior, rng, settings.maxLength);
      how = [`crossover ${req.parent.name} × ${req.mate.name}`];
    } else {
      base = req.parent.warrior;
      how = [`from ${req.parent.name}`];
    }
    const count = req.task === 'new' ? Math.floor(rng() * 3) : 1 + Math.floor(-Math.log(1 - rng() * 0.999) * 1.2);
    const code = base.code.map((i) => ({ ...i }));
    let start = base.start;
    for (let k = 0; k < count; k++) {
      const r = mutateOnce(code, start, rng, settings);
      start = r.start;
      how.push(r.what);
    }
    const warrior: Warrior = { name, author: 'Red Queen arena (mutate)', start, pin: null, code };
    return { source: toLoadFile(warrior, settings.coreSize), how: how.join(', ') };
  }
}

/** Line numbers and names of the source's integer constants. */
function constantsOf(source: string): { line: number; name: string; value: number }[] {
  const found: { line: number; name: string; value: number }[] = [];
  source.split('\n').forEach((text, line) => {
    const m = CONSTANT_LINE.exec(text);
    if (m) found.push({ line, name: m[1], value: Number(m[3]) });
  });
  return found;
}

/** A new value near the old one (most tuning is local), or anywhere in core. */
function redraw(value: number, rng: Rng, coreSize: number): number {
  const r = rng();
  const sign = rng() < 0.5 ? -1 : 1;
  if (r < 0.45) return value + sign * (1 + Math.floor(rng() * 10));
  if (r < 0.75) return value + sign * (11 + Math.floor(rng() * 190));
  return 1 + Math.floor(rng() * (coreSize - 1));
}

/** Redraws one or two named constants of `source` and renames it; null when the source has none or
 * the result does not assemble within the hill's limits (a FOR count grew too far, an assert failed). */
function retune(source: string, name: string, rng: Rng, settings: Settings): { source: string; what: string } | null {
  const constants = constantsOf(source);
  if (constants.length === 0) return null;
  const lines = source.split('\n');
  const what: string[] = [];
  // One constant, sometimes two different ones.
  const picks = [Math.floor(rng() * constants.length)];
  if (constants.length > 1 && rng() < 0.3) picks.push((picks[0] + 1 + Math.floor(rng() * (constants.length - 1))) % constants.length);
  for (const pick of picks) {
    const c = constants[pick];
    const value = redraw(c.value, rng, settings.coreSize);
    lines[c.line] = lines[c.line].replace(CONSTANT_LINE, `$1$2${value}`);
    what.push(`${c.name} ${c.value}→${value}`);
  }
  const renamed = lines.filter((l) => !/^;\s*(name|author)\b/i.test(l));
  const at = Math.max(0, renamed.findIndex((l) => /^;redcode/i.test(l)) + 1);
  renamed.splice(at, 0, `;name ${name}`, ';author Red Queen arena (mutate)');
  const out = renamed.join('\n');
  const r = assemble(out, { settings });
  if (!r.ok) return null; // the assembler also enforces MAXLENGTH
  return { source: out, what: what.join(', ') };
}

function randomValue(rng: Rng, coreSize: number): number {
  const r = rng();
  if (r < 0.4) return (Math.floor(rng() * 21) - 10 + coreSize) % coreSize;
  if (r < 0.7) return STEP_LIKE[Math.floor(rng() * STEP_LIKE.length)] % coreSize;
  return Math.floor(rng() * coreSize);
}

function randomInstruction(rng: Rng, coreSize: number): Instruction {
  return {
    opcode: Math.floor(rng() * OPCODE_COUNT),
    modifier: Math.floor(rng() * 7),
    aMode: Math.floor(rng() * MODE_COUNT),
    a: randomValue(rng, coreSize),
    bMode: Math.floor(rng() * MODE_COUNT),
    b: randomValue(rng, coreSize),
  };
}

/** One edit in place; returns the (possibly moved) start and a word on what changed. */
function mutateOnce(code: Instruction[], start: number, rng: Rng, s: Settings): { start: number; what: string } {
  const at = Math.floor(rng() * code.length);
  const insn = code[at];
  const M = s.coreSize;
  switch (Math.floor(rng() * 11)) {
    case 0: insn.opcode = Math.floor(rng() * OPCODE_COUNT); return { start, what: 'opcode' };
    case 1: insn.modifier = Math.floor(rng() * 7); return { start, what: 'modifier' };
    case 2: insn.aMode = Math.floor(rng() * MODE_COUNT); return { start, what: 'A-mode' };
    case 3: insn.bMode = Math.floor(rng() * MODE_COUNT); return { start, what: 'B-mode' };
    case 4: insn.a = (insn.a + Math.floor(rng() * 21) - 10 + M) % M; return { start, what: 'A-value nudge' };
    case 5: insn.b = (insn.b + Math.floor(rng() * 21) - 10 + M) % M; return { start, what: 'B-value nudge' };
    case 6: if (rng() < 0.5) insn.a = randomValue(rng, M); else insn.b = randomValue(rng, M); return { start, what: 'value' };
    case 7:
      if (code.length >= s.maxLength) return { start, what: 'insert (full)' };
      code.splice(at, 0, randomInstruction(rng, M));
      return { start: at <= start && start + 1 < code.length ? start + 1 : start, what: 'insert' };
    case 8:
      if (code.length >= s.maxLength) return { start, what: 'duplicate (full)' };
      code.splice(at, 0, { ...insn });
      return { start: at < start ? start + 1 : start, what: 'duplicate' };
    case 9:
      if (code.length <= 1) return { start, what: 'delete (too short)' };
      code.splice(at, 1);
      return { start: Math.min(at < start ? start - 1 : start, code.length - 1), what: 'delete' };
    default:
      return { start: Math.floor(rng() * code.length), what: 'start' };
  }
}

/** One-point crossover: the head of one parent and the tail of the other, keeping the first's start. */
function crossover(a: Warrior, b: Warrior, rng: Rng, maxLength: number): Warrior {
  const cutA = 1 + Math.floor(rng() * a.code.length);
  const cutB = Math.floor(rng() * b.code.length);
  const code = [...a.code.slice(0, cutA), ...b.code.slice(cutB)].slice(0, maxLength).map((i) => ({ ...i }));
  return { ...a, code, start: Math.min(a.start, code.length - 1) };
}
