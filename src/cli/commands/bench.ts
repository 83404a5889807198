// `redqueen bench`: benchmark A = the 50 fights x 100 rounds of fights94nop.json under '94nop, one
// thread, after a JIT warm-up. Prints total instructions, seconds and M instr/s, ending with
// `instructions=N seconds=S mips=M`. Warriors come from our assembler (the corpus sources), or with
// `--source listing` from pMARS's golden listings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { hillSettings } from '../../mars/settings.ts';
import type { Settings } from '../../mars/settings.ts';
import type { Warrior } from '../../mars/insn.ts';
import { warriorFromListing } from '../../mars/listing.ts';
import type { ListingRecord } from '../../mars/listing.ts';
import { runMatch } from '../../mars/match.ts';
import { MODE_CHARS, MODIFIERS, OPCODES } from '../../mars/insn.ts';
import { warmUp } from '../../mars/warmup.ts';
import { assemble, decodeWarriorBytes } from '../../redcode/index.ts';
import { sharedDir } from '../shared-data.ts';

interface Fight {
  w1: string;
  w2: string;
  seed: number;
  expected: Record<string, { wlt: [number, number, number]; insns: number }>;
}

function benchWarriors(shared: string, files: string[], settings: Settings, source: string): { ws: Map<string, Warrior>; from: string } {
  const ws = new Map<string, Warrior>();
  if (source !== 'listing') {
    for (const f of files) {
      const r = assemble(decodeWarriorBytes(readFileSync(join(shared, 'corpus', f))), { settings, file: f });
      if (!r.ok || !r.warrior) throw new Error(`assembler rejected ${f}`);
      ws.set(f, r.warrior);
    }
    return { ws, from: 'assembler (corpus/94nop sources)' };
  }
  const recs = new Map<string, ListingRecord>();
  for (const line of readFileSync(join(shared, 'golden', 'assemble', '94nop.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as ListingRecord & { file: string };
    recs.set(r.file, r);
  }
  for (const f of files) ws.set(f, warriorFromListing(recs.get(f)!, settings.coreSize));
  return { ws, from: 'golden pMARS listings' };
}

export interface BenchOptions {
  rounds: string;
  repeat: string;
  observe?: boolean;
  warmup: string;
  source: string;
  check: boolean;
  mix?: boolean;
}

/** The instruction mix of benchmark A: which words the loop spends its turns on. */
function printMix(fights: Fight[], ws: Map<string, Warrior>, settings: Settings, rounds: number): void {
  let prof: Float64Array | undefined;
  let total = 0;
  for (const f of fights) {
    const r = runMatch([ws.get(f.w1)!, ws.get(f.w2)!], settings, { seed: f.seed, rounds, profile: true });
    prof = r.profile;
    total += r.insns;
  }
  const counts = prof!;
  const byOp = new Map<string, number>();
  const byModes = new Map<string, number>();
  const words: number[] = [];
  counts.forEach((c, w) => {
    if (c === 0) return;
    words.push(w);
    const o = `${OPCODES[w >> 9]}.${MODIFIERS[(w >> 6) & 7]}`;
    byOp.set(o, (byOp.get(o) ?? 0) + c);
    const m = `${MODE_CHARS[(w >> 3) & 7]}${MODE_CHARS[w & 7]}`;
    byModes.set(m, (byModes.get(m) ?? 0) + c);
  });
  const pct = (c: number) => `${((100 * c) / total).toFixed(1)}%`;
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k} ${pct(v)}`).join(', ');
  words.sort((a, b) => counts[b] - counts[a]);
  console.log(`instruction mix: ${words.length} distinct words executed, ${total} instructions`);
  console.log(`  opcode.modifier: ${top(byOp)}`);
  console.log(`  A/B modes: ${top(byModes)}`);
  console.log(`  top words: ${words.slice(0, 10).map((w) => `${OPCODES[w >> 9]}.${MODIFIERS[(w >> 6) & 7]} ${MODE_CHARS[(w >> 3) & 7]} ${MODE_CHARS[w & 7]} ${pct(counts[w])}`).join(', ')}`);
}

export async function runBench(opts: BenchOptions): Promise<void> {
  const shared = sharedDir();
  const fights = JSON.parse(readFileSync(join(shared, 'golden', 'battles', 'fights94nop.json'), 'utf8')) as Fight[];
  const settings = hillSettings('94nop');
  const rounds = Number(opts.rounds);
  const files = [...new Set(fights.flatMap((f) => [f.w1, f.w2]))];
  const { ws, from } = benchWarriors(shared, files, settings, opts.source);
  const observe = !!opts.observe;
  if (opts.mix) {
    printMix(fights, ws, settings, rounds);
    return;
  }
  console.log(`benchmark A: ${fights.length} fights x ${rounds} rounds, '94nop, one thread, warriors from ${from}${observe ? ', observation ON' : ''}`);

  const tw = performance.now();
  if (Number(opts.warmup) > 0) {
    const warm = warmUp(settings, { maxMs: Number(opts.warmup), observe });
    console.log(`warm-up: ${warm.instructions} instructions in ${((performance.now() - tw) / 1000).toFixed(2)} s, ` +
      (warm.settled ? 'optimised code running' : 'optimised code not seen yet'));
  }

  let best = Infinity;
  let insns = 0;
  for (let rep = 0; rep < Number(opts.repeat); rep++) {
    insns = 0;
    let mismatches = 0;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const f of fights) {
      const r = runMatch([ws.get(f.w1)!, ws.get(f.w2)!], settings, { seed: f.seed, rounds, observe });
      insns += r.insns;
      const exp = f.expected[String(rounds)];
      if (opts.check && exp && (r.insns !== exp.insns || r.wlt!.join() !== exp.wlt.join())) mismatches++;
    }
    const secs = (performance.now() - t0) / 1000;
    const cu = process.cpuUsage(c0);
    const cpu = (cu.user + cu.system) / 1e6;
    best = Math.min(best, secs);
    // CPU time (all threads of this process) is shown too: on a shared machine it is the steadier figure.
    console.log(`run ${rep + 1}: ${insns.toLocaleString('en-US')} instructions in ${secs.toFixed(3)} s = ${(insns / secs / 1e6).toFixed(1)} M instr/s` +
      ` (cpu ${cpu.toFixed(3)} s = ${(insns / cpu / 1e6).toFixed(1)} M/cpu-s)` +
      (opts.check ? `, ${mismatches} mismatches with pMARS` : ''));
  }
  console.log(`instructions=${insns} seconds=${best.toFixed(3)} mips=${(insns / best / 1e6).toFixed(1)}`);
}

export function registerBench(program: Command): void {
  program
    .command('bench')
    .description('benchmark A: 50 fights x 100 rounds of fights94nop.json, one thread')
    .option('-r, --rounds <n>', 'rounds per fight', '100')
    .option('--repeat <n>', 'timed runs (the best is reported)', '3')
    .option('--observe', 'time with the observation side channel on')
    .option('--warmup <ms>', 'longest JIT warm-up, milliseconds (0 = none)', '4000')
    .option('--source <s>', 'warriors from: assembler (corpus sources) or listing (golden pMARS listings)', 'assembler')
    .option('--no-check', 'skip comparing with pMARS results')
    .option('--mix', 'print the instruction mix of the workload instead of timing it')
    .action(async (o: BenchOptions) => runBench(o));
}
