/**
 * More signers (`members:`): the members of a board or an inspection team who sign a biên bản under the
 * main signature(s), three to a row. Rendered, judged by lint, refused when malformed, and read back by
 * the importer from vanban's output and from a real record whose names stand a row under their titles.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/loadDocument.js';
import { check, render as renderFile } from '../../src/api/library.js';
import { importDocx } from '../../src/import/importDocx.js';
import { lintDocx } from '../../src/lint/lint.js';
import { kindWorkspace, loadClean, render } from './support.js';

const RECORD = `kind: van-ban-khac
agency: so-khcn-quang-binh
type_name: Biên bản thẩm định
issue_date: 2024-06-03
date_line: "no"
summary: Hồ sơ đề nghị cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ
intro:
  - Hôm nay, tại trụ sở Sở, Tổ thẩm định tiến hành thẩm định hồ sơ của doanh nghiệp.
items:
  - title: Kết luận
    paragraphs:
      - Hồ sơ đáp ứng đủ điều kiện theo quy định.
signer:
  person: van-cong-thoi
  title_lines: [TỔ TRƯỞNG]
members:
MEMBERS
recipients: []
archive: VT
`;

const FOUR = [
  '  - { name: Nguyễn Văn An, title_lines: [Thành viên] }',
  '  - { name: Trần Thị Bình, title_lines: [THÀNH VIÊN] }',
  '  - { name: Lê Hoàng Cường, title_lines: [THÀNH VIÊN] }',
  '  - { person: van-cong-thoi, title_lines: [THÀNH VIÊN, PHÓ GIÁM ĐỐC] }',
].join('\n');

const record = (members: string) => RECORD.replace('MEMBERS', members);

describe('members: more signers under the signature', () => {
  it('print three to a row under the signature, titles in capitals, names level in each row', async () => {
    const ws = kindWorkspace();
    const { model } = loadClean(ws.write('data/bb.yaml', record(FOUR)));
    expect(model.members?.map((m) => [m.titleLines, m.name])).toEqual([
      [['THÀNH VIÊN'], 'Nguyễn Văn An'],
      [['THÀNH VIÊN'], 'Trần Thị Bình'],
      [['THÀNH VIÊN'], 'Lê Hoàng Cường'],
      [['THÀNH VIÊN', 'PHÓ GIÁM ĐỐC'], 'Văn Công Thới'],
    ]);
    const r = await render(model);
    const tables = [...r.documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const rows = tables.filter((t) => t.includes('THÀNH VIÊN'));
    expect(rows).toHaveLength(2);
    expect(rows[0]!.match(/<w:tc>/g)).toHaveLength(3);
    expect(rows[1]!.match(/<w:tc>/g)).toHaveLength(1);
    // The rows follow the signer's block, which holds the name of the one who signs.
    const signer = tables.findIndex((t) => t.includes('TỔ TRƯỞNG'));
    expect(tables.indexOf(rows[0]!)).toBeGreaterThan(signer);
    expect(rows[0]).toContain('<w:cantSplit/>');
  });

  it('render to a DOCX that lint passes, so check stays quiet', async () => {
    const ws = kindWorkspace();
    const path = ws.write('data/bb.yaml', record(FOUR));
    const checked = await check(path);
    expect(checked.diagnostics.map((d) => d.code)).toEqual([]);
    const rendered = await renderFile(path, { write: false });
    const findings = lintDocx(new Uint8Array(rendered.docx!));
    expect(findings.map((f) => f.rule)).toEqual([]);
  });

  it('need exactly one of name and person, and a person the profile knows', () => {
    const ws = kindWorkspace();
    for (const [line, code] of [
      ['  - { title_lines: [THÀNH VIÊN] }', 'MEMBER_SHAPE'],
      ['  - { name: Nguyễn Văn An, person: van-cong-thoi }', 'MEMBER_SHAPE'],
      ['  - { person: khong-co }', 'PERSON_UNKNOWN'],
    ] as const) {
      const result = loadDocument(ws.write('data/bb.yaml', record(line)));
      expect(
        result.diagnostics.map((d) => [d.code, d.location?.line]),
        line,
      ).toEqual([[code, RECORD.split('\n').indexOf('MEMBERS') + 1]]);
    }
  });

  it('are read back by the importer from what vanban renders', async () => {
    const ws = kindWorkspace();
    const rendered = await renderFile(ws.write('data/bb.yaml', record(FOUR)), { write: false });
    const doc = importDocx(new Uint8Array(rendered.docx!)).document;
    expect(doc.members).toEqual([
      { name: 'Nguyễn Văn An', title_lines: ['THÀNH VIÊN'] },
      { name: 'Trần Thị Bình', title_lines: ['THÀNH VIÊN'] },
      { name: 'Lê Hoàng Cường', title_lines: ['THÀNH VIÊN'] },
      { name: 'Văn Công Thới', title_lines: ['THÀNH VIÊN', 'PHÓ GIÁM ĐỐC'] },
    ]);
    expect(doc.appendices).toBeUndefined();
  });
});

const REAL_DOCS = join(import.meta.dirname, '../../../shared/real-docs');
const record030 = existsSync(REAL_DOCS)
  ? readdirSync(REAL_DOCS).find((f) => f.startsWith('030-'))
  : undefined;

describe.skipIf(record030 === undefined)('members of a real record', () => {
  it('are read where each name stands in the row under its title, and nothing is left as an appendix', () => {
    const doc = importDocx(new Uint8Array(readFileSync(join(REAL_DOCS, record030!)))).document;
    const members = doc.members as Array<{ name: string; title_lines: string[] }>;
    expect(members).toHaveLength(3);
    expect(members.every((m) => m.title_lines.join() === 'THÀNH VIÊN')).toBe(true);
    expect(doc.appendices).toBeUndefined();
  });
});
