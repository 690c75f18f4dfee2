/**
 * A Nơi nhận list taller than the signature block: the entries beside the signature stay in the row that
 * never splits, the rest run on in a row that may break across pages. Rendered, judged by lint, read
 * back by the importer; a short list keeps its single row.
 */
import { describe, expect, it } from 'vitest';
import { check, render as renderFile } from '../../src/api/library.js';
import { importDocx } from '../../src/import/importDocx.js';
import { lintDocx } from '../../src/lint/lint.js';
import {
  entriesBesideSignature,
  entryLines,
  signatureHeightPt,
} from '../../src/render/docx/recipientsBeside.js';
import { asRead, kindWorkspace, loadClean, render } from './support.js';

const DISTRICTS = Array.from({ length: 24 }, (_, i) => `  - Ủy ban nhân dân huyện số ${i + 1} của tỉnh`);

const DECISION = (recipients: string[]) => `kind: quyet-dinh
agency: so-khcn-quang-binh
number: 45
issue_date: 2021-05-05
summary: Về việc giao nhiệm vụ theo dõi mùa vụ năm 2021
bases:
  - Căn cứ Luật Khoa học và Công nghệ ngày 18 tháng 6 năm 2013
proposal: Trưởng phòng Quản lý Khoa học
articles:
  - Giao các huyện theo dõi mùa vụ năm 2021 trên địa bàn.
  - Quyết định này có hiệu lực kể từ ngày ký. Chủ tịch Ủy ban nhân dân các huyện chịu trách nhiệm thi hành.
recipients:
${recipients.join('\n')}
archive:
  units: [VT, QLKH]
`;

/** The signature table: the last top-level table of the body. */
function signatureTableXml(documentXml: string): string {
  const tables = [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
  return tables.find((t) => t.includes('Nơi nhận:'))!;
}

const rowsOf = (table: string) => [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
const textOf = (xml: string) =>
  asRead([...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));

describe('a Nơi nhận list taller than the signature', () => {
  it('keeps as many entries beside the signature as reach its height, and runs the rest on in a row that may split', async () => {
    const ws = kindWorkspace();
    const { model } = loadClean(ws.write('data/qd.yaml', DECISION(DISTRICTS)));
    const rows = rowsOf(signatureTableXml((await render(model)).documentXml));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('<w:cantSplit/>');
    expect(rows[1]).not.toContain('<w:cantSplit/>');
    // The signature stands in the first row, with "Nơi nhận:" and the first entries.
    expect(textOf(rows[0]!)).toContain('GIÁM ĐỐC');
    expect(textOf(rows[0]!)).toContain('Văn Công Thới');
    expect(textOf(rows[1]!)).not.toContain('GIÁM ĐỐC');
    // Every entry once, in order, across the two rows; the run-on entries do not keep with the next.
    const items = model.recipients.items;
    const beside = entriesBesideSignature(model.recipients, model.signature, 12);
    expect(beside).toBeGreaterThan(3);
    expect(beside).toBeLessThan(items.length);
    expect(textOf(rows[0]!)).toContain(asRead(items[beside - 1]!));
    expect(textOf(rows[0]!)).not.toContain(asRead(items[beside]!));
    expect(textOf(rows[1]!).startsWith(asRead(items[beside]!))).toBe(true);
    expect(textOf(rows[1]!).endsWith('- Lưu: VT, QLKH.')).toBe(true);
    expect(rows[1]).not.toContain('<w:keepNext/>');
  });

  it('makes the first row reach the signature: the list shows no gap where the rows meet', () => {
    const ws = kindWorkspace();
    const { model } = loadClean(ws.write('data/qd.yaml', DECISION(DISTRICTS)));
    const beside = entriesBesideSignature(model.recipients, model.signature, 12);
    const lineHeight = (pt: number) => pt * 1.15;
    const left = (n: number) =>
      12 +
      lineHeight(12) +
      model.recipients.items.slice(0, n).reduce((h, item) => h + entryLines(item) * lineHeight(11), 0);
    const signature = signatureHeightPt(model.signature, 12);
    expect(left(beside)).toBeGreaterThanOrEqual(signature);
    expect(left(beside - 1)).toBeLessThan(signature);
  });

  it('counts the lines of an entry Word wraps and of one the clerk kept over lines', () => {
    expect(entryLines('- Ủy ban nhân dân huyện số 1 của tỉnh;')).toBe(1);
    expect(
      entryLines(
        '- Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn của tỉnh và các huyện, thị xã, thành phố trực thuộc;',
      ),
    ).toBeGreaterThanOrEqual(2);
    expect(entryLines('- Sở Tài chính,\nSở Kế hoạch và Đầu tư,\nKho bạc Nhà nước tỉnh;')).toBe(3);
  });

  it('keeps a list no taller than the signature in one row that never splits', async () => {
    const ws = kindWorkspace();
    const { model } = loadClean(ws.write('data/qd.yaml', DECISION(DISTRICTS.slice(0, 3))));
    const rows = rowsOf(signatureTableXml((await render(model)).documentXml));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('<w:cantSplit/>');
  });

  it('renders to a DOCX that lint passes and the importer reads back whole', async () => {
    const ws = kindWorkspace();
    const path = ws.write('data/qd.yaml', DECISION(DISTRICTS));
    expect((await check(path)).diagnostics.map((d) => d.code)).toEqual([]);
    const rendered = await renderFile(path, { write: false });
    const docx = new Uint8Array(rendered.docx!);
    expect(lintDocx(docx).map((f) => f.rule)).toEqual([]);
    const doc = importDocx(docx).document;
    // vanban's own "- Như Điều 2;" comes back as the clerk's entry, where it stood.
    expect(doc.recipients).toEqual(['Như Điều 2', ...DISTRICTS.map((line) => line.replace(/^ {2}- /, ''))]);
    expect(doc.archive).toBe('VT, QLKH');
  });
});
