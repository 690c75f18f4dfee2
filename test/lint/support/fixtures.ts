/**
 * Fixtures made from vanban's own output: render the shipped example once, then change one thing in
 * its XML and zip it again, the way a clerk's edit in Word would change it.
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import { loadDocument } from '../../../src/load/loadDocument.js';
import { renderDocx } from '../../../src/render/docx/renderDocx.js';
import { lintDocx } from '../../../src/lint/lint.js';
import type { Finding } from '../../../src/lint/finding.js';
import { openZip } from '../../../src/lint/zip.js';
import { zip } from './zipWriter.js';
import { SHIPPED_EXAMPLES } from '../../package/shipped.js';

export const REPO = join(import.meta.dirname, '..', '..', '..');

const cached = new Map<string, Promise<Uint8Array>>();

/** A shipped example (data/<name>) rendered by vanban, once per test file; the notice by default. */
export function exampleDocx(name = '2020-08-giao-ban.yaml'): Promise<Uint8Array> {
  let bytes = cached.get(name);
  if (!bytes) {
    bytes = (async () => {
      const loaded = loadDocument(join(REPO, 'data', name));
      if (!loaded.model)
        throw new Error(`example does not load: ${loaded.diagnostics.map((d) => d.code).join(', ')}`);
      return renderDocx(loaded.model);
    })();
    cached.set(name, bytes);
  }
  return bytes;
}

/** The shipped examples the fixtures start from, besides the notice. */
export const EXAMPLES = {
  notice: '2020-08-giao-ban.yaml',
  withAppendix: '2021-03-thong-bao-tuyen-chon.yaml',
  decision: '2021-04-quyet-dinh-hoi-dong.yaml',
  letter: '2021-05-cong-van-de-xuat-nhiem-vu.yaml',
  report: '2021-06-bao-cao-6-thang.yaml',
  plan: '2023-03-ke-hoach-phong-chong-thien-tai.yaml',
} as const;

/** Every shipped example document (package.json "files"). */
export function exampleDocuments(): string[] {
  return [...SHIPPED_EXAMPLES];
}

export type Parts = Map<string, string | Uint8Array>;

export function unpack(bytes: Uint8Array): Parts {
  const archive = openZip(bytes);
  const parts: Parts = new Map();
  for (const name of archive.names()) {
    const data = archive.read(name)!;
    parts.set(name, /\.(xml|rels)$/.test(name) ? data.toString('utf8') : new Uint8Array(data));
  }
  return parts;
}

export function repack(parts: Parts): Uint8Array {
  return zip(parts);
}

/** Replaces exactly one occurrence; a fixture whose search text is gone must fail loudly, not pass. */
export function replaceOnce(text: string, search: string | RegExp, replacement: string): string {
  const matches =
    typeof search === 'string'
      ? text.split(search).length - 1
      : (text.match(new RegExp(search, 'g')) ?? []).length;
  if (matches !== 1) throw new Error(`fixture: ${String(search)} found ${matches} times`);
  return text.replace(search, replacement);
}

/** Applies `change` to the one <w:p> whose text contains `containing`. */
export function inParagraph(xml: string, containing: string, change: (p: string) => string): string {
  const paragraphs = [...xml.matchAll(/<w:p(?: [^>]*)?>(?:(?!<w:p[ >]).)*?<\/w:p>/gs)].filter((m) =>
    m[0].includes(containing),
  );
  if (paragraphs.length !== 1)
    throw new Error(`fixture: ${paragraphs.length} paragraphs contain "${containing}"`);
  const m = paragraphs[0]!;
  const changed = change(m[0]);
  if (changed === m[0]) throw new Error(`fixture: paragraph "${containing}" unchanged`);
  return xml.slice(0, m.index) + changed + xml.slice(m.index! + m[0].length);
}

/** The example (the notice unless named) with one part changed. */
export async function mutated(
  part: string,
  change: (xml: string) => string,
  example?: string,
): Promise<Uint8Array> {
  const parts = unpack(await exampleDocx(example));
  const xml = parts.get(part);
  if (typeof xml !== 'string') throw new Error(`fixture: no part ${part}`);
  parts.set(part, change(xml));
  return repack(parts);
}

/** Adds a binary part (an image) with its relationship from the main document; returns the relationship id. */
export function addMedia(parts: Parts, name: string, bytes: Uint8Array, contentType: string): string {
  const path = `word/media/${name}`;
  parts.set(path, bytes);
  const ext = name.slice(name.lastIndexOf('.') + 1);
  const types = parts.get('[Content_Types].xml') as string;
  if (!types.includes(`Extension="${ext}"`))
    parts.set(
      '[Content_Types].xml',
      types.replace('<Default ', `<Default Extension="${ext}" ContentType="${contentType}"/><Default `),
    );
  const relsPath = 'word/_rels/document.xml.rels';
  const rels = parts.get(relsPath) as string;
  const id = `rIdFixture${name.replace(/\W/g, '')}`;
  parts.set(
    relsPath,
    rels.replace(
      '</Relationships>',
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/${name}"/></Relationships>`,
    ),
  );
  return id;
}

/** Changes several parts of an example at once. */
export async function mutatedParts(change: (parts: Parts) => void, example?: string): Promise<Uint8Array> {
  const parts = unpack(await exampleDocx(example));
  change(parts);
  return repack(parts);
}

export function ruleIds(findings: Finding[]): string[] {
  return [...new Set(findings.map((f) => f.rule))].sort();
}

/** Lints and asserts that exactly these rules fire (and say what fired when they do not). */
export function expectOnly(bytes: Uint8Array, ...rules: string[]): Finding[] {
  const findings = lintDocx(bytes);
  expect(ruleIds(findings), describe(findings)).toEqual([...rules].sort());
  return findings;
}

export function describe(findings: Finding[]): string {
  return findings
    .map(
      (f) =>
        `${f.rule} ${f.element.en}: ${f.property.en} ${f.expected.en} / ${f.found.en} @${f.where.paragraph ?? '-'}`,
    )
    .join('\n');
}
