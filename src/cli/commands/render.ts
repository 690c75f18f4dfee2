import type { Language } from '../../diagnostics/format.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { DocumentLoader } from '../../load/loadDocument.js';
import { renderFile } from '../../api/renderFile.js';
import { expandInputs } from '../../api/expandInputs.js';
import { EXIT, printDiagnostics, type Output } from '../report.js';

export interface RenderCommandOptions {
  output?: string;
  outDir?: string;
  force?: boolean;
  strict?: boolean;
  model?: boolean;
  lang: Language;
  agencies?: string;
  templates?: string;
  dryRun?: boolean;
}

const WORDS = {
  vi: {
    written: (p: string) => `Đã ghi ${p}`,
    checked: (p: string) => `${p}: hợp lệ`,
    progress: (i: number, n: number, p: string) => `[${i}/${n}] ${p}`,
    summary: (ok: number, failed: number) => `Xong: ${ok} văn bản thành công, ${failed} văn bản lỗi.`,
    oneOutput: 'lỗi: -o chỉ dùng khi có một tệp đầu vào; với nhiều tệp dùng --out-dir.',
  },
  en: {
    written: (p: string) => `Wrote ${p}`,
    checked: (p: string) => `${p}: valid`,
    progress: (i: number, n: number, p: string) => `[${i}/${n}] ${p}`,
    summary: (ok: number, failed: number) => `Done: ${ok} document(s) succeeded, ${failed} failed.`,
    oneOutput: 'error: -o takes a single input; use --out-dir for several.',
  },
} as const;

/** Renders (or with dryRun, checks) every input; one bad file never stops the others. */
export async function runRender(
  inputs: string[],
  options: RenderCommandOptions,
  io: Output,
): Promise<number> {
  const w = WORDS[options.lang];
  const documents = expandInputs(inputs);
  if (options.output && documents.length > 1) {
    io.err(w.oneOutput);
    return EXIT.usage;
  }
  const loader = new DocumentLoader({ agenciesDir: options.agencies, templatesDir: options.templates });
  let failed = 0;
  for (const [i, input] of documents.entries()) {
    if (documents.length > 1) io.err(w.progress(i + 1, documents.length, input));
    const result = await renderFile(input, loader, {
      output: options.output,
      outDir: options.outDir,
      force: options.force,
      strict: options.strict,
      dryRun: options.dryRun || options.model,
    });
    printDiagnostics(result.diagnostics, options.lang, io);
    if (options.model && result.model && !hasErrors(result.diagnostics, options.strict))
      io.out(JSON.stringify(result.model, null, 2));
    if (result.written) io.out(w.written(result.written));
    else if (options.dryRun && !hasErrors(result.diagnostics, options.strict)) io.out(w.checked(input));
    if (hasErrors(result.diagnostics, options.strict)) failed++;
  }
  if (documents.length > 1) io.out(w.summary(documents.length - failed, failed));
  return failed > 0 ? EXIT.inputErrors : EXIT.ok;
}
