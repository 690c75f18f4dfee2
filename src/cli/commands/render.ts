import type { Language } from '../../diagnostics/format.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { DocumentLoader } from '../../load/loadDocument.js';
import { defaultOutputPath, renderFile, type RenderResult } from '../../api/renderFile.js';
import { expandInputs } from '../../api/expandInputs.js';
import type { RenderWithPdfResult } from '../../api/convertOutputs.js';
import { EXIT, printDiagnostics, type Output } from '../report.js';
import { printProblem } from './preview.js';
import { missingFolder, notDocxOutput, outputCollisions } from './usageChecks.js';

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
  /** Also write the PDF beside the DOCX (LibreOffice). */
  pdf?: boolean;
  /** Measure the pages (LibreOffice) and set the compact layout when it saves a page. */
  fit?: boolean;
}

const WORDS = {
  vi: {
    written: (p: string) => `Đã ghi ${p}`,
    unchanged: (p: string) => `Không đổi ${p} (tệp đã có đúng nội dung này)`,
    checked: (p: string) => `${p}: hợp lệ`,
    lintWould: (p: string, n: number) =>
      `${p}: hợp lệ, nhưng tệp DOCX sẽ bị "vanban lint" báo ${n} lỗi thể thức (cảnh báo LINT_WOULD_REPORT ở trên; --strict để coi là lỗi)`,
    progress: (i: number, n: number, p: string) => `[${i}/${n}] ${p}`,
    summary: (ok: number, failed: number) => `Xong: ${ok} văn bản thành công, ${failed} văn bản lỗi.`,
    oneOutput: 'lỗi: -o chỉ dùng khi có một tệp đầu vào; với nhiều tệp dùng --out-dir.',
    hint: 'gợi ý',
    nothingWritten: 'chưa ghi tệp nào cho văn bản này; bỏ --pdf để chỉ tạo tệp DOCX.',
    fitted: (from: number, to: number) =>
      `In gọn (chữ nội dung cỡ 13, giãn dòng đơn): ${from} → ${to} trang. Muốn giữ luôn, ghi "compact: yes" vào tệp YAML.`,
    fitKept: (pages: number) =>
      `Giữ cách trình bày thường: in gọn không bớt được trang nào (${pages} trang).`,
  },
  en: {
    written: (p: string) => `Wrote ${p}`,
    unchanged: (p: string) => `Unchanged ${p} (the file already holds exactly this)`,
    checked: (p: string) => `${p}: valid`,
    lintWould: (p: string, n: number) =>
      `${p}: valid, but "vanban lint" would report ${n} layout error(s) in the DOCX (the LINT_WOULD_REPORT warnings above; --strict makes them errors)`,
    progress: (i: number, n: number, p: string) => `[${i}/${n}] ${p}`,
    summary: (ok: number, failed: number) => `Done: ${ok} document(s) succeeded, ${failed} failed.`,
    oneOutput: 'error: -o takes a single input; use --out-dir for several.',
    hint: 'hint',
    nothingWritten: 'nothing was written for this document; leave out --pdf to make the DOCX only.',
    fitted: (from: number, to: number) =>
      `Set compact (body 13 pt, single spacing): ${from} → ${to} pages. To keep it, write "compact: yes" in the YAML.`,
    fitKept: (pages: number) => `Kept the default layout: compact saves no page (${pages} pages).`,
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
  const usage = [
    missingFolder(options, options.lang),
    options.dryRun || options.model ? undefined : notDocxOutput(options.output, options.lang),
    ...(options.dryRun || options.model || options.output
      ? []
      : outputCollisions(documents, (input) => defaultOutputPath(input, options.outDir), options.lang)),
  ].filter((message) => message !== undefined);
  if (usage.length > 0) {
    for (const message of usage) io.err(message);
    return EXIT.usage;
  }
  const loader = new DocumentLoader({ agenciesDir: options.agencies, templatesDir: options.templates });
  let failed = 0;
  for (const [i, input] of documents.entries()) {
    if (documents.length > 1) io.err(w.progress(i + 1, documents.length, input));
    const renderOptions = {
      output: options.output,
      outDir: options.outDir,
      force: options.force,
      strict: options.strict,
      dryRun: options.dryRun || options.model,
      lint: options.dryRun && !options.model,
    };
    let result: RenderResult & Partial<RenderWithPdfResult>;
    if ((options.pdf || options.fit) && !renderOptions.dryRun) {
      // Loaded only when asked: the conversion code is not needed for a plain render.
      const { renderFileWithPdf } = await import('../../api/convertOutputs.js');
      result = await renderFileWithPdf(input, loader, {
        ...renderOptions,
        fit: options.fit ?? false,
        writePdf: options.pdf ?? false,
      });
    } else {
      result = await renderFile(input, loader, renderOptions);
    }
    printDiagnostics(result.diagnostics, options.lang, io, options.strict);
    if (result.problem) {
      printProblem(input, result.problem, options.lang, io);
      io.err(`  ${w.hint}: ${w.nothingWritten}`);
      failed++;
    }
    if (options.model && result.model && !hasErrors(result.diagnostics, options.strict))
      io.out(JSON.stringify(result.model, null, 2));
    if (result.written) {
      io.out(result.unchanged ? w.unchanged(result.written) : w.written(result.written));
      if (result.pdf) io.out(w.written(result.pdf));
      if (result.fitted) io.out(w.fitted(result.fitted.from, result.fitted.to));
      if (result.fitKept !== undefined) io.out(w.fitKept(result.fitKept));
    } else if (options.dryRun && !hasErrors(result.diagnostics, options.strict)) {
      // Valid, but the văn thư's lint would refuse it: said in the line a clerk reads last.
      const lint = result.diagnostics.filter((d) => d.code === 'LINT_WOULD_REPORT').length;
      io.out(lint > 0 ? w.lintWould(input, lint) : w.checked(input));
    }
    if (hasErrors(result.diagnostics, options.strict)) failed++;
  }
  if (documents.length > 1) io.out(w.summary(documents.length - failed, failed));
  return failed > 0 ? EXIT.inputErrors : EXIT.ok;
}
