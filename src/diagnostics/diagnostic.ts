import type { DiagnosticCode } from './catalog.js';

export type Severity = 'error' | 'warning';

/** A place in a source file, 1-based like editors show it. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
  /** The text of that line, so the printer can show it with a caret without re-reading the file. */
  lineText?: string;
  /** How many characters the caret underlines (at least 1). */
  length?: number;
}

/** One problem found in the input: data, never thrown, collected and printed together. */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** Values the catalogue's message and hint templates fill in. */
  args: Record<string, string | number>;
  location?: SourceLocation;
  /** Further places that belong to the same problem (e.g. the first definition of a duplicate key). */
  related?: SourceLocation[];
}

export function hasErrors(diagnostics: readonly Diagnostic[], strict = false): boolean {
  return diagnostics.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
}

/** Thrown only to carry diagnostics out of deep code; the CLI and library entry points catch it. */
export class DiagnosticError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.code).join(', '));
    this.name = 'DiagnosticError';
  }
}
