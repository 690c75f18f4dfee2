/**
 * An office's workspace: the folder `vanban init` makes, where the office keeps its own files, apart
 * from the tool. It is marked by a file .vanban.json at its top; every command run on a document in it
 * (or, for a command without documents, run from inside it) finds the office's profiles in agencies/,
 * its own wording in templates/ when that folder exists, and writes to out/.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { isFolder } from '../io/isFolder.js';

export const WORKSPACE_MARKER = '.vanban.json';

/** The folders of a workspace, by role. Fixed names: the clerk's README and the editor settings name them. */
export const WORKSPACE_FOLDERS = {
  agencies: 'agencies',
  documents: 'van-ban',
  templates: 'templates',
  out: 'out',
  schemas: 'schemas',
} as const;

export interface Workspace {
  /** The workspace folder, absolute. */
  root: string;
  /** Agency profiles: <mã>.yaml. */
  agencies: string;
  /** The office's documents; `vanban new` writes here. */
  documents: string;
  /** Optional wording that replaces or adds to the built-in templates. */
  templates: string;
  /** Where DOCX, PDF and page images go. */
  out: string;
  /** Copies of the JSON Schemas, for the editor. */
  schemas: string;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function workspaceAt(root: string): Workspace {
  const dir = resolve(root);
  return {
    root: dir,
    agencies: join(dir, WORKSPACE_FOLDERS.agencies),
    documents: join(dir, WORKSPACE_FOLDERS.documents),
    templates: join(dir, WORKSPACE_FOLDERS.templates),
    out: join(dir, WORKSPACE_FOLDERS.out),
    schemas: join(dir, WORKSPACE_FOLDERS.schemas),
  };
}

/**
 * The workspace holding `path` (a file or folder, existing or not): the nearest folder at or above it
 * with a .vanban.json file; undefined outside any workspace.
 */
export function findWorkspace(path: string): Workspace | undefined {
  let dir = resolve(path);
  if (!isFolder(dir)) dir = dirname(dir);
  for (;;) {
    if (isFile(join(dir, WORKSPACE_MARKER))) return workspaceAt(dir);
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** What a workspace changes about a command's defaults; each only when the user gave no value. */
export interface WorkspaceDefaults {
  workspace?: Workspace;
  /** The workspace's agencies/, searched before the folders beside the document. */
  agenciesDir?: string;
  /** The workspace's templates/, when it has .hbs files. */
  templatesDir?: string;
  /** The workspace's out/, relative to `cwd` when that is shorter to read ("out", "../out"). */
  outDir?: string;
}

function hasTemplates(dir: string): boolean {
  try {
    return readdirSync(dir, { recursive: true }).some((name) => String(name).endsWith('.hbs'));
  } catch {
    return false;
  }
}

/** `out` as the user would type it from `cwd`: relative when inside cwd or near it, else absolute. */
function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  if (rel === '') return '.';
  return rel.split(/[\\/]/).filter((part) => part === '..').length > 2 ? path : rel;
}

/**
 * The workspace that documents `inputs` belong to (all of them in one workspace), or, when none of them
 * is in a workspace, the one `cwd` is in; with its folders as defaults. Inputs spread over two workspaces
 * get no defaults: each document then finds the profiles beside it, and outputs go where the command says.
 */
export function workspaceDefaults(inputs: readonly string[], cwd: string = process.cwd()): WorkspaceDefaults {
  const found = new Map<string, Workspace>();
  for (const input of inputs) {
    const ws = findWorkspace(resolve(cwd, input));
    if (ws) found.set(ws.root, ws);
  }
  if (found.size > 1) return {};
  const workspace = found.size === 1 ? [...found.values()][0] : findWorkspace(cwd);
  if (!workspace) return {};
  return {
    workspace,
    ...(isFolder(workspace.agencies) ? { agenciesDir: workspace.agencies } : {}),
    ...(hasTemplates(workspace.templates) ? { templatesDir: workspace.templates } : {}),
    outDir: shown(workspace.out, resolve(cwd)),
  };
}

/** True when `path` is inside (or is) the folder `dir`. */
export function isInside(path: string, dir: string): boolean {
  const rel = relative(resolve(dir), resolve(path));
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith('/') && !/^[a-zA-Z]:/.test(rel));
}
