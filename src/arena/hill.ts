// A persistent KOTH hill in a folder: hill.json (settings, size, members, every pair's result, the
// table and the history) and warriors/ with a copy of each member's source. `add` fights a newcomer
// against every member, recomputes the table and pushes the lowest off when the hill is over size.
// hill.json and copied sources are written atomically; a lock file keeps two `add`s apart.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Settings } from '../mars/settings.ts';
import { assemble, decodeWarriorBytes } from '../redcode/index.ts';
import type { Diagnostic } from '../redcode/index.ts';
import { writeFileAtomic } from './atomic-file.ts';
import type { BattleJob } from './job.ts';
import { withWarriors } from './plan.ts';
import type { Pool } from './scheduler.ts';
import { deriveSeed } from './seeds.ts';
import { standings } from './tally.ts';
import type { Standing } from './tally.ts';

export interface HillMember {
  id: number;
  name: string;
  author: string;
  /** The copy of its source, relative to the hill folder. */
  file: string;
  /** Where it was added from. */
  origin: string;
  added: string;
}

/** One pair's run, `a` (the older member, lower id) as warrior 1. */
export interface HillPair {
  a: number;
  b: number;
  seed: number;
  results: number[][];
  insns: number;
}

export interface HillEvent {
  at: string;
  event: 'init' | 'add' | 'push-off' | 'reject';
  id?: number;
  name?: string;
  file?: string;
  rank?: number;
  points?: number;
  errors?: string[];
}

export interface Hill {
  version: 1;
  preset?: string;
  settings: Settings;
  size: number;
  rounds: number;
  seed: number;
  nextId: number;
  members: HillMember[];
  pairs: HillPair[];
  table: Standing[];
  history: HillEvent[];
}

export interface HillInit {
  preset?: string;
  settings: Settings;
  size: number;
  rounds: number;
  seed: number;
  now?: () => string;
}

const HILL_FILE = 'hill.json';
const isoNow = (): string => new Date().toISOString();

export function hillPath(dir: string): string {
  return join(dir, HILL_FILE);
}

export function initHill(dir: string, init: HillInit): Hill {
  if (existsSync(hillPath(dir))) throw new Error(`${hillPath(dir)} already exists`);
  if (!Number.isInteger(init.size) || init.size < 1) throw new Error(`bad hill size ${init.size}`);
  mkdirSync(join(dir, 'warriors'), { recursive: true });
  const hill: Hill = {
    version: 1,
    ...(init.preset ? { preset: init.preset } : {}),
    settings: withWarriors(init.settings, 2, init.rounds),
    size: init.size,
    rounds: init.rounds,
    seed: init.seed,
    nextId: 1,
    members: [],
    pairs: [],
    table: [],
    history: [{ at: (init.now ?? isoNow)(), event: 'init' }],
  };
  saveHill(dir, hill);
  return hill;
}

export function loadHill(dir: string): Hill {
  const path = hillPath(dir);
  if (!existsSync(path)) throw new Error(`no hill at ${dir} (run 'redqueen hill init ${dir}' first)`);
  const hill = JSON.parse(readFileSync(path, 'utf8')) as Hill;
  if (hill.version !== 1) throw new Error(`${path}: unsupported hill version ${String(hill.version)}`);
  return hill;
}

export function saveHill(dir: string, hill: Hill): void {
  writeFileAtomic(hillPath(dir), JSON.stringify(hill, null, 1) + '\n');
}

/** The table of the current members from the stored pair results. */
export function hillTable(hill: Hill): Standing[] {
  const index = new Map(hill.members.map((m, i) => [m.id, i]));
  const fought = hill.pairs
    .filter((p) => index.has(p.a) && index.has(p.b))
    .map((p) => ({ players: [index.get(p.a)!, index.get(p.b)!], results: p.results }));
  return standings(hill.members, hill.members.map((_, i) => i), fought, hill.rounds);
}

export interface AddResult {
  file: string;
  ok: boolean;
  errors?: Diagnostic[];
  id?: number;
  rank?: number;
  pushedOff?: HillMember[];
}

