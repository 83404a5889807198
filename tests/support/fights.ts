// Runs the 50-fight oracle (fights94nop.json) at one round count and lists the fights that differ.
import { runMatch } from '../../src/mars/match.ts';
import { hillSettings } from '../../src/mars/settings.ts';
import { warmUp } from '../../src/mars/warmup.ts';
import { fights, goldenWarrior } from './golden-warriors.ts';

export function checkFights(rounds: number, part?: { index: number; of: number }): { checked: number; insns: number; misses: string[] } {
  const settings = hillSettings('94nop');
  warmUp(settings);
  let all = fights();
  if (part) all = all.filter((_, i) => i % part.of === part.index);
  const misses: string[] = [];
  let insns = 0;
  for (const f of all) {
    const exp = f.expected[String(rounds)];
    if (!exp) throw new Error(`no ${rounds}-round expectation for ${f.w1} vs ${f.w2}`);
    const r = runMatch([goldenWarrior(f.w1), goldenWarrior(f.w2)], settings, { seed: f.seed, rounds });
    insns += r.insns;
    if (r.insns !== exp.insns || r.wlt!.join() !== exp.wlt.join()) {
      misses.push(`${f.w1} vs ${f.w2} -F ${f.seed}: got ${r.wlt} ${r.insns}, want ${exp.wlt} ${exp.insns}`);
    }
  }
  return { checked: all.length, insns, misses };
}
