// Export then assemble gives the identical warrior, for every corpus file that assembles.
import { describe, expect, it } from 'vitest';
import { assemble, toLoadFile } from '../src/redcode/index.ts';
import { CORPUS_SETS, readCorpusFile, setSettings } from './support/corpus.ts';
import { readJsonl } from './support/shared.ts';

describe('load-file round trip', () => {
  for (const set of CORPUS_SETS) {
    it(`re-assembles the export of every ${set} warrior identically`, () => {
      const settings = setSettings(set);
      const cases = readJsonl<{ file: string; ok: boolean }>('golden', 'assemble', `${set}.jsonl`).filter((c) => c.ok);
      const misses: string[] = [];
      for (const c of cases) {
        const first = assemble(readCorpusFile(c.file), { settings, file: c.file });
        const exported = toLoadFile(first.warrior!, settings.coreSize, { icws88: settings.icws88 });
        const again = assemble(exported, { settings, file: `${c.file} (export)` });
        if (!again.ok) misses.push(`${c.file}: ${again.errors[0]?.message}`);
        else if (JSON.stringify(again.warrior) !== JSON.stringify(first.warrior)) misses.push(`${c.file}: differs`);
      }
      console.log(`round trip ${set}: ${cases.length - misses.length}/${cases.length}`);
      expect(misses).toEqual([]);
    });
  }
});
