import { CATALOG, type DiagnosticCode } from './catalog.js';
import type { Diagnostic, SourceLocation } from './diagnostic.js';

/** Builds a diagnostic with the catalogue's severity for its code. */
export function diagnostic(
  code: DiagnosticCode,
  args: Record<string, string | number> = {},
  location?: SourceLocation,
  related?: SourceLocation[],
): Diagnostic {
  const d: Diagnostic = { code, severity: CATALOG[code].severity, args };
  if (location) d.location = location;
  if (related && related.length > 0) d.related = related;
  return d;
}
