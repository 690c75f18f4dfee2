/**
 * `vanban init <folder>`: a workspace of the office's own, outside the tool. It holds the office's agency
 * profiles, documents, optional wording, outputs, a README for the clerk and editor settings so VS Code
 * validates the YAML wherever the folder is. Nothing existing is ever replaced: running it again on a
 * workspace adds only what is missing (new schemas of a newer vanban, a deleted README).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { writeFileSafely } from '../io/writeFileSafely.js';
import { BUILTIN_TEMPLATES_DIR, PACKAGE_ROOT } from '../packageRoot.js';
import { clerkReadme } from './readme.js';
import { shippedAgencyIds } from './shipped.js';
import { findWorkspace, isInside, WORKSPACE_FOLDERS, WORKSPACE_MARKER, workspaceAt } from './workspace.js';

/** The shipped example copied into a new workspace, so the first render works at once. */
export const SEED_EXAMPLE = '2020-08-giao-ban.yaml';
/** The combined schema: any kind, chosen by `kind:`; the editor settings map van-ban/ to it. */
export const DOCUMENT_SCHEMA = 'van-ban.schema.json';

export interface InitOptions {
  /** Also copy the built-in templates into templates/, for the office to edit its wording. */
  templates?: boolean;
}

export interface InitProblem {
  code: 'INIT_INSIDE_TOOL' | 'INIT_INSIDE_WORKSPACE' | 'INIT_NOT_A_FOLDER' | 'INIT_NOT_WRITABLE';
  /** Vietnamese, for the clerk. */
  message: string;
  messageEn: string;
}

export interface InitResult {
  /** The workspace folder, absolute. */
  root: string;
  /** Files and folders made, relative to root, in the order made. */
  created: string[];
  /** Files that were there already and were left as they were. */
  kept: string[];
  /** The agency profiles the workspace has (ids). */
  agencies: string[];
  /** Set when nothing was done. */
  problem?: InitProblem;
}

const SHIPPED_AGENCIES = join(PACKAGE_ROOT, 'data', 'agencies');
const SHIPPED_SCHEMAS = join(PACKAGE_ROOT, 'schemas');

function filesIn(dir: string, suffix: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith(suffix))
      .sort();
  } catch {
    return [];
  }
}

/**
 * One JSON Schema for every kind, chosen by `kind:` (draft-07 if/then): a folder of documents of mixed
 * kinds gets completion and checks for each. The kinds' schemas have no $ref, so each is inlined whole.
 */
export function combinedDocumentSchema(kindSchemas: ReadonlyMap<string, Record<string, unknown>>): string {
  const kinds = [...kindSchemas.keys()];
  const branches = [...kindSchemas].map(([kind, schema]) => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { $schema, $id, ...rest } = schema;
    return { if: { properties: { kind: { const: kind } }, required: ['kind'] }, then: rest };
  });
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Văn bản (vanban): mọi loại, theo dòng kind:',
    type: 'object',
    // No required kind: a document split over several files has it in one of them only.
    properties: { kind: { description: 'Loại văn bản', enum: kinds } },
    allOf: branches,
  };
  return JSON.stringify(schema, null, 2) + '\n';
}

function vscodeSettings(): string {
  const settings = {
    'yaml.schemas': {
      [`./${WORKSPACE_FOLDERS.schemas}/agency.schema.json`]: [`${WORKSPACE_FOLDERS.agencies}/*.yaml`],
      [`./${WORKSPACE_FOLDERS.schemas}/${DOCUMENT_SCHEMA}`]: [`${WORKSPACE_FOLDERS.documents}/**/*.yaml`],
    },
    // Files saved in an old Vietnamese code page are refused by vanban; the editor should write UTF-8.
    'files.encoding': 'utf8',
    'files.autoGuessEncoding': false,
    '[yaml]': { 'editor.insertSpaces': true, 'editor.tabSize': 2 },
  };
  return JSON.stringify(settings, null, 2) + '\n';
}

const VSCODE_EXTENSIONS = JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2) + '\n';

