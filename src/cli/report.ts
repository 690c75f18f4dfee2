/** Printing diagnostics and summaries for the terminal. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic, formatSummary, type Language } from '../diagnostics/format.js';

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
};

/** Each diagnostic, then the count; under `strict` the count says that warnings fail the run. */
export function printDiagnostics(
  diagnostics: readonly Diagnostic[],
  lang: Language,
  io: Output,
  strict = false,
): void {
  for (const d of diagnostics) io.err(formatDiagnostic(d, lang) + '\n');
  if (diagnostics.length > 0) io.err(formatSummary(diagnostics, lang, strict));
}

export const EXIT = { ok: 0, inputErrors: 1, usage: 2, internal: 3 } as const;

export function internalErrorText(error: unknown, lang: Language): string {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return lang === 'vi'
    ? `Lỗi nội bộ của vanban: đây là lỗi của phần mềm, không phải của dữ liệu bạn nhập.\nXin báo lỗi cho nhóm phát triển, kèm tệp YAML và nội dung dưới đây:\n${detail}`
    : `Internal error in vanban: this is a bug, not a mistake in your input.\nPlease report it with your YAML file and the text below:\n${detail}`;
}
