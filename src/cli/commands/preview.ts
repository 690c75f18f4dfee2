/**
 * `vanban preview`: PNG images of a document's pages (LibreOffice, then pdftoppm), to look at the layout
 * without opening Word. The heavy modules (the loader, docx, the conversion code) load only when the
 * command runs, so `vanban --help` stays quick.
 */
import { Option, type Command } from 'commander';
import type { OutputProblem } from '../../api/convertOutputs.js';
import type { Language } from '../../diagnostics/format.js';
import { EXIT, printDiagnostics, type Output } from '../report.js';
import { vietnameseHelp } from '../vietnameseHelp.js';
import { missingFolder } from './usageChecks.js';

export interface PreviewCommandOptions {
  output?: string;
  dpi?: string;
  force?: boolean;
  strict?: boolean;
  agencies?: string;
  templates?: string;
  lang: Language;
}

const MIN_DPI = 20;
const MAX_DPI = 600;

const WORDS = {
  vi: {
    error: 'lỗi',
    badDpi: (value: string) =>
      `lỗi: --dpi cần một số nguyên từ ${MIN_DPI} đến ${MAX_DPI} (điểm ảnh mỗi inch), không phải "${value}".`,
  },
  en: {
    error: 'error',
    badDpi: (value: string) =>
      `error: --dpi takes a whole number from ${MIN_DPI} to ${MAX_DPI} (dots per inch), not "${value}".`,
  },
} as const;

/** A conversion problem printed like a diagnostic: "<input>: lỗi LIBREOFFICE_MISSING: …". */
export function printProblem(input: string, problem: OutputProblem, lang: Language, io: Output): void {
  const message = lang === 'vi' ? problem.message : problem.messageEn;
  io.err(`${input}: ${WORDS[lang].error} ${problem.code}: ${message}`);
}

export async function runPreview(input: string, options: PreviewCommandOptions, io: Output): Promise<number> {
  const w = WORDS[options.lang];
  const dpiText = options.dpi ?? '100';
  const dpi = Number(dpiText);
  if (!/^\d+$/.test(dpiText.trim()) || dpi < MIN_DPI || dpi > MAX_DPI) {
    io.err(w.badDpi(dpiText));
    return EXIT.usage;
  }
  const folderProblem = missingFolder(options, options.lang);
  if (folderProblem) {
    io.err(folderProblem);
    return EXIT.usage;
  }
  const [{ DocumentLoader }, { previewFile }, { expandInputs }] = await Promise.all([
    import('../../load/loadDocument.js'),
    import('../../api/convertOutputs.js'),
    import('../../api/expandInputs.js'),
  ]);
  const loader = new DocumentLoader({ agenciesDir: options.agencies, templatesDir: options.templates });
  // A folder of several documents previews each, as `render` renders each.
  const documents = expandInputs([input]);
  let failed = 0;
  for (const [i, document] of documents.entries()) {
    if (documents.length > 1) io.err(`[${i + 1}/${documents.length}] ${document}`);
    const result = await previewFile(document, loader, {
      outDir: options.output,
      dpi,
      force: options.force,
      strict: options.strict,
    });
    printDiagnostics(result.diagnostics, options.lang, io, options.strict);
    if (result.problem) printProblem(document, result.problem, options.lang, io);
    for (const page of result.pages) io.out(page);
    if (result.problem || result.pages.length === 0) failed++;
  }
  return failed > 0 ? EXIT.inputErrors : EXIT.ok;
}

/** Adds the command to the program; `setExit` receives the exit code. */
export function addPreviewCommand(program: Command, io: Output, setExit: (code: number) => void): Command {
  const preview = program
    .command('preview')
    .description(
      'tạo ảnh PNG của từng trang văn bản (cần LibreOffice và poppler-utils) và in đường dẫn các ảnh',
    )
    .argument(
      '<tệp>',
      'tệp YAML văn bản, thư mục (một văn bản chia nhiều tệp, hoặc nhiều văn bản), hoặc tệp .docx đã có',
    )
    .option('-o, --output <thư mục>', 'thư mục ghi ảnh; ảnh tên <tên tệp>-1.png, <tên tệp>-2.png …', 'out')
    .option('--dpi <số>', `độ phân giải ảnh (điểm/inch, ${MIN_DPI}–${MAX_DPI})`, '100')
    .option('-f, --force', 'ghi đè ảnh xem trước đã có cùng tên (và xoá ảnh trang thừa của lần trước)')
    .option('--strict', 'coi cảnh báo như lỗi (với tệp YAML)')
    .option('--agencies <thư mục>', 'thư mục hồ sơ cơ quan (với tệp YAML)')
    .option('--templates <thư mục>', 'thư mục mẫu riêng (với tệp YAML)')
    .addOption(
      new Option('--lang <ngôn ngữ>', 'ngôn ngữ của thông báo lỗi: vi hoặc en')
        .choices(['vi', 'en'])
        .default('vi'),
    );
  vietnameseHelp(preview);
  preview.action(async (input: string, opts: Record<string, unknown>) => {
    setExit(await runPreview(input, { ...(opts as object), lang: opts.lang as Language }, io));
  });
  return preview;
}
