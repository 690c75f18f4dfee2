/**
 * `vanban init <thư mục>`: makes the office's workspace (src/workspace/init.ts) and says what it made and
 * what to type next. The work is imported when the command runs, so `vanban --help` does not load it.
 */
import { Option, type Command } from 'commander';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Language } from '../../diagnostics/format.js';
import type { InitResult } from '../../workspace/init.js';
import { EXIT, type Output } from '../report.js';
import { vietnameseHelp } from '../vietnameseHelp.js';

export interface InitCommandOptions {
  templates?: boolean;
  lang: Language;
}

const WORDS = {
  vi: {
    error: 'lỗi',
    made: (folder: string, root: string) => `Đã tạo thư mục làm việc ${folder} (${root}):`,
    added: (folder: string, root: string) => `Đã bổ sung vào thư mục làm việc ${folder} (${root}):`,
    complete: (folder: string) => `Thư mục làm việc ${folder} đã đủ; không tạo thêm gì.`,
    kept: (n: number) => `Giữ nguyên ${n} tệp đã có.`,
    agencies: (ids: string[]) => `hồ sơ cơ quan${ids.length > 0 ? ` (mẫu: ${ids.join(', ')})` : ''}`,
    documents: (seed?: string) => `văn bản của cơ quan${seed ? `; có sẵn văn bản mẫu ${seed}` : ''}`,
    templates: 'lời văn riêng (mẫu có sẵn, để sửa)',
    out: 'tệp Word, PDF và ảnh xem trước vanban tạo ra',
    editor: 'để VS Code gợi ý và báo lỗi khi gõ YAML',
    readme: 'hướng dẫn dùng thư mục này',
    next: 'Tiếp theo:',
    tryIt: 'thử với văn bản mẫu',
    newDoc: 'soạn văn bản mới',
    editAgency: () => 'sửa hồ sơ cho đúng cơ quan mình (mở bằng VS Code)',
  },
  en: {
    error: 'error',
    made: (folder: string, root: string) => `Created the workspace ${folder} (${root}):`,
    added: (folder: string, root: string) => `Added to the workspace ${folder} (${root}):`,
    complete: (folder: string) => `The workspace ${folder} is complete; nothing added.`,
    kept: (n: number) => `Kept ${n} existing file(s) as they were.`,
    agencies: (ids: string[]) => `agency profiles${ids.length > 0 ? ` (samples: ${ids.join(', ')})` : ''}`,
    documents: (seed?: string) => `the office's documents${seed ? `; with the example ${seed}` : ''}`,
    templates: 'the office’s own wording (the built-in templates, to edit)',
    out: 'Word files, PDFs and page images vanban makes',
    editor: 'so VS Code completes and checks the YAML as you type',
    readme: 'how to use this folder (Vietnamese)',
    next: 'Next:',
    tryIt: 'try the example',
    newDoc: 'start a new document',
    editAgency: () => 'edit the profile to match your office (opens VS Code)',
  },
} as const;

/** A path as the user types it in a shell: quoted when it has spaces or quotes. */
function shellWord(path: string): string {
  return /^[\w./@%+:,-]+$/.test(path) ? path : `"${path.replace(/(["\\$`])/g, '\\$1')}"`;
}

export function formatInit(folder: string, result: InitResult, lang: Language): string[] {
  const w = WORDS[lang];
  const lines: string[] = [];
  const made = (entry: string) => result.created.some((c) => c === entry || c.startsWith(entry));
  if (result.created.length === 0) lines.push(w.complete(folder));
  else {
    const existed = result.kept.includes('.vanban.json');
    lines.push((existed ? w.added : w.made)(folder, result.root));
    const seed = result.created.find((c) => c.startsWith('van-ban/') && c.endsWith('.yaml'));
    const rows: Array<[string, string]> = [];
    if (made('agencies/')) rows.push(['agencies/', w.agencies(result.agencies)]);
    if (made('van-ban/')) rows.push(['van-ban/', w.documents(seed?.slice('van-ban/'.length))]);
    if (made('templates/')) rows.push(['templates/', w.templates]);
    if (made('out/')) rows.push(['out/', w.out]);
    if (made('schemas/') || made('.vscode/')) rows.push(['schemas/, .vscode/', w.editor]);
    if (made('README.md')) rows.push(['README.md', w.readme]);
    const width = Math.max(...rows.map(([name]) => name.length));
    for (const [name, what] of rows) lines.push(`  ${name.padEnd(width)}  ${what}`);
  }
  if (result.kept.length > 0) lines.push(w.kept(result.kept.length));
  const here = relative(process.cwd(), result.root);
  const cd = here === '' ? undefined : isAbsolute(here) || here.startsWith('..') ? result.root : here;
  const agency = result.agencies.includes('so-khcn-quang-binh')
    ? 'so-khcn-quang-binh'
    : (result.agencies[0] ?? '<mã>');
  const commands: Array<[string, string]> = [
    ...(cd ? [[`cd ${shellWord(cd)}`, ''] as [string, string]] : []),
    ['vanban render van-ban/2020-08-giao-ban.yaml', w.tryIt],
    [`vanban new thong-bao-ket-luan --agency ${agency}`, w.newDoc],
    [`code agencies/${agency}.yaml`, w.editAgency()],
  ];
  const width = Math.max(...commands.map(([c]) => c.length));
  lines.push('', w.next);
  for (const [command, why] of commands)
    lines.push(`  ${why ? `${command.padEnd(width)}  # ${why}` : command}`);
  return lines;
}

export async function runInit(folder: string, options: InitCommandOptions, io: Output): Promise<number> {
  const { initWorkspace } = await import('../../workspace/init.js');
  const result = initWorkspace(resolve(folder), { templates: options.templates });
  if (result.problem) {
    const message = options.lang === 'vi' ? result.problem.message : result.problem.messageEn;
    io.err(`${WORDS[options.lang].error} ${result.problem.code}: ${message}`);
    return EXIT.usage;
  }
  for (const line of formatInit(folder, result, options.lang)) io.out(line);
  return EXIT.ok;
}

export function registerInit(program: Command, io: Output, setExit: (code: number) => void): void {
  const command = program
    .command('init')
    .description(
      'tạo thư mục làm việc của cơ quan: hồ sơ cơ quan, văn bản, tệp ra, hướng dẫn, cài đặt VS Code',
    )
    .argument('<thư mục>', 'thư mục làm việc (tạo mới, hoặc bổ sung phần còn thiếu; không ghi đè tệp nào)')
    .option('--templates', 'chép các mẫu lời văn có sẵn vào templates/ để cơ quan sửa')
    .addOption(
      new Option('--lang <ngôn ngữ>', 'ngôn ngữ của thông báo: vi hoặc en')
        .choices(['vi', 'en'])
        .default('vi'),
    );
  vietnameseHelp(command);
  command.action(async (folder: string, opts: Record<string, unknown>) => {
    setExit(await runInit(folder, { templates: opts.templates === true, lang: opts.lang as Language }, io));
  });
}
