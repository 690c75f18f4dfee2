/**
 * `vanban import <tệp.docx> [-o <văn-bản.yaml>] [--agencies <thư mục>]`: a Word document read back into
 * vanban YAML and an agency profile draft. The work is in src/import/, loaded when the command runs.
 */
import { relative } from 'node:path';
import type { Command, Option } from 'commander';
import type { Language } from '../../diagnostics/format.js';
import { EXIT, printDiagnostics, type Output } from '../report.js';
import { vietnameseHelp } from '../vietnameseHelp.js';

export interface ImportCommandOptions {
  output?: string;
  agencies?: string;
  force?: boolean;
  lang: Language;
}

const shown = (path: string): string => relative(process.cwd(), path) || path;

export async function runImport(input: string, options: ImportCommandOptions, io: Output): Promise<number> {
  const { importFile } = await import('../../import/importFile.js');
  const outcome = importFile(input, options);
  const errors = outcome.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !outcome.result || !outcome.documentPath) {
    printDiagnostics(outcome.diagnostics, options.lang, io);
    return EXIT.inputErrors;
  }
  const { result } = outcome;
  const en = options.lang === 'en';
  io.out(
    en
      ? `Imported ${input} as ${result.kind}: ${shown(outcome.documentPath)}`
      : `Đã nhập ${input} thành văn bản loại ${result.kind}: ${shown(outcome.documentPath)}`,
  );
  if (outcome.profilePath)
    io.out(
      outcome.profileReused
        ? en
          ? `  agency profile: existing ${shown(outcome.profilePath)}`
          : `  hồ sơ cơ quan: dùng hồ sơ có sẵn ${shown(outcome.profilePath)}`
        : en
          ? `  agency profile: new draft ${shown(outcome.profilePath)}`
          : `  hồ sơ cơ quan: bản nháp mới ${shown(outcome.profilePath)}`,
    );
  const marks = result.reviews.length + (outcome.profileReused ? 0 : result.profileReviews.length);
  io.out(
    en
      ? `  ${marks} place(s) marked "# XEM LẠI" to check`
      : `  ${marks} chỗ đánh dấu "# XEM LẠI" cần xem lại`,
  );
  if (result.leftovers.length > 0) {
    io.out(
      en
        ? `  ${result.leftovers.length} text(s) fit no field and were kept as paragraphs or left out:`
        : `  ${result.leftovers.length} đoạn không khớp trường nào (giữ thành đoạn văn hoặc bỏ ra), cần xem lại:`,
    );
    for (const text of result.leftovers)
      io.out(`    - ${text.length > 100 ? `${text.slice(0, 99)}…` : text}`);
  }
  io.out(
    en
      ? `Next: edit the marked lines, then run: vanban render ${shown(outcome.documentPath)}`
      : `Tiếp theo: sửa các dòng đánh dấu rồi chạy: vanban render ${shown(outcome.documentPath)}`,
  );
  printDiagnostics(outcome.diagnostics, options.lang, io);
  return EXIT.ok;
}

export function registerImport(
  program: Command,
  io: Output,
  setExit: (code: number) => void,
  lang: Option,
): void {
  const command = program
    .command('import')
    .description('đọc văn bản Word (.docx) thành tệp YAML của vanban và hồ sơ cơ quan')
    .argument('<tệp.docx>', 'văn bản Word, LibreOffice, WPS hoặc do vanban làm ra')
    .option('-o, --output <tệp.yaml>', 'tệp YAML ghi ra (mặc định: cùng tên, cùng thư mục với tệp .docx)')
    .option('--agencies <thư mục>', 'thư mục hồ sơ cơ quan để tìm hồ sơ đã có')
    .option('-f, --force', 'ghi đè tệp đã có')
    .addOption(lang);
  vietnameseHelp(command);
  command.action(async (input: string, opts: ImportCommandOptions) => {
    setExit(await runImport(input, opts, io));
  });
}
