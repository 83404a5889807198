// Seeded fuzzing: 100,000 mutated corpus inputs. The assembler must never throw, never hang (each input
// under 100 ms of CPU time), and every rejection must point at a line and column.
import { readdirSync } from 'node:fs';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { hillSettings } from '../src/mars/settings.ts';
import { assemble, type AssembleResult } from '../src/redcode/index.ts';
import { readCorpusFile } from './support/corpus.ts';
import { sharedPath } from './support/shared.ts';

const INPUTS = 100_000;
// An input that runs into the 10,000-line FOR expansion cap (e.g. `for 99999999` around an empty
// `for 0`) legitimately costs 30-57 ms here, and more when another process shares the core: the
// limit leaves room for that and still catches anything that grows with the input's size.
const LIMIT_MS = 100;

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const SNIPPETS = [
  '(', ')', ',', '#', '$', '@', '<', '>', '*', '{', '}', '&', '.', ':', ';', '=', '==', '&&', '||', '!', '/0', '%0',
  ' equ ', ' for ', ' rof ', ' end ', ' org ', ' pin ', 'CURLINE', 'CORESIZE', '\n', '\t', '\0', 'é', '99999999999999999999999',
];

function mutate(src: string, rng: Rng): string {
  const lines = src.split('\n');
  switch (Math.floor(rng() * 9)) {
    case 0: { // byte flips
      const chars = [...src];
      for (let k = 0; k < 1 + rng() * 8; k++) chars[Math.floor(rng() * chars.length)] = String.fromCharCode(Math.floor(rng() * 128));
      return chars.join('');
    }
    case 1: { // line swaps
      for (let k = 0; k < 1 + rng() * 4; k++) {
        const i = Math.floor(rng() * lines.length);
        const j = Math.floor(rng() * lines.length);
        [lines[i], lines[j]] = [lines[j], lines[i]];
      }
      return lines.join('\n');
    }
    case 2: // truncation
      return src.slice(0, Math.floor(rng() * src.length));
    case 3: { // huge numbers
      const i = Math.floor(rng() * lines.length);
      lines[i] = lines[i].replace(/\d+/g, () => String(Math.floor(rng() * 1e15)).repeat(1 + Math.floor(rng() * 3)));
      return lines.join('\n');
    }
    case 4: { // deep parentheses
      const depth = Math.floor(rng() * 5000);
      lines.splice(Math.floor(rng() * lines.length), 0, ` dat ${'('.repeat(depth)}1${')'.repeat(Math.floor(rng() * depth))}, 0`);
      return lines.join('\n');
    }
    case 5: { // FOR bombs
      const bomb = rng() < 0.5 ? 'i for 99999999\nj for 99999999\n dat i, j\nrof\nrof' : 'for 99999999\nfor 0\nrof\nrof';
      lines.splice(Math.floor(rng() * lines.length), 0, bomb);
      return lines.join('\n');
    }
    case 6: { // EQU bombs
      const bomb = rng() < 0.5 ? 'zz equ zz zz' : 'y1 equ y2+y2\ny2 equ y3*y3\ny3 equ y1-y1\n dat y1, 0';
      lines.splice(Math.floor(rng() * lines.length), 0, bomb);
      return lines.join('\n');
    }
    case 7: { // snippet insertion
      const chars = [...src];
      for (let k = 0; k < 1 + rng() * 5; k++) chars.splice(Math.floor(rng() * chars.length), 0, pick(rng, SNIPPETS));
      return chars.join('');
    }
    default: { // line duplication (runaway length)
      const i = Math.floor(rng() * lines.length);
      for (let k = 0; k < rng() * 200; k++) lines.splice(i, 0, lines[i]);
      return lines.join('\n');
    }
  }
}

/** CPU time of this thread's process, not wall time: other programs on a busy machine do not count. */
function cpuMs(f: () => void): number {
  const t0 = process.cpuUsage();
  f();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

describe('assembler fuzzing', () => {
  it(`survives ${INPUTS} mutated corpus inputs`, () => {
    const files = readdirSync(sharedPath('corpus', '94nop')).filter((f) => f.endsWith('.red')).slice(0, 300);
    const sources = files.map((f) => readCorpusFile(`94nop/${f}`));
    const settings = hillSettings('94nop');
    // Compile the assembler first: the very first inputs would otherwise be timed through V8's JIT.
    for (let k = 0; k < 3; k++) for (const src of sources) assemble(src, { settings });
    const rng = seedrandom('redqueen-fuzz-1');
    const problems: string[] = [];
    let rejected = 0;
    let slowest = 0;
    let n = 0;
    for (; n < INPUTS; n++) {
      const input = mutate(pick(rng, sources), rng);
      let r: AssembleResult = undefined!;
      let ms = cpuMs(() => (r = assemble(input, { settings, file: 'fuzz.red' })));
      // Measure again, up to three times, and keep the fastest: a garbage-collector pause or a busy
      // machine is not the input's fault, a real blow-up repeats every time.
      for (let k = 0; k < 3 && ms > LIMIT_MS; k++) ms = Math.min(ms, cpuMs(() => (r = assemble(input, { settings, file: 'fuzz.red' }))));
      slowest = Math.max(slowest, ms);
      if (ms > LIMIT_MS) problems.push(`input ${n}: ${ms.toFixed(1)} ms`);
      if (!r.ok) rejected++;
      for (const e of r.errors) {
        if (e.message.startsWith('internal')) problems.push(`input ${n}: ${e.message}`);
        if (!(e.line >= 1 && e.column >= 1)) problems.push(`input ${n}: no position for '${e.message}'`);
      }
      if (r.ok !== (r.errors.length === 0)) problems.push(`input ${n}: ok=${r.ok} with ${r.errors.length} errors`);
      if (problems.length > 10) break;
    }
    console.log(`fuzz: ${n} inputs, ${rejected} rejected, slowest ${slowest.toFixed(1)} ms`);
    expect(problems).toEqual([]);
  });
});
