/** The `vanban` command line: a thin shell over the library, in Vietnamese. */
import { Command, CommanderError, Option } from 'commander';
import type { Language } from '../diagnostics/format.js';
import type { RenderCommandOptions } from './commands/render.js';
import { addPreviewCommand } from './commands/preview.js';
import { registerLint } from './commands/lint.js';
import { registerTemplates } from './commands/templates.js';
import { registerNew } from './commands/newCommand.js';
import { registerImport } from './commands/importCommand.js';
import { registerInit } from './commands/init.js';
import { workspaceDefaults } from '../workspace/workspace.js';
import { registerServe } from './commands/serve.js';
import { EXIT, internalErrorText, processOutput, type Output } from './report.js';
import { translateCommanderError, vietnameseHelp } from './vietnameseHelp.js';

/**
 * The render code (loader, templates, docx) is imported when a command runs, not when the program starts,
 * so `vanban --help` and `--version` do not pay for it.
 */
async function runRender(inputs: string[], options: RenderCommandOptions, io: Output): Promise<number> {
  const commands = await import('./commands/render.js');
  return commands.runRender(inputs, options, io);
}

function langOption(): Option {
  return new Option('--lang <ngôn ngữ>', 'ngôn ngữ của thông báo lỗi: vi hoặc en')
    .choices(['vi', 'en'])
    .default('vi');
}

export function buildProgram(io: Output, setExit: (code: number) => void): Command {
  const program = new Command('vanban');
  vietnameseHelp(program);
  program
    .description('Soạn văn bản hành chính đúng thể thức Nghị định 30/2020/NĐ-CP từ tệp YAML')
    .version('0.1.0', '-V, --version', 'xem phiên bản')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s.trimEnd()),
      writeErr: (s) => io.err(translateCommanderError(s.trimEnd())),
    });

  const render = program
    .command('render')
    .description('tạo tệp DOCX từ tệp YAML (hoặc thư mục YAML)')
    .argument('<tệp...>', 'tệp YAML văn bản, hoặc thư mục')
    .option('-o, --output <tệp.docx>', 'tên tệp DOCX (mặc định: out/<tên tệp>.docx)')
    .option('--out-dir <thư mục>', 'thư mục ghi tệp DOCX', 'out')
    .option('-f, --force', 'ghi đè tệp DOCX đã có')
    .option('--strict', 'coi cảnh báo như lỗi: không ghi tệp khi có cảnh báo')
    .option('--model', 'in mô hình văn bản (JSON) thay vì ghi DOCX')
    .option('--agencies <thư mục>', 'thư mục hồ sơ cơ quan (mặc định: agencies/ cạnh tệp văn bản)')
    .option('--templates <thư mục>', 'thư mục mẫu riêng, thay hoặc bổ sung mẫu có sẵn')
    .option('--pdf', 'ghi thêm tệp PDF cạnh tệp DOCX (cần LibreOffice)')
    .option('--fit', 'đo số trang (cần LibreOffice) và in gọn (cỡ 13, giãn dòng đơn) nếu bớt được trang')
    .addOption(langOption());
  vietnameseHelp(render);
  render.action(async (inputs: string[], opts: Record<string, unknown>) => {
    setExit(await runRender(inputs, { ...(opts as object), lang: opts.lang as Language }, io));
  });

  const check = program
    .command('check')
    .description('kiểm tra tệp YAML, không ghi gì')
    .argument('<tệp...>', 'tệp YAML văn bản, hoặc thư mục')
    .option('--strict', 'coi cảnh báo như lỗi')
    .option('--agencies <thư mục>', 'thư mục hồ sơ cơ quan')
    .option('--templates <thư mục>', 'thư mục mẫu riêng')
    .addOption(langOption());
  vietnameseHelp(check);
  check.action(async (inputs: string[], opts: Record<string, unknown>) => {
    setExit(await runRender(inputs, { ...(opts as object), lang: opts.lang as Language, dryRun: true }, io));
  });
  addPreviewCommand(program, io, setExit);
  registerLint(program, io, setExit);
  registerTemplates(program, io, setExit);
  registerNew(program, io, setExit);
  registerImport(program, io, setExit, langOption());
  registerInit(program, io, setExit);
  registerServe(program, io, setExit);
  program.hook('preAction', (_program, action) => applyWorkspaceDefaults(action));
  return program;
}

/** For each command that reads documents or writes outputs: its options that a workspace fills in. */
const WORKSPACE_OPTIONS: Record<string, { out?: string }> = {
  render: { out: 'outDir' },
  check: {},
  preview: { out: 'output' },
  templates: {},
};

/**
 * In a workspace (`vanban init`), a command on its documents (or, for `templates`, run inside it) uses
 * the workspace's agencies/, its templates/ when it has any, and writes to its out/, from whichever
 * subfolder it is run. Only options the user left out are filled in.
 */
export function applyWorkspaceDefaults(command: Command): void {
  const outOption = WORKSPACE_OPTIONS[command.name()];
  if (!outOption) return;
  const inputs = command.name() === 'templates' ? [] : command.args;
  const defaults = workspaceDefaults(inputs);
  if (!defaults.workspace) return;
  const has = (key: string) => command.options.some((option) => option.attributeName() === key);
  const fill = (key: string | undefined, value: string | undefined) => {
    if (!key || value === undefined || !has(key)) return;
    const source = command.getOptionValueSource(key);
    if (source === undefined || source === 'default') command.setOptionValueWithSource(key, value, 'config');
  };
  fill('agencies', defaults.agenciesDir);
  fill('templates', defaults.templatesDir);
  fill(outOption.out, defaults.outDir);
}

/**
 * `vanban --lang en check x.yaml` reads as naturally as `vanban check x.yaml --lang en`, but --lang is an
 * option of each command: one written before the command is moved after it.
 */
export function langAfterCommand(argv: string[]): string[] {
  const command = argv.findIndex((arg, i) => !arg.startsWith('-') && argv[i - 1] !== '--lang');
  if (command <= 0) return argv;
  const before = argv.slice(0, command);
  const lang: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < before.length; i++) {
    if (before[i] === '--lang' && i + 1 < before.length) lang.push(before[i]!, before[++i]!);
    else if (before[i]!.startsWith('--lang=')) lang.push(before[i]!);
    else rest.push(before[i]!);
  }
  return [...rest, argv[command]!, ...lang, ...argv.slice(command + 1)];
}

/** Runs the CLI and returns the exit code; never throws. */
export async function main(argv: string[], io: Output = processOutput): Promise<number> {
  argv = langAfterCommand(argv);
  let code: number = EXIT.ok;
  const lang: Language =
    argv.includes('en') && argv.some((a) => a === '--lang' || a === '--lang=en') ? 'en' : 'vi';
  try {
    await buildProgram(io, (c) => (code = c)).parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      )
        return EXIT.ok;
      return EXIT.usage;
    }
    io.err(internalErrorText(error, lang));
    return EXIT.internal;
  }
}
