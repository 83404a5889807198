// `redqueen battle FILE...`: one pMARS run. Prints what pMARS 0.9.4 prints (listings unless -b,
// `<name> by <author> scores N` per warrior, `Results: W L T` for two warriors, the per-warrior
// `Results:` vectors in melee, the KotH format with -k) or, with --json, one object
// {results, scores, insns[, wlt]} with the golden cases' field names.
import type { Command } from 'commander';
import type { Warrior } from '../../mars/insn.ts';
import { runMatch } from '../../mars/match.ts';
import type { MatchResult } from '../../mars/match.ts';
import { parkMiller } from '../../mars/rng.ts';
import type { Settings } from '../../mars/settings.ts';
import { formatDiagnostic, toLoadFile } from '../../redcode/index.ts';
import { addSettingsOptions, integer, positiveInt, settingsFromFlags } from '../settings-options.ts';
import type { SettingsFlags } from '../settings-options.ts';
import { assembleFile } from '../warrior-files.ts';

interface BattleFlags extends SettingsFlags {
  rounds: number;
  seed?: number;
  readLimit?: number;
  writeLimit?: number;
  brief?: boolean;
  koth?: boolean;
  order?: boolean;
  json?: boolean;
}

/** pMARS's listing of an assembled warrior (its load-file body without the comments and END). */
function listing(w: Warrior, settings: Settings): string {
  const body = toLoadFile(w, settings.coreSize, { icws88: settings.icws88 })
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith(';') && l !== 'END');
  return `Program "${w.name}" (length ${w.code.length}) by "${w.author}"\n\n${body.join('\n')}\n\n`;
}

export function formatResults(ws: Warrior[], r: MatchResult, koth: boolean, order: boolean): string {
  const n = ws.length;
  let idx = ws.map((_, i) => i);
  if (order) idx = idx.sort((a, b) => r.scores[b] - r.scores[a]);
  const out: string[] = [];
  if (koth) {
    if (n === 2) {
      for (const i of [0, 1]) out.push(`${r.results[i][0]} ${r.results[i][1]}`);
    } else {
      for (const i of idx) out.push(`${r.scores[i]} ${r.results[i].join(' ')}`);
    }
    return out.join('\n') + '\n';
  }
  for (const i of idx) {
    out.push(`${ws[i].name} by ${ws[i].author} scores ${r.scores[i]}`);
    if (n > 2) out.push(`  Results: ${r.results[i].join(' ')}`);
  }
  if (n === 2) out.push(`Results: ${r.wlt!.join(' ')}`);
  return out.join('\n') + '\n';
}

export function runBattle(paths: string[], flags: BattleFlags): void {
  const base = settingsFromFlags({ ...flags }, { warriors: paths.length, rounds: flags.rounds });
  const settings: Settings = {
    ...base,
    warriors: paths.length,
    rounds: flags.rounds,
    readLimit: flags.readLimit ?? base.readLimit,
    writeLimit: flags.writeLimit ?? base.writeLimit,
  };
  const warriors: Warrior[] = [];
  let failed = false;
  for (const p of paths) {
    const r = assembleFile(p, settings);
    for (const w of r.warnings) process.stderr.write(formatDiagnostic(w, 'warning') + '\n');
    if (!r.ok || !r.warrior) {
      for (const e of r.errors) process.stderr.write(formatDiagnostic(e) + '\n');
      failed = true;
      continue;
    }
    warriors.push(r.warrior);
  }
  if (failed) {
    process.exitCode = 3;
    return;
  }
  if (!flags.brief && !flags.json) for (const w of warriors) process.stdout.write(listing(w, settings));
  // Without -F pMARS seeds its generator from the clock (the first draw, not a load address).
  const seed = flags.seed ?? parkMiller(Math.floor(Date.now() / 1000)) + settings.minDistance;
  const r = runMatch(warriors, settings, { seed, rounds: flags.rounds });
  if (flags.json) {
    const o: Record<string, unknown> = { results: r.results, scores: r.scores, insns: r.insns };
    if (r.wlt) o.wlt = r.wlt;
    process.stdout.write(JSON.stringify(o) + '\n');
  } else {
    process.stdout.write(formatResults(warriors, r, !!flags.koth, !!flags.order));
  }
}

export function registerBattle(program: Command): void {
  const cmd = program
    .command('battle')
    .description('fight warriors like pMARS: FILE... [-r N] [-F S] [-b] [-k] [--json]')
    .argument('<files...>', 'warrior source files (two or more for a melee; one runs alone)')
    .option('-r, --rounds <n>', 'rounds to play', positiveInt, 1)
    .option('-F, --seed <n>', "pMARS -F: warrior 2's address in round 1 and the placement seed", integer)
    .option('-R, --read-limit <n>', 'read limit (a factor of the core size)', positiveInt)
    .option('-W, --write-limit <n>', 'write limit (a factor of the core size)', positiveInt)
    .option('-b, --brief', 'brief: no warrior listings')
    .option('-k, --koth', 'KotH output format')
    .option('-o, --order', 'report scores in decreasing order')
    .option('--json', 'one JSON object: {results, scores, insns, wlt}');
  addSettingsOptions(cmd).action((paths: string[], flags: BattleFlags) => runBattle(paths, flags));
}
