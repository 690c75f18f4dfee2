import { CATALOG, type CatalogEntry } from './catalog.js';
import type { Diagnostic, SourceLocation } from './diagnostic.js';

export type Language = 'vi' | 'en';

const WORDS = {
  vi: {
    error: 'lỗi',
    warning: 'cảnh báo',
    hint: 'gợi ý',
    also: 'xem thêm',
    errors: 'lỗi',
    warnings: 'cảnh báo',
    strictFails: '--strict coi cảnh báo là lỗi nên văn bản không đạt',
  },
  en: {
    error: 'error',
    warning: 'warning',
    hint: 'hint',
    also: 'see also',
    errors: 'error(s)',
    warnings: 'warning(s)',
    strictFails: '--strict counts warnings as errors, so the document fails',
  },
} as const;

function fill(template: string, args: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

export function messageOf(d: Diagnostic, lang: Language): string {
  const entry: CatalogEntry = CATALOG[d.code];
  return fill(lang === 'vi' ? entry.vi : entry.en, d.args);
}

export function hintOf(d: Diagnostic, lang: Language): string | undefined {
  const entry: CatalogEntry = CATALOG[d.code];
  const template = lang === 'vi' ? entry.hintVi : entry.hintEn;
  if (!template) return undefined;
  const text = fill(template, d.args).trim();
  return text === '' ? undefined : text;
}

function place(loc: SourceLocation): string {
  return `${loc.file}:${loc.line}:${loc.column}`;
}

function excerpt(loc: SourceLocation): string[] {
  if (loc.lineText === undefined) return [];
  const gutter = String(loc.line);
  const pad = ' '.repeat(gutter.length);
  // Tabs would shift the caret; show them as one space so the caret stays under the spot.
  const shown = loc.lineText.replace(/\t/g, ' ');
  const caret = ' '.repeat(Math.max(0, loc.column - 1)) + '^'.repeat(Math.max(1, loc.length ?? 1));
  return [`  ${gutter} | ${shown}`, `  ${pad} | ${caret}`];
}

/** Prints one diagnostic the way compilers do: place, severity, code, message, excerpt, hint. */
export function formatDiagnostic(d: Diagnostic, lang: Language = 'vi'): string {
  const w = WORDS[lang];
  const head = `${d.location ? place(d.location) + ': ' : ''}${w[d.severity]} ${d.code}: ${messageOf(d, lang)}`;
  const lines = [head];
  if (d.location) lines.push(...excerpt(d.location));
  for (const other of d.related ?? []) lines.push(`  ${w.also}: ${place(other)}`);
  const hint = hintOf(d, lang);
  if (hint) lines.push(`  ${w.hint}: ${hint}`);
  return lines.join('\n');
}

/**
 * "1 lỗi, 2 cảnh báo." With `strict` and only warnings, it says why the run still fails (exit code 1):
 * "0 lỗi, 1 cảnh báo" alone reads like success.
 */
export function formatSummary(
  diagnostics: readonly Diagnostic[],
  lang: Language = 'vi',
  strict = false,
): string {
  const w = WORDS[lang];
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const counts = `${errors} ${w.errors}, ${warnings} ${w.warnings}`;
  return strict && errors === 0 && warnings > 0 ? `${counts} (${w.strictFails}).` : `${counts}.`;
}

export function formatDiagnostics(diagnostics: readonly Diagnostic[], lang: Language = 'vi'): string {
  return diagnostics.map((d) => formatDiagnostic(d, lang)).join('\n\n');
}