export interface AddOptions {
  now?: () => string;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

function safeName(file: string): string {
  return basename(file).replace(/[^A-Za-z0-9._+-]/g, '_');
}

/** Adds each file in turn; hill.json is saved after each newcomer, so an interrupted run keeps the earlier ones. */
export async function addToHill(dir: string, files: readonly string[], pool: Pool, opts: AddOptions = {}): Promise<AddResult[]> {
  const now = opts.now ?? isoNow;
  const out: AddResult[] = [];
  await withLock(dir, async () => {
    const hill = loadHill(dir);
    for (const file of files) out.push(await addOne(dir, hill, file, pool, now, opts));
  });
  return out;
}

async function addOne(dir: string, hill: Hill, file: string, pool: Pool, now: () => string, opts: AddOptions): Promise<AddResult> {
  const bytes = readFileSync(file);
  const asm = assemble(decodeWarriorBytes(bytes), { settings: hill.settings, file });
  if (!asm.ok || !asm.warrior) {
    hill.history.push({ at: now(), event: 'reject', file, errors: asm.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`) });
    saveHill(dir, hill);
    return { file, ok: false, errors: asm.errors };
  }
  const id = hill.nextId;
  const copy = join('warriors', `${String(id).padStart(4, '0')}-${safeName(file)}`);
  writeFileAtomic(join(dir, copy), bytes); // before hill.json names it, so a member's file always exists

  const members = hill.members.map((m) => memberWarrior(dir, hill, m));
  const seeds = hill.members.map((m) => deriveSeed(hill.settings, hill.seed, 'hill', m.id, id));
  const jobs: BattleJob[] = members.map((w, k) => ({ warriors: [w, asm.warrior!], settings: hill.settings, rounds: hill.rounds, seed: seeds[k] }));
  const outcomes = await pool.runAll(jobs, (done, total) => opts.onProgress?.(done, total), { signal: opts.signal });

  const member: HillMember = { id, name: asm.name, author: asm.author, file: copy, origin: file, added: now() };
  hill.nextId = id + 1;
  hill.members.push(member);
  outcomes.forEach((o, k) => hill.pairs.push({ a: hill.members[k].id, b: id, seed: seeds[k], results: o.results, insns: o.insns }));
  let table = hillTable(hill);
  const rank = table.findIndex((r) => r.file === copy) + 1;
  hill.history.push({ at: member.added, event: 'add', id, name: member.name, file: copy, rank, points: table[rank - 1].points });

  const pushedOff: HillMember[] = [];
  while (hill.members.length > hill.size) {
    const last = table[table.length - 1];
    const gone = hill.members.find((m) => m.file === last.file)!;
    pushedOff.push(gone);
    hill.members = hill.members.filter((m) => m !== gone);
    hill.pairs = hill.pairs.filter((p) => p.a !== gone.id && p.b !== gone.id);
    hill.history.push({ at: now(), event: 'push-off', id: gone.id, name: gone.name, file: gone.file, rank: last.rank, points: last.points });
    table = hillTable(hill);
  }
  hill.table = table;
  saveHill(dir, hill);
  // Only now that hill.json no longer names them are pushed-off sources moved aside.
  for (const g of pushedOff) {
    mkdirSync(join(dir, 'retired'), { recursive: true });
    renameSync(join(dir, g.file), join(dir, 'retired', basename(g.file)));
  }
  return { file, ok: true, id, rank, pushedOff };
}

function memberWarrior(dir: string, hill: Hill, m: HillMember) {
  const r = assemble(decodeWarriorBytes(readFileSync(join(dir, m.file))), { settings: hill.settings, file: m.file });
  if (!r.ok || !r.warrior) throw new Error(`hill member ${m.file} no longer assembles`);
  return r.warrior;
}

/** A lock file naming the holder's pid; a lock left by a dead process is taken over. */
async function withLock<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const lock = join(dir, 'hill.lock');
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
  } catch {
    const pid = Number(readFileSync(lock, 'utf8'));
    if (pid && pid !== process.pid && isAlive(pid)) throw new Error(`hill ${dir} is locked by process ${pid}`);
    writeFileSync(lock, String(process.pid));
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
