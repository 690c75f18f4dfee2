/**
 * The shipped example rendered through LibreOffice and measured on the page, element by element,
 * against the decree (nd30-spec §1–§3). Without LibreOffice the test is skipped with a message;
 * under CI=true a missing LibreOffice is a failure.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument } from '../../src/load/loadDocument.js';
import { renderDocx } from '../../src/render/docx/renderDocx.js';
import { textWidthMm } from '../../src/measure/textWidth.js';
import {
  findLine,
  layoutTestsCanRun,
  measurePdf,
  renderDocxToPdfForTest,
  type PdfLayout,
  type PdfPage,
  type PdfTextLine,
} from '../support/pdfLayout.js';
import { EXAMPLE } from '../support/workspace.js';
import { tempFolder } from '../support/tempFolder.js';

const canRun = layoutTestsCanRun('the rendered-layout test of the shipped example');

const LEFT = 30;
const RIGHT = 210 - 15;
const HEADER_SPLIT = LEFT + 65;
const centre = (l: PdfTextLine) => l.leftMm + l.widthMm / 2;

function line(page: PdfPage, text: string | RegExp): PdfTextLine {
  const found = findLine(page, text);
  expect(found, `line ${String(text)} on page ${page.number}`).toBeDefined();
  return found!;
}

describe.skipIf(!canRun)('rendered layout of the shipped example (LibreOffice)', () => {
  let layout: PdfLayout;
  let first: PdfPage;
  let last: PdfPage;

  beforeAll(async () => {
    const dir = tempFolder('vanban-layout-');
    const docx = join(dir, 'example.docx');
    writeFileSync(docx, await renderDocx(loadDocument(EXAMPLE).model!));
    layout = await measurePdf(await renderDocxToPdfForTest(docx));
    first = layout.pages[0]!;
    last = layout.pages[layout.pages.length - 1]!;
  }, 180_000);

  it('is A4 portrait, in one serif family metric-compatible with Times New Roman', () => {
    expect(layout.pages.length).toBeGreaterThanOrEqual(2);
    for (const page of layout.pages) {
      expect(page.widthMm).toBeCloseTo(210, 0);
      expect(page.heightMm).toBeCloseTo(297, 0);
      for (const l of page.lines) {
        expect(l.fontFamily).toMatch(/^(Times New Roman|Liberation Serif)$/);
        expect(l.fontFamilies, `fallback font in "${l.text}"`).toHaveLength(1);
      }
    }
  });

  it('keeps text inside the margins: left 30, right 15, top 20, bottom 20 mm', () => {
    for (const page of layout.pages) {
      for (const l of page.lines) {
        expect(l.leftMm, l.text).toBeGreaterThanOrEqual(LEFT - 0.5);
        expect(l.leftMm + l.widthMm, l.text).toBeLessThanOrEqual(RIGHT + 0.5);
        if (!/^\d+$/.test(l.text)) {
          expect(l.topMm, l.text).toBeGreaterThanOrEqual(20 - 1.5);
          expect(l.topMm + l.heightMm, l.text).toBeLessThanOrEqual(297 - 20 + 0.5);
        }
      }
    }
    // Justified body lines run from margin to margin; first lines start 1 cm in (PL1-II.6.e).
    const bodyLines = first.lines.filter((l) => l.sizePt === 14 && !l.bold && l.widthMm > 150);
    expect(bodyLines.length).toBeGreaterThan(5);
    for (const l of bodyLines) {
      expect(
        [LEFT, LEFT + 10].some((x) => Math.abs(l.leftMm - x) < 0.5),
        `${l.text} starts at ${l.leftMm}`,
      ).toBe(true);
      expect(l.leftMm + l.widthMm).toBeLessThanOrEqual(RIGHT + 0.5);
    }
    // All but a paragraph's last line reach the right margin exactly.
    const flush = bodyLines.filter((l) => Math.abs(l.leftMm + l.widthMm - RIGHT) < 0.5);
    expect(flush.length / bodyLines.length).toBeGreaterThan(0.7);
    expect(bodyLines.some((l) => Math.abs(l.leftMm - (LEFT + 10)) < 0.5)).toBe(true);
  });

  it('sets the header elements at their sizes and styles, in their columns', () => {
    const qh = line(first, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const tn = line(first, 'Độc lập - Tự do - Hạnh phúc');
    const date = line(first, 'Quảng Bình, ngày 31 tháng 8 năm 2020');
    const parent = line(first, 'UBND TỈNH QUẢNG BÌNH');
    const agency = [line(first, 'SỞ KHOA HỌC'), line(first, 'VÀ CÔNG NGHỆ')];
    // The blank number leaves a gap, so "Số:" and "/TB-SKHCN" are read as two pieces of one line.
    const soParts = [line(first, /^Số:/), line(first, '/TB-SKHCN')];
    const so: PdfTextLine = {
      ...soParts[0]!,
      widthMm: soParts[1]!.leftMm + soParts[1]!.widthMm - soParts[0]!.leftMm,
    };
    expect([qh.sizePt, qh.bold, qh.italic]).toEqual([13, true, false]);
    expect([tn.sizePt, tn.bold]).toEqual([14, true]);
    expect([date.sizePt, date.italic, date.bold]).toEqual([14, true, false]);
    expect([parent.sizePt, parent.bold]).toEqual([13, false]);
    for (const a of agency) expect([a.sizePt, a.bold]).toEqual([13, true]);
    expect([so.sizePt, so.bold]).toEqual([13, false]);
    // Right column: quốc hiệu on one line, tiêu ngữ and date centred under it.
    for (const l of [tn, date]) expect(centre(l)).toBeCloseTo(centre(qh), 0);
    expect(qh.leftMm).toBeGreaterThan(HEADER_SPLIT - 2);
    // Left column: everything centred on one axis, left of the right column.
    for (const l of [parent, ...agency, so]) {
      expect(centre(l)).toBeCloseTo(centre(parent), 0);
      expect(l.leftMm + l.widthMm).toBeLessThan(qh.leftMm);
    }
    // The Số line stands on the row of the date line.
    expect(Math.abs(so.topMm + so.heightMm - (date.topMm + date.heightMm))).toBeLessThan(1.5);
    expect(qh.topMm).toBeLessThan(25);
  });

  it('draws the three rules at the lengths the decree gives, under their text', () => {
    const tn = line(first, 'Độc lập - Tự do - Hạnh phúc');
    const agencyLast = line(first, 'VÀ CÔNG NGHỆ');
    const summary = [line(first, /^Kết luận của Giám đốc Sở/), line(first, /^và nhiệm vụ trọng tâm/)];
    const ruleUnder = (l: PdfTextLine) =>
      first.rules.find(
        (r) =>
          r.yMm > l.topMm + l.heightMm - 1 &&
          r.yMm < l.topMm + l.heightMm + 4 &&
          Math.abs((r.leftMm + r.rightMm) / 2 - centre(l)) < 2,
      );

    const motto = ruleUnder(tn)!;
    expect(motto, 'rule under the tiêu ngữ').toBeDefined();
    expect(motto.lengthMm).toBeGreaterThan(tn.widthMm * 0.9);
    expect(motto.lengthMm).toBeLessThan(tn.widthMm * 1.1);
    expect(motto.lengthMm).toBeCloseTo(textWidthMm('Độc lập - Tự do - Hạnh phúc', 14, { bold: true }), 0);

    const agency = ruleUnder(agencyLast)!;
    expect(agency, 'rule under the agency').toBeDefined();
    const agencyWidth = Math.max(agencyLast.widthMm, line(first, 'SỞ KHOA HỌC').widthMm);
    expect(agency.lengthMm).toBeGreaterThanOrEqual(agencyWidth / 3 - 0.5);
    expect(agency.lengthMm).toBeLessThanOrEqual(agencyWidth / 2 + 0.5);

    const ty = ruleUnder(summary[1]!)!;
    expect(ty, 'rule under the trích yếu').toBeDefined();
    const summaryWidth = Math.max(...summary.map((l) => l.widthMm));
    expect(ty.lengthMm).toBeGreaterThanOrEqual(summaryWidth / 3 - 0.5);
    expect(ty.lengthMm).toBeLessThanOrEqual(summaryWidth / 2 + 0.5);
    expect((ty.leftMm + ty.rightMm) / 2).toBeCloseTo((LEFT + RIGHT) / 2, 0);
  });

  it('centres the type name and trích yếu on the page, bold 14', () => {
    for (const l of [line(first, 'THÔNG BÁO'), line(first, /^Kết luận của Giám đốc Sở/)]) {
      expect([l.sizePt, l.bold]).toEqual([14, true]);
      expect(centre(l)).toBeCloseTo((LEFT + RIGHT) / 2, 0);
    }
  });

  it('numbers pages from 2 at the top centre, 14 pt, and not page 1', () => {
    expect(first.lines.some((l) => /^\d+$/.test(l.text) && l.topMm < 20)).toBe(false);
    for (const page of layout.pages.slice(1)) {
      const n = page.lines.find((l) => l.text === String(page.number))!;
      expect(n, `page number on page ${page.number}`).toBeDefined();
      expect(n.topMm).toBeLessThan(20);
      expect(n.sizePt).toBe(14);
      expect(centre(n)).toBeCloseTo((LEFT + RIGHT) / 2, 0);
    }
  });

  it('sets the signature block and Nơi nhận side by side, level, with body text above them', () => {
    const label = line(last, 'Nơi nhận:');
    const title = line(last, 'GIÁM ĐỐC');
    const name = line(last, 'Văn Công Thới');
    const lastItem = line(last, '- Lưu: VT, VP.');
    expect([label.sizePt, label.bold, label.italic]).toEqual([12, true, true]);
    expect([lastItem.sizePt, lastItem.bold]).toEqual([11, false]);
    expect([title.sizePt, title.bold, name.sizePt, name.bold]).toEqual([14, true, 14, true]);
    expect(label.leftMm).toBeCloseTo(LEFT + 1, 0);
    expect(Math.abs(label.topMm - title.topMm)).toBeLessThan(2);
    expect(centre(name)).toBeCloseTo(centre(title), 0);
    expect(name.topMm - title.topMm).toBeGreaterThan(20);
    expect(title.leftMm).toBeGreaterThan(LEFT + 72);
    const above = last.lines.filter((l) => l.topMm < label.topMm && l.sizePt === 14 && !/^\d+$/.test(l.text));
    expect(above.length, 'body text above the signature on its page').toBeGreaterThan(0);
    expect(above.some((l) => l.text.endsWith('./.'))).toBe(true);
  });
});
