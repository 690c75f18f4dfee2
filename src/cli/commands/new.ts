/**
 * `vanban new <kind> [--from <previous.yaml>] [--month <yyyy-mm>]`: writes a new YAML, never over an
 * existing file unless --force. From a previous document it moves dates and month phrases on, keeps
 * the agency, units, signer and recipients, and marks carried-over tasks "# XEM LẠI".
 */
import { dirname, join, relative, resolve } from 'node:path';
import { findKind, KINDS } from '../../kinds/registry.js';
import { nextFileName, parseMonth, rollForward, skeletonYaml } from '../../kinds/newDocument.js';
import { agencyDirs, knownAgencies } from '../../load/loadAgency.js';
import { readSourceFile } from '../../load/readSourceFile.js';
import { writeFileSafely } from '../../io/writeFileSafely.js';
import { PACKAGE_ROOT } from '../../packageRoot.js';
import { findWorkspace, isInside } from '../../workspace/workspace.js';
import { toIso } from '../../text/dates.js';
import { formatDiagnostic } from '../../diagnostics/format.js';
import { EXIT, printDiagnostics, type Output } from '../report.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';

export interface NewOptions {
  from?: string;
  month?: string;
  output?: string;
  force?: boolean;
  agency?: string;
  /** Today, for a skeleton without --month (tests pass a fixed one). */
  today?: Date;
}

function kindOfText(text: string): string | undefined {
  return /^kind:\s*([a-z0-9-]+)/m.exec(text)?.[1];
}

/**
 * Where a new skeleton goes when -o is not given: the documents folder of the workspace the command runs
 * in. Outside a workspace there is no place that would not surprise (the tool's own folder, or wherever
 * the terminal happens to be), so the clerk is asked to choose; undefined then, with the message printed.
 */
function defaultSkeletonPath(name: string, io: Output): string | undefined {
  const cwd = process.cwd();
  const workspace = findWorkspace(cwd);
  if (workspace) {
    const folder = relative(cwd, workspace.documents) || '.';
    return join(folder, name);
  }
  const inTool = isInside(cwd, PACKAGE_ROOT);
  io.err(
    inTool
      ? `lỗi: vanban không ghi văn bản của cơ quan vào thư mục của chương trình (${PACKAGE_ROOT}).`
      : 'lỗi: thư mục hiện tại không phải thư mục làm việc của vanban, nên chưa biết ghi tệp mới vào đâu.',
  );
  io.err(
    `  gợi ý: tạo thư mục làm việc bằng "vanban init <thư mục>" rồi chạy lệnh trong thư mục đó (tệp mới vào van-ban/), hoặc chọn tên tệp: vanban new ... -o ${name}`,
  );
  return undefined;
}

/** `vanban new … --from x.docx`: the Word file as YAML text (the profile draft is written, the YAML not). */
async function importForNew(
  from: string,
  output: string,
): Promise<{ text?: string; diagnostics: Diagnostic[] }> {
  const { importFile } = await import('../../import/importFile.js');
  const outcome = importFile(from, { output, writeDocument: false });
  return { ...(outcome.text !== undefined ? { text: outcome.text } : {}), diagnostics: outcome.diagnostics };
}

