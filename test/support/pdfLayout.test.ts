import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BorderStyle, Document, Packer, Paragraph, TextRun, convertMillimetersToTwip as mm } from 'docx';
import {
  findLine,
  findRules,
  layoutTestsCanRun,
  linesMatching,
  parseFontName,
  parsePgm,
  measurePdf,
  renderDocxToPdfForTest,
  type PdfPage,
} from './pdfLayout.js';

const canRun = layoutTestsCanRun('pdfLayout tests');
const FONT = 'Times New Roman';
const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';

/** A4, text area from 30 mm (left) to 195 mm (right); the bordered paragraph spans 80–140 mm. */
function sampleDocument(): Document {
  return new Document({
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
          },
        },
        children: [
          new Paragraph({
            children: [new TextRun({ text: NATIONAL_NAME, bold: true, size: 28, font: FONT })],
          }),
          new Paragraph({
            children: [
              new TextRun({
                text: 'Độc lập - Tự do - Hạnh phúc & <ok>',
                italics: true,
                size: 28,
                font: FONT,
              }),
            ],
          }),
          new Paragraph({
            indent: { left: mm(50), right: mm(55) },
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
            children: [new TextRun({ text: '', size: 28, font: FONT })],
          }),
        ],
      },
    ],
  });
}

describe.skipIf(!canRun)('measurePdf on a LibreOffice rendering', () => {
  let dir: string;
  let page: PdfPage;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vanban-layout-'));
    const docx = join(dir, 'sample.docx');
    writeFileSync(docx, await Packer.toBuffer(sampleDocument()));
    const layout = await measurePdf(await renderDocxToPdfForTest(docx));
    expect(layout.pages).toHaveLength(1);
    page = layout.pages[0] as PdfPage;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports an A4 page in millimetres', () => {
    expect(page.number).toBe(1);
    expect(page.widthMm).toBeCloseTo(210, 0);
    expect(page.heightMm).toBeCloseTo(297, 0);
  });

  it('finds the bold 14 pt serif line whole, even where a fallback font supplies "Ộ"', () => {
    const line = findLine(page, NATIONAL_NAME);
    expect(line?.text).toBe(NATIONAL_NAME);
    if (!line) return;
    expect(line.bold).toBe(true);
    expect(line.italic).toBe(false);
    expect(Math.abs(line.sizePt - 14)).toBeLessThanOrEqual(0.5);
    expect(line.fontFamily).toMatch(/Times|Liberation Serif/);
    expect(line.leftMm).toBeGreaterThanOrEqual(30 - 0.5);
    expect(line.leftMm).toBeLessThan(31);
    expect(line.topMm).toBeGreaterThanOrEqual(20 - 0.5);
    expect(line.topMm).toBeLessThan(22);
  });

  it('finds the italic line and decodes XML entities', () => {
    const line = findLine(page, /^Độc lập - Tự do - Hạnh phúc/);
    expect(line?.text).toBe('Độc lập - Tự do - Hạnh phúc & <ok>');
    expect(line?.italic).toBe(true);
    expect(line?.bold).toBe(false);
    expect(linesMatching(page, /Tự do/g)).toHaveLength(1);
    expect(linesMatching(page, /Tự do/g)).toHaveLength(1); // a /g pattern's lastIndex must not leak
  });

  it('finds the 60 mm paragraph border as a thin rule between the indents', () => {
    const rule = page.rules.find((r) => Math.abs(r.lengthMm - 60) <= 1.5);
    expect(rule, JSON.stringify(page.rules)).toBeDefined();
    if (!rule) return;
    expect(rule.leftMm).toBeCloseTo(80, 0);
    expect(rule.rightMm).toBeCloseTo(140, 0);
    expect(rule.thicknessMm).toBeLessThan(0.5);
    const italic = findLine(page, 'Hạnh phúc');
    expect(rule.yMm).toBeGreaterThan((italic?.topMm ?? 0) + (italic?.heightMm ?? 0));
    expect(page.rules).toHaveLength(1); // no text glyph counted as a rule
  });
});

describe('font names', () => {
  it.each([
    ['BAAAAA+LiberationSerif-Bold', 'Liberation Serif', true, false],
    ['DAAAAA+LiberationSerif-Italic', 'Liberation Serif', false, true],
    ['LiberationSerif', 'Liberation Serif', false, false],
    ['TimesNewRomanPS-BoldItalicMT', 'Times New Roman', true, true],
    ['TimesNewRomanPSMT', 'Times New Roman', false, false],
    ['CAAAAA+DejaVuSerif-Bold', 'DejaVu Serif', true, false],
    ['Arial,BoldItalic', 'Arial', true, true],
  ])('%s → %s', (name, family, bold, italic) => {
    expect(parseFontName(name)).toEqual({ family, bold, italic });
  });
});

describe('rules in a raster', () => {
  const dpi = 300;
  const px = (millimetres: number): number => Math.round((millimetres * dpi) / 25.4);

  function image(
    width: number,
    height: number,
    draw: (set: (x: number, y: number) => void) => void,
  ): Uint8Array {
    const header = Buffer.from(`P5\n# made by a test\n${width} ${height}\n255\n`, 'latin1');
    const pixels = new Uint8Array(width * height).fill(255);
    draw((x, y) => (pixels[y * width + x] = 0));
    return Buffer.concat([header, pixels]);
  }

  it('keeps long thin strokes and drops short or thick ones', () => {
    const bytes = image(px(100), px(50), (set) => {
      for (let x = px(10); x < px(70); x++) for (let y = px(10); y < px(10) + 3; y++) set(x, y); // 60 mm rule
      for (let x = px(10); x < px(13); x++) set(x, px(20)); // 3 mm: a glyph stroke
      for (let x = px(10); x < px(40); x++) for (let y = px(30); y < px(33); y++) set(x, y); // 3 mm thick box
    });
    const rules = findRules(parsePgm(bytes), dpi);
    expect(rules).toHaveLength(1);
    const rule = rules[0];
    expect(rule?.leftMm).toBeCloseTo(10, 1);
    expect(rule?.lengthMm).toBeCloseTo(60, 1);
    expect(rule?.thicknessMm).toBeCloseTo(3 * (25.4 / dpi), 3);
    expect(rule?.yMm).toBeCloseTo(10 + 1.5 * (25.4 / dpi), 1);
  });

  it('rejects what is not a binary PGM', () => {
    expect(() => parsePgm(Buffer.from('P2\n1 1\n255\n0\n'))).toThrow(/P5/);
  });
});
