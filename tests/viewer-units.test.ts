// Pure parts of the viewer: map layout, the palette painter, run-folder parsing and outcome words.
import { describe, expect, it } from 'vitest';
import { hillSettings } from '../src/mars/index.ts';
import { autoPx, cellAt, cellXY, layoutFor } from '../src/viewer/layout.ts';
import { roundOutcome, score, winLossTie } from '../src/viewer/outcome.ts';
import { FADE, makePalette, paint } from '../src/viewer/palette.ts';
import { EXEC } from '../src/viewer/protocol.ts';
import { readRun } from '../src/viewer/runs.ts';

describe('layout', () => {
  it('maps cells to pixels and back', () => {
    const l = layoutFor(8000, 2, 200);
    expect(l).toMatchObject({ cols: 100, rows: 80, width: 200, height: 160 });
    for (const a of [0, 99, 100, 7999]) {
      const [x, y] = cellXY(l, a);
      expect(cellAt(l, 8000, x + 1, y + 1)).toBe(a);
    }
    expect(cellAt(layoutFor(150, 1, 100), 150, 60, 1)).toBe(-1);
    expect(autoPx(8000, 720, 480)).toBe(6);
  });
});

describe('palette', () => {
  it('paints owners dim, fresh accesses bright, and fades them out', () => {
    const p = makePalette(2);
    const stamp = new Uint32Array([0, (5 << 2) | EXEC, (5 << 2) | EXEC]);
    const owner = new Uint8Array([1, 1, 2]);
    const actor = new Uint8Array([0, 1, 2]);
    const out = new Uint32Array(3);
    paint(out, stamp, owner, actor, 6, p);
    expect(out[0]).toBe(p.base[1]);
    expect(out[1]).not.toBe(p.base[1]);
    paint(out, stamp, owner, actor, 6 + FADE, p);
    expect([...out]).toEqual([p.base[1], p.base[1], p.base[2]]);
  });

  it('keeps the table small in big melees: colours repeat after eight warriors', () => {
    const p = makePalette(200);
    expect(p.slots).toBe(9);
    const out = new Uint32Array(1);
    paint(out, new Uint32Array([(1 << 2) | EXEC]), new Uint8Array([200]), new Uint8Array([9]), 2, p);
    expect(out[0]).toBe(p.lut[((p.slotOf[200] * 9 + 1) * 4 + EXEC) * FADE]);
  });
});

describe('run folders', () => {
  it('reads champions, fitness per round and settings', () => {
    const events = [
      { type: 'start', round: 0 },
      { type: 'champion', round: 0, name: 'w0', file: 'lineage/00-w0.red', fitness: 0, source: ';name w0\nmov 0, 1\n' },
      { type: 'evaluation', round: 1, step: 0, fitness: 0.25 },
      { type: 'evaluation', round: 1, step: 1, fitness: 0.5 },
      { type: 'champion', round: 1, name: 'w1', file: 'lineage/01-w1.red', fitness: 0.5, source: ';name w1\ndat 0, 0\n' },
    ].map((e) => JSON.stringify(e)).join('\n') + '\n{"type":"champ';
    const run = readRun('r', JSON.stringify({ hill: 'tiny', config: { settings: hillSettings('tiny') } }), events);
    expect(run.champions.map((c) => [c.round, c.name, c.fitness])).toEqual([[0, 'w0', 0], [1, 'w1', 0.5]]);
    expect(run.bestPerRound).toEqual([[1, 0.5]]);
    expect(run.settings.coreSize).toBe(800);
    expect(readRun('r', null, '').settings.coreSize).toBe(8000);
  });
});

describe('outcome words', () => {
  it('names winners, ties and scores like pMARS', () => {
    const names = ['A', 'B'];
    expect(roundOutcome({ round: 1, alive: [true, false], survivors: 1, cycles: 5 }, names)).toBe('A wins');
    expect(roundOutcome({ round: 1, alive: [true, true], survivors: 2, cycles: 5 }, names)).toBe('tie');
    expect(winLossTie([[3, 1, 2], [2, 1, 3]])).toEqual([3, 2, 1]);
    expect(score([3, 1, 2], 2)).toBe(3 * 3 + 1);
  });
});
