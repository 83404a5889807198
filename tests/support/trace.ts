// Replays a pMARS per-instruction trace (../shared/golden/traces/<id>.txt.gz) against the Mars
// stepping API and reports the first step where the two disagree: a debugging aid and a test.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Mars } from '../../src/mars/mars.ts';
import { goldenWarrior, setSettings } from './golden-warriors.ts';
import { readJson, sharedPath } from './shared.ts';

export interface TraceCase {
  id: string;
  set: string;
  warriors: string[];
  seed: number;
  rounds: number;
  insns: number;
}

export interface TraceReport {
  id: string;
  steps: number;
  /** Undefined when every line matched. */
  divergence?: { line: number; expected: string; actual: string };
}

export function traceCases(): TraceCase[] {
  return readJson<TraceCase[]>('golden', 'traces', 'index.json');
}

/** Steps a Mars through the case and compares every `R` and `<w> <pc>` line. */
export function compareTrace(tc: TraceCase): TraceReport {
  const text = gunzipSync(readFileSync(sharedPath('golden', 'traces', `${tc.id}.txt.gz`))).toString('utf8');
  const lines = text.split('\n');
  const settings = setSettings(tc.set, tc.warriors.length, tc.rounds);
  const mars = new Mars(tc.warriors.map((w) => goldenWarrior(w)), settings, { seed: tc.seed });
  let steps = 0;
  const fail = (line: number, expected: string, actual: string): TraceReport => ({ id: tc.id, steps, divergence: { line: line + 1, expected, actual } });
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    if (line.startsWith('R ')) {
      if (mars.round > 0) {
        if (!mars.roundOver) return fail(i, line, `round ${mars.round} still running`);
        mars.finishRound();
      }
      mars.loadRound();
      const actual = `R ${mars.round} ${mars.positions.join(' ')} first ${mars.currentWarrior}`;
      if (actual !== line) return fail(i, line, actual);
      continue;
    }
    if (mars.roundOver) return fail(i, line, 'round over');
    const w = mars.currentWarrior;
    const actual = `${w} ${mars.nextPc(w)}`;
    if (actual !== line) return fail(i, line, actual);
    mars.step(1);
    steps++;
  }
  if (!mars.roundOver) return fail(lines.length, 'end of round', `round ${mars.round} still running`);
  return { id: tc.id, steps };
}
