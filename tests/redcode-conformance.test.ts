// Every corpus file assembles exactly as pMARS 0.9.4 did (../shared/golden/assemble), or is rejected
// exactly when pMARS rejected it.
import { describe, expect, it } from 'vitest';
import { formatInstruction } from '../src/mars/insn.ts';
import { assemble } from '../src/redcode/index.ts';
import { CORPUS_SETS, readCorpusFile, setSettings } from './support/corpus.ts';
import { readJsonl } from './support/shared.ts';

interface GoldenAssembly {
  file: string;
  ok: boolean;
  name: string | null;
  author: string | null;
  start?: number;
  length?: number;
  pin?: number;
  code?: string[];
  errors?: string[];
}

function mismatch(g: GoldenAssembly, set: string): string | null {
  const settings = setSettings(set);
  const r = assemble(readCorpusFile(g.file), { settings, file: g.file });
  if (!g.ok) return r.ok ? 'accepted, pMARS rejected' : null;
  if (!r.ok || !r.warrior) return `rejected: ${r.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('; ')}`;
  const w = r.warrior;
  if (w.start !== g.start) return `start ${w.start} != ${g.start}`;
  const code = w.code.map((i) => formatInstruction(i, settings.coreSize));
  if (code.length !== g.code!.length) return `length ${code.length} != ${g.code!.length}`;
  const at = code.findIndex((c, i) => c !== g.code![i]);
  if (at >= 0) return `instruction ${at}: ${code[at]} != ${g.code![at]}`;
  if ((w.pin ?? undefined) !== g.pin) return `pin ${w.pin} != ${g.pin}`;
  if (w.name !== g.name) return `name ${JSON.stringify(w.name)} != ${JSON.stringify(g.name)}`;
  if (w.author !== g.author) return `author ${JSON.stringify(w.author)} != ${JSON.stringify(g.author)}`;
  return null;
}

describe('assembler conformance with pMARS 0.9.4', () => {
  for (const set of CORPUS_SETS) {
    it(`assembles every ${set} file as pMARS does`, () => {
      const cases = readJsonl<GoldenAssembly>('golden', 'assemble', `${set}.jsonl`);
      expect(cases.length).toBeGreaterThan(0);
      const misses: string[] = [];
      for (const g of cases) {
        const m = mismatch(g, set);
        if (m) misses.push(`${g.file}: ${m}`);
      }
      console.log(`assemble ${set}: ${cases.length - misses.length}/${cases.length} match pMARS`);
      expect(misses.slice(0, 20)).toEqual([]);
    });
  }
});
