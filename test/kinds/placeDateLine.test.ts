/**
 * The place-and-date line (ô 4) stays on one line: 14 pt when it fits, 13 pt when only that fits, and a
 * right column widened from the left one when even 13 pt needs more (a city named in full, as PL1-II.4.a
 * asks: "Thành phố Hồ Chí Minh, ngày 15 tháng 12 năm 2025"). Past what the agency block can give, a
 * located warning, never a silent wrap.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/loadDocument.js';
import { render as renderFile } from '../../src/api/library.js';
import { lintDocx } from '../../src/lint/lint.js';
import { textWidthMm } from '../../src/measure/textWidth.js';
import { mmToTwip } from '../../src/layout/units.js';
import { AGENCIES, kindWorkspace, loadClean, render } from './support.js';

const PROFILE = readFileSync(join(AGENCIES, 'so-khcn-quang-binh.yaml'), 'utf8');

const NOTICE = `kind: thong-bao
agency: so-khcn-quang-binh
issue_date: 2025-12-15
summary: Về việc tạm ngừng tiếp nhận hồ sơ trong kỳ nghỉ Tết
intro:
  - Sở tạm ngừng tiếp nhận hồ sơ từ ngày 14 đến hết ngày 22 tháng 02 năm 2026.
recipients:
  - Các tổ chức, cá nhân có liên quan
archive:
  units: [VT, VP]
`;

function workspaceWithPlace(place: string) {
  const ws = kindWorkspace();
  ws.write('data/agencies/so-khcn-quang-binh.yaml', PROFILE.replace(/^place: .*$/m, `place: ${place}`));
  return ws.write('data/tb.yaml', NOTICE);
}

/** The header table's two grid columns, in twips. */
function headerGrid(documentXml: string): number[] {
  const grid = /<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/.exec(documentXml)![1]!;
  return [...grid.matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
}

describe('the place-and-date line', () => {
  it('is set at 14 pt in the usual 65 + 100 mm header when it fits', async () => {
    const { model } = loadClean(workspaceWithPlace('Quảng Bình'));
    expect(model.header.placeDateSizePt).toBeUndefined();
    expect(model.header.leftColumnMm).toBeUndefined();
    expect(headerGrid((await render(model)).documentXml)).toEqual([mmToTwip(65), mmToTwip(100)]);
  });

  it('is set at 13 pt, on a wider right column, for a city named in full', async () => {
    const { model } = loadClean(workspaceWithPlace('Thành phố Hồ Chí Minh'));
    const line = model.header.placeDateLine!;
    expect(line).toBe('Thành phố Hồ Chí Minh, ngày 15 tháng 12 năm 2025');
    expect(model.header.placeDateSizePt).toBe(13);
    const left = model.header.leftColumnMm!;
    expect(left).toBeLessThan(65);
    expect(left).toBeGreaterThanOrEqual(55);
    // The line fits its column's text width (1 mm padding each side).
    expect(textWidthMm(line, 13, { italic: true })).toBeLessThanOrEqual(165 - left - 2);
    const r = await render(model);
    expect(headerGrid(r.documentXml)).toEqual([mmToTwip(left), mmToTwip(165 - left)]);
    const date = r.paragraphs.find((p) => p.includes('Thành phố Hồ Chí Minh, ngày'))!;
    expect(date).toContain('<w:sz w:val="26"/>');
    // The agency name is broken to the narrower column, and lint passes the whole page.
    for (const l of model.header.agencyLines)
      expect(textWidthMm(l, model.header.agencySizePt ?? 13, { bold: true })).toBeLessThanOrEqual(left - 2);
    const rendered = await renderFile(workspaceWithPlace('Thành phố Hồ Chí Minh'), { write: false });
    expect(lintDocx(new Uint8Array(rendered.docx!)).map((f) => f.rule)).toEqual([]);
  });

  it('is warned about at issue_date when no column could hold it, and printed as written', () => {
    const result = loadDocument(
      workspaceWithPlace('Thành phố Hồ Chí Minh thuộc Trung ương và rất nhiều chữ nữa cho thật dài'),
    );
    const warning = result.diagnostics.find((d) => d.code === 'DATE_LINE_TOO_WIDE');
    expect(warning?.location?.line).toBe(3);
    expect(result.model!.header.leftColumnMm).toBe(55);
    // At 13 pt, the least overflow the decree's sizes allow.
    expect(result.model!.header.placeDateSizePt).toBe(13);
    expect(result.model!.header.placeDateLine).toMatch(/^Thành phố Hồ Chí Minh thuộc Trung ương/);
  });
});
