// Reading warrior files from disk and assembling them, for every command that takes FILE arguments.
import { readFileSync } from 'node:fs';
import type { Settings } from '../mars/settings.ts';
import { assemble, decodeWarriorBytes, type AssembleResult } from '../redcode/index.ts';

export function assembleFile(path: string, settings: Settings): AssembleResult {
  let text: string;
  try {
    text = decodeWarriorBytes(readFileSync(path));
  } catch (e) {
    const message = `cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
    return { ok: false, name: 'Unknown', author: 'Anonymous', errors: [{ file: path, line: 0, column: 0, message }], warnings: [] };
  }
  return assemble(text, { settings, file: path });
}