/** A shipped profile or document as it reads inside the workspace: schema line and hints pointing there. */
function forWorkspace(text: string, schemaLine: string): string {
  return text
    .replace(/^# yaml-language-server: \$schema=.*$/m, `# yaml-language-server: $schema=${schemaLine}`)
    .replace(/\bdata\/agencies\//g, `${WORKSPACE_FOLDERS.agencies}/`)
    .replace(/\bdata\/(\d{4}-\d{2})/g, `${WORKSPACE_FOLDERS.documents}/$1`);
}

export function initWorkspace(folder: string, options: InitOptions = {}): InitResult {
  const root = resolve(folder);
  const result: InitResult = { root, created: [], kept: [], agencies: [] };
  if (isInside(root, PACKAGE_ROOT) || isInside(PACKAGE_ROOT, root)) {
    result.problem = {
      code: 'INIT_INSIDE_TOOL',
      message: `"${folder}" nằm trong (hoặc chứa) thư mục của chương trình vanban (${PACKAGE_ROOT}). Tệp của cơ quan cần để riêng: chọn một thư mục khác, ví dụ trong thư mục Tài liệu.`,
      messageEn: `"${folder}" is inside (or holds) vanban's own folder (${PACKAGE_ROOT}). The office's files belong elsewhere: choose another folder, e.g. in your Documents.`,
    };
    return result;
  }
  if (existsSync(root) && !statSync(root).isDirectory()) {
    result.problem = {
      code: 'INIT_NOT_A_FOLDER',
      message: `"${folder}" là một tệp, không phải thư mục. Chọn tên khác cho thư mục làm việc.`,
      messageEn: `"${folder}" is a file, not a folder. Choose another name for the workspace.`,
    };
    return result;
  }
  const outer = findWorkspace(root);
  if (outer && outer.root !== root) {
    result.problem = {
      code: 'INIT_INSIDE_WORKSPACE',
      message: `"${folder}" đã nằm trong thư mục làm việc ${outer.root}. Dùng luôn thư mục đó, hoặc chọn một thư mục bên ngoài.`,
      messageEn: `"${folder}" is already inside the workspace ${outer.root}. Use that one, or choose a folder outside it.`,
    };
    return result;
  }

  const write = (path: string, text: string | Uint8Array): void => {
    const shown = relative(root, path).split('\\').join('/');
    if (existsSync(path)) {
      result.kept.push(shown);
      return;
    }
    const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
    const problem = writeFileSafely(path, bytes, { force: false });
    // A file that appeared meanwhile is kept like any other; any other failure stops the whole run.
    if (problem?.code === 'OUTPUT_EXISTS') result.kept.push(shown);
    else if (problem) throw new NotWritable(String(problem.args.detail ?? problem.args.path));
    else result.created.push(shown);
  };
  const folderOf = (path: string): void => {
    if (existsSync(path)) return;
    mkdirSync(path, { recursive: true });
    result.created.push(`${relative(root, path).split('\\').join('/')}/`);
  };

  try {
    fill(root, options, result, write, folderOf);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!(error instanceof NotWritable) && !(code && /^E[A-Z]+$/.test(code))) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    result.problem = {
      code: 'INIT_NOT_WRITABLE',
      message: `Không ghi được vào "${folder}": ${detail}. Kiểm tra quyền ghi của thư mục, hoặc chọn thư mục khác.`,
      messageEn: `Cannot write into "${folder}": ${detail}. Check that the folder is writable, or choose another.`,
    };
  }
  return result;
}

/** A write that failed for another reason than an existing file. */
class NotWritable extends Error {}

function fill(
  root: string,
  options: InitOptions,
  result: InitResult,
  write: (path: string, text: string | Uint8Array) => void,
  folderOf: (path: string) => void,
): void {
  const ws = workspaceAt(root);
  mkdirSync(root, { recursive: true });
  write(join(root, WORKSPACE_MARKER), JSON.stringify({ vanbanWorkspace: 1 }, null, 2) + '\n');

  folderOf(ws.agencies);
  // Only vanban's own profiles: a development checkout's data/agencies/ may hold an office's too.
  for (const name of shippedAgencyIds().map((id) => `${id}.yaml`)) {
    const text = readFileSync(join(SHIPPED_AGENCIES, name), 'utf8');
    write(join(ws.agencies, name), forWorkspace(text, `../${WORKSPACE_FOLDERS.schemas}/agency.schema.json`));
  }
  result.agencies = filesIn(ws.agencies, '.yaml').map((name) => name.replace(/\.yaml$/, ''));

  folderOf(ws.documents);
  const seed = join(PACKAGE_ROOT, 'data', SEED_EXAMPLE);
  if (existsSync(seed))
    write(
      join(ws.documents, SEED_EXAMPLE),
      forWorkspace(
        readFileSync(seed, 'utf8'),
        `../${WORKSPACE_FOLDERS.schemas}/thong-bao-ket-luan.schema.json`,
      ),
    );

  folderOf(ws.out);

  folderOf(ws.schemas);
  const kindSchemas = new Map<string, Record<string, unknown>>();
  const schemaFiles = filesIn(SHIPPED_SCHEMAS, '.schema.json').filter((name) => name !== DOCUMENT_SCHEMA);
  for (const name of schemaFiles) {
    const text = readFileSync(join(SHIPPED_SCHEMAS, name), 'utf8');
    write(join(ws.schemas, name), text);
    if (name !== 'agency.schema.json')
      kindSchemas.set(name.replace(/\.schema\.json$/, ''), JSON.parse(text) as Record<string, unknown>);
  }
  write(join(ws.schemas, DOCUMENT_SCHEMA), combinedDocumentSchema(kindSchemas));

  folderOf(join(root, '.vscode'));
  write(join(root, '.vscode', 'settings.json'), vscodeSettings());
  write(join(root, '.vscode', 'extensions.json'), VSCODE_EXTENSIONS);

  if (options.templates) {
    folderOf(ws.templates);
    for (const name of filesIn(BUILTIN_TEMPLATES_DIR, '.hbs'))
      write(join(ws.templates, name), readFileSync(join(BUILTIN_TEMPLATES_DIR, name)));
    const partials = join(BUILTIN_TEMPLATES_DIR, 'partials');
    if (filesIn(partials, '.hbs').length > 0) folderOf(join(ws.templates, 'partials'));
    for (const name of filesIn(partials, '.hbs'))
      write(join(ws.templates, 'partials', name), readFileSync(join(partials, name)));
  }

  write(join(root, 'README.md'), clerkReadme({ agencies: result.agencies, seed: SEED_EXAMPLE }));
}
