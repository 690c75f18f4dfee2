/** `vanban lint <tệp.docx…>`: checks DOCX files from any editor against Nghị định 30 and reports what breaks it. */
import { Option, type Command } from 'commander';
import type { Language } from '../../diagnostics/format.js';
import type { Finding } from '../../lint/finding.js';
import { EXIT, type Output } from '../report.js';
import { vietnameseHelp } from '../vietnameseHelp.js';

export interface LintCommandOptions {
  json?: boolean;
  strict?: boolean;
  lang: Language;
}

/** Lints every input; returns the exit code (1 when any file has an error, or a warning under --strict). */
export async function runLint(inputs: string[], options: LintCommandOptions, io: Output): Promise<number> {
  // Loaded when the command runs, so `vanban --help` does not pay for the linter.
  const { expandDocxInputs, lintFile } = await import('../../lint/lintFile.js');
  const { counts, findingJson, formatReport, formatTotal, safeJson } = await import('../../lint/report.js');
  const results = expandDocxInputs(inputs).map((file) => ({ file, findings: lintFile(file) }));
  const all: Finding[] = results.flatMap((r) => r.findings);
  if (options.json) {
    const files = results.map(({ file, findings }) => ({
      file,
      ...counts(findings),
      findings: findings.map((f) => findingJson(f, options.lang)),
    }));
    io.out(safeJson({ files, ...counts(all) }));
  } else {
    for (const { file, findings } of results) io.out(formatReport(file, findings, options.lang) + '\n');
    if (results.length > 1) io.out(formatTotal(results.length, all, options.lang));
  }
  const { errors, warnings } = counts(all);
  return errors > 0 || (options.strict && warnings > 0) ? EXIT.inputErrors : EXIT.ok;
}

export function registerLint(program: Command, io: Output, setExit: (code: number) => void): void {
  const lint = program
    .command('lint')
    .description('kiểm tra thể thức tệp DOCX (Word, LibreOffice, WPS) theo Nghị định 30/2020/NĐ-CP')
    .argument('<tệp.docx...>', 'tệp DOCX, hoặc thư mục chứa tệp DOCX')
    .option('--json', 'in kết quả dạng JSON')
    .option('--strict', 'coi cảnh báo như lỗi (mã thoát 1)')
    .addOption(
      new Option('--lang <ngôn ngữ>', 'ngôn ngữ của thông báo: vi hoặc en')
        .choices(['vi', 'en'])
        .default('vi'),
    );
  vietnameseHelp(lint);
  lint.action(async (inputs: string[], opts: Record<string, unknown>) => {
    const options = { json: opts.json === true, strict: opts.strict === true, lang: opts.lang as Language };
    setExit(await runLint(inputs, options, io));
  });
}
