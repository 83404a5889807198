// Tiny single-warrior cores for unit tests: a warrior written as pMARS listing lines, loaded at 0.
import { Mars } from '../../src/mars/mars.ts';
import { formatInstruction } from '../../src/mars/insn.ts';
import { parseListingLine } from '../../src/mars/listing.ts';
import { makeSettings } from '../../src/mars/settings.ts';
import type { SettingsInput } from '../../src/mars/settings.ts';

export function snippet(lines: string[], opts: SettingsInput & { start?: number; pin?: number | null } = {}): Mars {
  const settings = makeSettings({ coreSize: 8000, ...opts, warriors: 1 });
  const code = lines.map((l) => parseListingLine(l, settings.coreSize));
  const m = new Mars([{ name: 't', author: 't', start: opts.start ?? 0, pin: opts.pin ?? null, code }], settings, { placements: [[0]] });
  m.loadRound();
  return m;
}

/** The cell as pMARS lists it, e.g. `DAT.F $0, $5`. */
export function cell(m: Mars, addr: number): string {
  return formatInstruction(m.instruction(addr), m.settings.coreSize);
}
