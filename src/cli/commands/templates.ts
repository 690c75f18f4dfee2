/**
 * `vanban templates`: the document kinds, one line each, the fields each needs and its template file.
 * The kinds are imported when the command runs, so registering it costs `vanban --help` nothing.
 */
import type { Command } from 'commander';
import { EXIT, type Output } from '../report.js';
import { vietnameseHelp } from '../vietnameseHelp.js';

export interface KindSummary {
  id: string;
  description: string;
  required: string[];
  optional: string[];
  template?: string;
}

/** Required and optional top-level fields of each kind ("kind" itself left out). */
export async function kindSummaries(templatesDir?: string): Promise<KindSummary[]> {
  const [{ KINDS }, { OptionalField }, { TemplateStore }] = await Promise.all([
    import('../../kinds/registry.js'),
    import('../../schema/schema.js'),
    import('../../template/templateStore.js'),
  ]);
  const store = new TemplateStore(templatesDir);
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

export function registerTemplates(program: Command, io: Output, setExit: (code: number) => void): void {
  const command = program
    .command('templates')
    .description('liệt kê các loại văn bản, các trường cần có và tệp mẫu của từng loại')
    .option('--templates <thư mục>', 'thư mục mẫu riêng, thay hoặc bổ sung mẫu có sẵn')
    .option('--json', 'in dạng JSON');
  vietnameseHelp(command);
  command.action(async (opts: { templates?: string; json?: boolean }) => {
    const summaries = await kindSummaries(opts.templates);
    io.out(opts.json ? JSON.stringify(summaries, null, 2) : formatKinds(summaries));
    setExit(EXIT.ok);
  });
}
