/**
 * Test-only helpers for hostile custom templates: a throw-away office folder with a --templates folder
 * (mau/), loaded through the library or rendered through the built CLI (bin/vanban.js, as after
 * `npm run build`). Every folder made here is removed by cleanUp(), which each test file runs afterEach.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument, type LoadResult } from '../../src/load/loadDocument.js';
import { exampleText, makeWorkspace, REPO, type Workspace } from '../support/workspace.js';
import { unzip } from '../support/unzip.js';

export const BIN = join(REPO, 'bin', 'vanban.js');
export const shipped = (name: string) => readFileSync(join(REPO, 'templates', `${name}.hbs`), 'utf8');
/** The template of the example document (data/2020-08-giao-ban.yaml). */
export const TEMPLATE = shipped('thong-bao-ket-luan');
export const TEMPLATE_FILE = 'mau/thong-bao-ket-luan.hbs';

const made: string[] = [];

export function cleanUp(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface Case {
  ws: Workspace;
  /** The library's answer for data/doc.yaml with --templates mau. */
  load(): LoadResult;
  /** `vanban render data/doc.yaml -o doc.docx --templates mau --lang en` with the built CLI. */
  cli(...extra: string[]): CliResult;
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Whether doc.docx exists after the run. */
  written: boolean;
  /** word/document.xml of doc.docx. */
  documentXml(): string;
  /** Every XML part of doc.docx, by name. */
  parts(): Map<string, string>;
}

/** A workspace whose mau/ folder holds `templates` (name → text, e.g. 'partials/x'), with `data`. */
export function templateCase(templates: Record<string, string | Uint8Array>, data = exampleText()): Case {
  const ws = makeWorkspace();
  made.push(ws.dir);
  ws.write('data/doc.yaml', data);
  for (const [name, text] of Object.entries(templates)) ws.write(`mau/${name}.hbs`, text);
  return {
    ws,
    load: () => loadDocument(ws.path('data/doc.yaml'), { templatesDir: ws.path('mau') }),
    cli(...extra) {
      const r = spawnSync(
        process.execPath,
        [BIN, 'render', 'data/doc.yaml', '-o', 'doc.docx', '--templates', 'mau', '--lang', 'en', ...extra],
        { cwd: ws.dir, encoding: 'utf8', timeout: 30_000, killSignal: 'SIGKILL' },
      );
      const docx = ws.path('doc.docx');
      const parts = () => {
        const out = new Map<string, string>();
        for (const [name, bytes] of unzip(readFileSync(docx)))
          if (name.endsWith('.xml') || name.endsWith('.rels')) out.set(name, bytes.toString('utf8'));
        return out;
      };
      return {
        code: r.status,
        signal: r.signal,
        stdout: r.stdout,
        stderr: r.stderr,
        written: existsSync(docx),
        parts,
        documentXml: () => parts().get('word/document.xml')!,
      };
    },
  };
}

/** 1-based line and column of the first `needle` in `text`. */
export function positionOf(text: string, needle: string): { line: number; column: number } {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`fixture: "${needle}" not found`);
  const before = text.slice(0, index);
  return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
}

/** The template with `{{closing}}` (the last paragraph) replaced. */
export function withClosing(replacement: string, template = TEMPLATE): string {
  if (!template.includes('{{closing}}')) throw new Error('fixture: {{closing}} not in the template');
  return template.replace('{{closing}}', replacement);
}

/** A character XML 1.0 does not allow. */
export const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