export async function runNew(kindId: string, options: NewOptions, io: Output): Promise<number> {
  const kind = findKind(kindId);
  if (!kind) {
    io.err(`lỗi: không có loại văn bản "${kindId}". Các loại hiện có: ${KINDS.map((k) => k.id).join(', ')}.`);
    return EXIT.usage;
  }
  if (options.month !== undefined && !parseMonth(options.month)) {
    io.err(`lỗi: --month cần dạng năm-tháng, ví dụ 2020-09 (nhận được "${options.month}").`);
    return EXIT.usage;
  }

  let text: string;
  let path: string;
  if (options.from) {
    const fromWord = /\.docx$/i.test(options.from);
    // Last month's Word file: imported first (its agency profile drafted beside the new file), then rolled.
    const yamlName = options.from.replace(/\.docx$/i, '.yaml');
    const read = fromWord
      ? await importForNew(options.from, options.output ?? yamlName)
      : readSourceFile(options.from);
    if (read.diagnostics.some((d) => d.severity === 'error')) {
      printDiagnostics(read.diagnostics, 'vi', io);
      return EXIT.inputErrors;
    }
    const source = read.text ?? '';
    const fromKind = kindOfText(source);
    if (fromKind !== kind.id) {
      io.err(`lỗi: ${options.from} là văn bản loại "${fromKind ?? '?'}", không phải "${kind.id}".`);
      if (fromWord && fromKind) io.err(`  gợi ý: chạy vanban new ${fromKind} --from ${options.from}`);
      return EXIT.inputErrors;
    }
    const rolled = rollForward(source, kind, {
      month: options.month,
      fromName: options.from.split('/').pop()!,
    });
    if ('error' in rolled) {
      io.err(`lỗi: ${options.from} không có issue_date hợp lệ để tính tháng mới.`);
      return EXIT.inputErrors;
    }
    text = rolled.text;
    path = options.output ?? nextFileName(yamlName, rolled.month);
    io.err(
      `Dời ngày tháng ${rolled.delta} tháng (sang ${rolled.month}); ${rolled.reviewed} mục được đánh dấu "# XEM LẠI".`,
    );
    if (rolled.delta <= 0)
      io.err(
        `chú ý: --month ${options.month ?? ''} không sau tháng của ${options.from}: ngày tháng bị dời lùi hoặc giữ nguyên. Kiểm tra lại --month.`,
      );
  } else {
    const today = options.today ?? new Date();
    const month = options.month
      ? parseMonth(options.month)!
      : { year: today.getFullYear(), month: today.getMonth() + 1 };
    const day = options.month ? 1 : today.getDate();
    const name = `${month.year}-${String(month.month).padStart(2, '0')}-${kind.id}.yaml`;
    const where = options.output ?? defaultSkeletonPath(name, io);
    if (where === undefined) return EXIT.usage;
    path = where;
    const agencies = knownAgencies(agencyDirs(resolve(path)));
    // In a workspace, the schemas copied into it: the file keeps working wherever vanban is installed.
    const schemas = findWorkspace(resolve(path))?.schemas ?? join(PACKAGE_ROOT, 'schemas');
    const schemasPath = relative(dirname(resolve(path)), schemas)
      .split('\\')
      .join('/');
    if (options.agency !== undefined && agencies.length > 0 && !agencies.includes(options.agency)) {
      io.err(
        `lỗi: không có hồ sơ cơ quan "${options.agency}" (--agency). Các mã có: ${agencies.join(', ')}.`,
      );
      return EXIT.usage;
    }
    // Picking one of several profiles silently would give a wrong header nobody asked for.
    const agency = options.agency ?? (agencies.length === 1 ? agencies[0] : undefined);
    if (agency === undefined)
      io.err(
        `Chưa chọn cơ quan: ghi mã vào dòng "agency:" hoặc dùng --agency <mã>. Các mã có: ${agencies.join(', ') || '(chưa có hồ sơ cơ quan nào)'}.`,
      );
    text = skeletonYaml(kind, {
      agency,
      agencyChoices: agencies,
      issueDate: toIso({ year: month.year, month: month.month, day }),
      schemasPath: schemasPath || '.',
    });
  }

  const problem = writeFileSafely(path, new TextEncoder().encode(text), { force: options.force ?? false });
  if (problem) {
    io.err(formatDiagnostic(problem, 'vi'));
    return EXIT.inputErrors;
  }
  io.out(`Đã ghi ${path}`);
  io.out(`Sửa nội dung rồi chạy: vanban check ${path} && vanban render ${path}`);
  return EXIT.ok;
}
