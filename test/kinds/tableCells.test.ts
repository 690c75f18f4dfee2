/**
 * Table cells as offices lay them out (issue 12): several names one per line in a cell stay on their
 * lines, and a column can be aligned as the clerk wants; `vanban import` reads both back.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { check, render } from '../../src/api/library.js';
import { importFile } from '../../src/import/importFile.js';
import type { BodyTable } from '../../src/model/document.js';
import { agencyFolder } from '../support/agencyFolder.js';
import { unzip } from '../support/unzip.js';
import { textWidthMm } from '../../src/measure/textWidth.js';

const YAML = `kind: cong-van
agency: bo-khcn
unit: van-phong
issue_date: 2021-05-12
summary: Cử cán bộ tham gia đoàn kiểm tra
kinh_gui: Các đơn vị thuộc Bộ
intro:
  - Bộ Khoa học và Công nghệ đề nghị các đơn vị cử cán bộ theo danh sách sau.
items:
  - title: Danh sách
    table:
      columns: [TT, Đơn vị, Người được cử, Ghi chú]
      widths: [1, 4, 5, 3]
      align: [center, left, left, center]
      rows:
        - - 1
          - Văn phòng Bộ
          - |
            Ông Nguyễn Văn An
            Bà Trần Thị Bình
          - Trưởng đoàn
        - [2, Vụ Pháp chế, Ông Lê Văn Cường, Thành viên]
closing:
  - Đề nghị các đơn vị gửi danh sách trước ngày 20 tháng 5 năm 2021.
recipients:
  - Như trên
archive:
  units: [VT, VP]
`;

describe('table cells', () => {
  it('keeps a cell’s lines and the columns’ alignment in the model', async () => {
    const dir = agencyFolder('bo-khcn');
    const path = join(dir, 'cv.yaml');
    writeFileSync(path, YAML);
    const result = await check(path);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const table = result.model!.body.find((b): b is BodyTable => b.type === 'table')!;
    const cell = table.rows[1]![2]!;
    expect(cell.runs.map((r) => [r.text, r.lineBreak ?? false])).toEqual([
      ['Ông Nguyễn Văn An', false],
      ['Bà Trần Thị Bình', true],
    ]);
    expect(table.rows[1]!.map((c) => c.align)).toEqual(['center', 'left', 'left', 'center']);

    const rendered = await render(path, { write: false });
    const docx = join(dir, 'cv.docx');
    writeFileSync(docx, rendered.docx!);
    const output = join(dir, 'back.yaml');
    expect(importFile(docx, { output }).diagnostics).toEqual([]);
    const back = parse(readFileSync(output, 'utf8')) as { items: Array<{ table: Record<string, unknown> }> };
    const imported = back.items[0]!.table as { rows: string[][]; align: string[] };
    expect(imported.rows[0]![2]).toBe('Ông Nguyễn Văn An\nBà Trần Thị Bình');
    expect(imported.align).toEqual(['center', 'left', 'left', 'center']);
  });

  it('spans a row of one cell across the table ("Tổng cộng"), warns of a row of too few, and imports the span back', async () => {
    const dir = agencyFolder('bo-khcn');
    const path = join(dir, 'cv.yaml');
    writeFileSync(
      path,
      YAML.replace(
        '        - [2, Vụ Pháp chế, Ông Lê Văn Cường, Thành viên]\n',
        "        - [2, Vụ Pháp chế, Ông Lê Văn Cường, Thành viên]\n        - [3, Vụ Tổ chức cán bộ]\n        - ['Tổng cộng: 04 người']\n",
      ),
    );
    const result = await check(path);
    const short = result.diagnostics.filter((d) => d.code === 'TABLE_ROW_SHORT');
    expect(short.map((d) => [d.args.row, d.args.missing, d.location?.line])).toEqual([[3, 2, 23]]);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);

    const rendered = await render(path, { write: false });
    const xml = unzip(rendered.docx!).get('word/document.xml')!.toString('utf8');
    const rows = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    const total = rows.find((r) => r.includes('Tổng cộng: 04 người'))!;
    expect(total.match(/<w:tc>/g)).toHaveLength(1);
    expect(total).toContain('<w:gridSpan w:val="4"/>');
    // The short row is filled to four cells, so its borders close.
    expect(rows.find((r) => r.includes('Vụ Tổ chức cán bộ'))!.match(/<w:tc>/g)).toHaveLength(4);

    const docx = join(dir, 'cv.docx');
    writeFileSync(docx, rendered.docx!);
    const output = join(dir, 'back.yaml');
    importFile(docx, { output });
    const back = parse(readFileSync(output, 'utf8')) as { items: Array<{ table: { rows: string[][] } }> };
    expect(back.items[0]!.table.rows.at(-1)).toEqual(['Tổng cộng: 04 người']);
  });

  it('a column name with an unquoted comma: one warning at columns, not one per row', async () => {
    const dir = agencyFolder('bo-khcn');
    const path = join(dir, 'cv.yaml');
    const text = YAML.replace(
      'columns: [TT, Đơn vị, Người được cử, Ghi chú]',
      'columns: [TT, Đơn vị, Người được cử, Ghi chú, thêm]',
    ).replace(/^ {6}widths: .*\n/m, '');
    writeFileSync(path, text);
    const result = await check(path);
    const line = text.split('\n').findIndex((l) => l.includes('columns: [TT')) + 1;
    expect(
      result.diagnostics
        .filter((d) => d.code.startsWith('TABLE_'))
        .map((d) => [d.code, d.args.columns, d.args.cells, d.location?.line]),
    ).toEqual([['TABLE_COLUMNS_LONGER', 5, 4, line]]);
  });

  it('without widths:, sizes the columns by their text: a narrow TT, each name on one line, the full width', async () => {
    const dir = agencyFolder('bo-khcn');
    const path = join(dir, 'cv.yaml');
    writeFileSync(path, YAML.replace(/^ {6}widths: .*\n/m, ''));
    const rendered = await render(path, { write: false });
    const xml = unzip(rendered.docx!).get('word/document.xml')!.toString('utf8');
    const table = /<w:tbl>(?:(?!<\/w:tbl>)[\s\S])*?Người được cử[\s\S]*?<\/w:tbl>/.exec(xml)![0];
    const grid = [.../<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/.exec(table)![1]!.matchAll(/w:w="(\d+)"/g)].map(
      (m) => Number(m[1]) / 56.7,
    );
    expect(grid).toHaveLength(4);
    expect(grid.reduce((a, b) => a + b, 0)).toBeCloseTo(165, 0);
    expect(grid[0]).toBeLessThan(15);
    // "Ông Nguyễn Văn An" and "Thành viên" fit their columns on one line (13 pt, 1 mm padding each side).
    expect(grid[2]).toBeGreaterThan(textWidthMm('Ông Nguyễn Văn An', 13) + 2);
    expect(grid[3]).toBeGreaterThan(textWidthMm('Trưởng đoàn', 13) + 2);
  });
});
