/** Helpers for the kinds' tests: a workspace with every shipped profile, and the rendered XML. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { loadDocument, type LoadOptions, type LoadResult } from '../../src/load/loadDocument.js';
import type { OfficialDocument } from '../../src/model/document.js';
import { renderDocx } from '../../src/render/docx/renderDocx.js';
import { paragraphTexts, unzip } from '../support/unzip.js';
import { REPO } from '../support/workspace.js';
import { tempFolder } from '../support/tempFolder.js';
import { SHIPPED_AGENCY_IDS } from '../package/shipped.js';

export const DATA = join(REPO, 'data');
export const AGENCIES = join(DATA, 'agencies');

export interface KindWorkspace {
  dir: string;
  write(relative: string, content: string): string;
}

/** A throw-away office folder with data/agencies/ holding every shipped profile. */
export function kindWorkspace(): KindWorkspace {
  const dir = tempFolder('vanban-kinds-');
  mkdirSync(join(dir, 'data', 'agencies'), { recursive: true });
  for (const id of SHIPPED_AGENCY_IDS)
    copyFileSync(join(AGENCIES, `${id}.yaml`), join(dir, 'data', 'agencies', `${id}.yaml`));
  return {
    dir,
    write(relative, content) {
      const path = join(dir, relative);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, content);
      return path;
    },
  };
}

export function example(name: string): string {
  return readFileSync(join(DATA, name), 'utf8');
}

/** Loads a document and insists it has no diagnostics at all. */
export function loadClean(path: string, options: LoadOptions = {}): LoadResult & { model: OfficialDocument } {
  const result = loadDocument(path, options);
  expect(result.diagnostics.map((d) => `${d.code} ${JSON.stringify(d.args)}`)).toEqual([]);
  expect(result.model).toBeDefined();
  return result as LoadResult & { model: OfficialDocument };
}

export interface Rendered {
  parts: Map<string, Buffer>;
  documentXml: string;
  /** Each w:p's text, in order (tables' cells included). */
  texts: string[];
  /** Each w:p element's XML, aligned with texts. */
  paragraphs: string[];
  part(name: string): string;
}

export async function render(model: OfficialDocument): Promise<Rendered> {
  const parts = unzip(await renderDocx(model));
  const documentXml = parts.get('word/document.xml')!.toString('utf8');
  return {
    parts,
    documentXml,
    texts: paragraphTexts(documentXml),
    paragraphs: [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]),
    part: (name) => parts.get(name)?.toString('utf8') ?? '',
  };
}

/** Plain text of every body paragraph of the model (tables contribute nothing). */
export function bodyTexts(model: OfficialDocument): string[] {
  return model.body.map((b) => b.runs.map((r) => r.text).join(''));
}

/** A paragraph's text as a reader sees it: the no-break spaces that keep words on one line read as spaces. */
export const asRead = (text: string): string => text.replace(/\u00a0/g, ' ');

/** The paragraph XML whose text, as read, is exactly `text`. */
export function paragraphWith(r: Rendered, text: string): string {
  const i = r.texts.findIndex((t) => asRead(t) === text);
  expect(i, `paragraph "${text}"`).toBeGreaterThanOrEqual(0);
  return r.paragraphs[i]!;
}
