// MARS settings and the named presets of the KOTH hills.

export interface Settings {
  coreSize: number;
  maxCycles: number;
  maxProcesses: number;
  maxLength: number;
  minDistance: number;
  pSpaceSize: number;
  /** Number of warriors in a battle (the WARRIORS constant). */
  warriors: number;
  rounds: number;
  readLimit: number;
  writeLimit: number;
  icws88: boolean;
}

/** pMARS's default P-space size: coreSize / k for the largest k <= 16 that divides coreSize. */
export function defaultPSpaceSize(coreSize: number): number {
  for (let k = 16; k >= 1; k--) if (coreSize % k === 0) return coreSize / k;
  return coreSize;
}

export interface SettingsInput extends Partial<Settings> {}

/** Fills pMARS's defaults for every knob not given (core 8000, cycles 80000, ...). */
export function makeSettings(input: SettingsInput = {}): Settings {
  const coreSize = input.coreSize ?? 8000;
  const maxLength = input.maxLength ?? 100;
  return {
    coreSize,
    maxCycles: input.maxCycles ?? 80000,
    maxProcesses: input.maxProcesses ?? 8000,
    maxLength,
    minDistance: input.minDistance ?? maxLength,
    pSpaceSize: input.pSpaceSize ?? defaultPSpaceSize(coreSize),
    warriors: input.warriors ?? 2,
    rounds: input.rounds ?? 1,
    readLimit: input.readLimit ?? coreSize,
    writeLimit: input.writeLimit ?? coreSize,
    icws88: input.icws88 ?? false,
  };
}

/** The KOTH hills' settings (koth.org and the Koenigstuhl option files). */
export const HILLS: Readonly<Record<string, Settings>> = {
  '94nop': makeSettings({ pSpaceSize: 1 }),
  '94': makeSettings({}),
  '88': makeSettings({ icws88: true }),
  tiny: makeSettings({ coreSize: 800, maxCycles: 8000, maxProcesses: 800, maxLength: 20, minDistance: 20 }),
  nano: makeSettings({ coreSize: 80, maxCycles: 800, maxProcesses: 80, maxLength: 5, minDistance: 5 }),
  lp: makeSettings({ maxProcesses: 8, maxLength: 200, minDistance: 200 }),
  '94x': makeSettings({ coreSize: 55440, maxCycles: 500000, maxProcesses: 10000, maxLength: 200, minDistance: 200 }),
};

export function hillSettings(name: string): Settings {
  const s = HILLS[name];
  if (!s) throw new Error(`unknown hill '${name}' (known: ${Object.keys(HILLS).join(', ')})`);
  return { ...s };
}
