// The engine is generated source: settings must reach it as integers, whatever a file claimed.
import { describe, expect, it } from 'vitest';
import { compileEngine } from '../src/mars/engine.ts';

describe('engine generation', () => {
  it('refuses settings that are not positive integers', () => {
    const spec = { coreSize: 8000, maxProcesses: 8000, warriors: 2, pSpaceSize: 1, readLimit: 8000, writeLimit: 8000, observe: false };
    expect(() => compileEngine({ ...spec, coreSize: '8000; globalThis.pwned = 1' as unknown as number })).toThrow(/coreSize/);
    expect(() => compileEngine({ ...spec, warriors: 2.5 })).toThrow(/warriors/);
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
    expect(compileEngine(spec).spec.coreSize).toBe(8000);
  });
});
