// The run folder: run.json (every setting), events.jsonl (appended as things happen) and lineage/.
// Files that are rewritten are written to a temporary name and renamed, so a killed run never leaves a
// half-written file; events are appended line by line, and a torn last line is dropped on resume.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../arena/atomic-file.ts';

export interface RunEvent {
  type: string;
  time?: string;
  [key: string]: unknown;
}

export class RunStore {
  private fd: number | null = null;

  constructor(readonly dir: string) {}

  get runFile(): string {
    return join(this.dir, 'run.json');
  }
  get eventsFile(): string {
    return join(this.dir, 'events.jsonl');
  }
  get lineageDir(): string {
    return join(this.dir, 'lineage');
  }

  exists(): boolean {
    return existsSync(this.runFile);
  }

  create(run: object): void {
    if (this.exists()) throw new Error(`${this.dir} already holds a run (use --resume to continue it, or another --out)`);
    mkdirSync(this.lineageDir, { recursive: true });
    writeFileAtomic(this.runFile, JSON.stringify(run, null, 2) + '\n');
    writeFileSync(this.eventsFile, '');
  }

  readRun<T>(): T {
    return JSON.parse(readFileSync(this.runFile, 'utf8')) as T;
  }

  /**
   * All complete events. Whatever follows the last good line (a line torn by a kill, or a corrupt one)
   * is cut off the file, so appending continues from a clean end.
   */
  readEvents(): RunEvent[] {
    if (!existsSync(this.eventsFile)) return [];
    const text = readFileSync(this.eventsFile, 'utf8');
    const events: RunEvent[] = [];
    let good = 0;
    while (good < text.length) {
      const nl = text.indexOf('\n', good);
      if (nl < 0) break;
      const line = text.slice(good, nl);
      if (line.trim() !== '') {
        try {
          events.push(JSON.parse(line) as RunEvent);
        } catch {
          break;
        }
      }
      good = nl + 1;
    }
    if (good < text.length) truncateSync(this.eventsFile, Buffer.byteLength(text.slice(0, good)));
    return events;
  }

  append(event: RunEvent): void {
    if (this.fd === null) this.fd = openSync(this.eventsFile, 'a');
    writeSync(this.fd, JSON.stringify({ ...event, time: new Date().toISOString() }) + '\n');
  }

  writeLineage(fileName: string, source: string): string {
    mkdirSync(this.lineageDir, { recursive: true });
    const path = join(this.lineageDir, fileName);
    writeFileAtomic(path, source);
    return path;
  }

  lineageFiles(): string[] {
    if (!existsSync(this.lineageDir)) return [];
    return readdirSync(this.lineageDir).filter((f) => f.endsWith('.red')).sort();
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
