// The warriors picked for a battle: source text plus its assembly under the current settings.
import type { Settings } from '../mars/index.ts';
import { assemble, toLoadFile } from '../redcode/index.ts';
import type { AssembleResult } from '../redcode/index.ts';

export interface Entry {
  id: number;
  file: string;
  source: string;
  result: AssembleResult;
}

let nextId = 1;

export function makeEntry(file: string, source: string, settings: Settings): Entry {
  return { id: nextId++, file, source, result: assemble(source, { settings, file }) };
}

export function reassemble(e: Entry, settings: Settings): Entry {
  return { ...e, result: assemble(e.source, { settings, file: e.file }) };
}

/** The pMARS load file of an assembled warrior, or null when it does not assemble. */
export function loadFileOf(e: Entry, settings: Settings): string | null {
  return e.result.warrior ? toLoadFile(e.result.warrior, settings.coreSize) : null;
}

/** A file name for the exported load file. */
export function exportName(e: Entry): string {
  const base = e.file.replace(/\.[^.]*$/, '').replace(/[^\w.-]+/g, '_') || 'warrior';
  return `${base}.load.red`;
}
