// Errors and warnings as data: every problem names file, line and column (1-based).

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Where a token came from in the source file. */
export interface SourcePos {
  line: number;
  column: number;
}

/**
 * Thrown inside the assembler only (never inside the VM) and caught at the statement that raised it,
 * so one bad line becomes one diagnostic and assembly goes on to report the rest.
 */
export class AsmError extends Error {
  constructor(
    message: string,
    readonly pos: SourcePos,
  ) {
    super(message);
  }
}

export function formatDiagnostic(d: Diagnostic, kind = 'error'): string {
  return `${d.file}:${d.line}:${d.column}: ${kind}: ${d.message}`;
}
