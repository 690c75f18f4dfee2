/**
 * `vanban templates`: the document kinds, one line each, the fields each needs and its template file.
 * The kinds are imported when the command runs, so registering it costs `vanban --help` nothing.
 */
import type { Command } from 'commander';
import { EXIT, type Output } from '../report.js';
import { join, resolve } from 'node:path';
import { vietnameseHelp } from '../vietnameseHelp.js';

export interface KindSummary {
  id: string;
  description: string;
  required: string[];
  optional: string[];
  template?: string;
}

/** Required and optional top-level fields of each kind ("kind" itself left out). */
export async function kindSummaries(templatesDirs?: string | string[]): Promise<KindSummary[]> {
  const [{ KINDS }, { OptionalField }, { TemplateStore }] = await Promise.all([
    import('../../kinds/registry.js'),
    import('../../schema/schema.js'),
    import('../../template/templateStore.js'),
  ]);
  const store = new TemplateStore(templatesDirs);
  return KINDS.map((kind) => {
    const fields = Object.entries(kind.schema.fields).filter(([k]) => k !== 'kind');
    const template = store.find(kind.template)?.path;
    return {
      id: kind.id,
      description: kind.description,
      required: [
        ...fields.filter(([, f]) => !(f instanceof OptionalField)).map(([k]) => k),
        // The structured content is optional field by field, but a document needs some (CONTENT_EMPTY).
        ...(fields.some(([k]) => k === 'items') ? ['intro | items | closing (ít nhất một)'] : []),
      ],
      optional: fields.filter(([, f]) => f instanceof OptionalField).map(([k]) => k),
      ...(template ? { template } : {}),
    };
  });
}

export function formatKinds(summaries: KindSummary[]): string {
  const width = Math.max(...summaries.map((s) => s.id.length));
  const lines = ['Các loại văn bản (kind):', ''];
  for (const s of summaries) {
    lines.push(`${s.id.padEnd(width)}  ${s.description}`);
    lines.push(`${''.padEnd(width)}  cần: ${s.required.join(', ')}`);
    lines.push(`${''.padEnd(width)}  tùy chọn: ${s.optional.join(', ')}`);
    if (s.template) lines.push(`${''.padEnd(width)}  mẫu: ${s.template}`);
  }
  lines.push('', 'Tạo tệp mới: vanban new <kind> [--from <tệp trước.yaml>] [--month <yyyy-mm>]');
  return lines.join('\n');
}

/** The folders searched for templates, first match wins, each with where it comes from. */
export interface TemplateFolder {
  path: string;
  from: 'templates' | 'agency' | 'builtin';
}

const FOLDER_LABEL: Record<TemplateFolder['from'], string> = {
  templates: 'tuỳ chọn --templates',
  agency: 'hồ sơ cơ quan (templates:)',
  builtin: 'mẫu có sẵn của vanban',
};

export function formatFolders(folders: TemplateFolder[]): string {
  return [
    'Thứ tự tìm mẫu (mẫu ở thư mục trước được dùng; "templates:" trong tệp văn bản đứng trước hồ sơ cơ quan):',
    ...folders.map((f, i) => `  ${i + 1}. ${f.path}  (${FOLDER_LABEL[f.from]})`),
    '',
  ].join('\n');
}

export function registerTemplates(program: Command, io: Output, setExit: (code: number) => void): void {
  const command = program
    .command('templates')
    .description('liệt kê các loại văn bản, các trường cần có và tệp mẫu của từng loại')
    .option('--templates <thư mục>', 'thư mục mẫu riêng, thay hoặc bổ sung mẫu có sẵn')
    .option('--agency <mã>', 'xem cả mẫu riêng của cơ quan (trường templates: trong hồ sơ cơ quan)')
    .option('--agencies <thư mục>', 'thư mục hồ sơ cơ quan')
    .option('--json', 'in dạng JSON');
  vietnameseHelp(command);
  command.action(async (opts: { templates?: string; agency?: string; agencies?: string; json?: boolean }) => {
    const [{ agencyDirs, loadAgency }, { templateDirs }, { BUILTIN_TEMPLATES_DIR }, { formatDiagnostic }] =
      await Promise.all([
        import('../../load/loadAgency.js'),
        import('../../load/templateDirs.js'),
        import('../../packageRoot.js'),
        import('../../diagnostics/format.js'),
      ]);
    const folders: TemplateFolder[] = [];
    if (opts.templates) folders.push({ path: resolve(opts.templates), from: 'templates' });
    if (opts.agency) {
      // Profiles are searched as for a document in the current folder.
      const found = loadAgency(
        opts.agency,
        agencyDirs(join(process.cwd(), 'van-ban.yaml'), opts.agencies),
        undefined,
      );
      const problems = [...found.diagnostics];
      if (found.profile?.templates) {
        const [dir] = templateDirs(
          { documentPath: process.cwd(), agencyPath: found.path, agency: found.profile.templates },
          undefined,
          problems,
        );
        if (dir) folders.push({ path: dir, from: 'agency' });
      }
      if (problems.some((d) => d.severity === 'error')) {
        for (const d of problems) io.err(formatDiagnostic(d));
        setExit(EXIT.inputErrors);
        return;
      }
    }
    folders.push({ path: BUILTIN_TEMPLATES_DIR, from: 'builtin' });
    const summaries = await kindSummaries(folders.filter((f) => f.from !== 'builtin').map((f) => f.path));
    io.out(
      opts.json
        ? JSON.stringify(opts.agency ? { folders, kinds: summaries } : summaries, null, 2)
        : formatFolders(folders) + formatKinds(summaries),
    );
    setExit(EXIT.ok);
  });
}
