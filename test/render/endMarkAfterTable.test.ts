/**
 * "./." follows the last words of the content (issue 12): content that ends with a table gets the mark
 * on a paragraph of its own after the table, not on the heading before it; a closing sentence after the
 * table takes it as before. Lint and check agree, and import reads the document back unchanged.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, render } from '../../src/api/library.js';
import { importFile } from '../../src/import/importFile.js';
import { lintDocx } from '../../src/lint/lint.js';
import { agencyFolder } from '../support/agencyFolder.js';
import { paragraphTexts, unzip } from '../support/unzip.js';
import { printed } from '../import/support/printed.js';

const HEAD = `kind: ke-hoach
agency: so-khcn-quang-binh
issue_date: 2024-02-07
summary: Kế hoạch thử bảng ở cuối nội dung
recipients: [Các phòng, đơn vị thuộc Sở]
archive: { units: [VT, VP] }
items:
  - title: Mục đích
    paragraphs: [Bảo đảm an toàn cho người và tài sản.]
  - title: Kinh phí
    items:
      - title: Dự toán kinh phí
        table:
          columns: [TT, Nội dung, Kinh phí (đồng)]
          widths: [1, 6, 3]
          rows:
            - [1, Tập huấn, '15.000.000']
            - ['', Tổng cộng, '15.000.000']
`;

/** The body of document.xml up to the signature table (the one holding "Nơi nhận:"). */
function beforeSignature(docx: Uint8Array): string {
  const xml = unzip(docx).get('word/document.xml')!.toString('utf8');
  const signature = xml.lastIndexOf('<w:tbl>', xml.indexOf('Nơi nhận:'));
  return xml.slice(0, signature);
}

/** The last paragraph with text in `xml`, its text and where it starts. */
function lastParagraph(xml: string): { text: string; at: number } {
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((m) => ({ text: paragraphTexts(m[0])[0] ?? '', at: m.index }))
    .filter((p) => p.text !== '');
  return paragraphs.at(-1)!;
}

async function rendered(yaml: string, name: string): Promise<{ path: string; docx: Uint8Array }> {
  const dir = agencyFolder('so-khcn-quang-binh');
  const path = join(dir, name);
  writeFileSync(path, yaml);
  const result = await render(path, { write: false });
  expect(result.diagnostics).toEqual([]);
  return { path, docx: result.docx! };
}

describe('"./." when the content ends with a table', () => {
  it('stands on its own paragraph after the table; the heading before keeps no mark', async () => {
    const { path, docx } = await rendered(HEAD, 'kh.yaml');
    const body = beforeSignature(docx);
    const last = lastParagraph(body);
    expect(last.text).toBe('./.');
    expect(last.at).toBeGreaterThan(body.lastIndexOf('</w:tbl>'));
    expect(paragraphTexts(body)).toContain('1. Dự toán kinh phí');
    expect(lintDocx(docx)).toEqual([]);
    expect((await check(path)).diagnostics).toEqual([]);
  });

  it('goes on the closing sentence when one follows the table', async () => {
    const { docx } = await rendered(`${HEAD}closing: [Sở thông báo để các đơn vị thực hiện.]\n`, 'kh2.yaml');
    const body = beforeSignature(docx);
    const last = lastParagraph(body);
    expect(last.text).toBe('Sở thông báo để các đơn vị thực hiện./.');
    expect(last.at).toBeGreaterThan(body.lastIndexOf('</w:tbl>'));
    expect(paragraphTexts(body).filter((t) => t.includes('./.'))).toHaveLength(1);
    expect(lintDocx(docx)).toEqual([]);
  });

  it('imports back to the same document', async () => {
    const { path, docx } = await rendered(HEAD, 'kh3.yaml');
    const file = join(path, '..', 'kh3.docx');
    writeFileSync(file, docx);
    const output = join(path, '..', 'back', 'kh3.yaml');
    expect(importFile(file, { output }).diagnostics).toEqual([]);
    const back = await check(output);
    expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const original = await check(path);
    expect(printed(back.model!)).toEqual(printed(original.model!));
  });
});
