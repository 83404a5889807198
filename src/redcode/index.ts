// The Redcode assembler (pMARS 0.9.4 dialect) and the load-file writer.
export { assemble, predefinedConstants, type AssembleOptions, type AssembleResult } from './assemble.ts';
export { formatDiagnostic, type Diagnostic } from './diagnostics.ts';
export { toLoadFile } from './loadfile.ts';
export { decodeWarriorBytes } from './text.ts';
