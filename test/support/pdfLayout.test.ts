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
  parseLayout,
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

describe('a line partly drawn with a fallback font', () => {
  // Real output for "Độc lập - Tự do - Hạnh phúc & <x>" (italic 14 pt) on a machine with only Liberation
  // Serif 1.07, which lacks "ộ ậ ự ạ": LibreOffice took them from DejaVu Serif. pdftohtml leaves spaces in
  // the main run, and the fallback run "ộ ậ" spans "ộc lậ", so it must not claim "c" and "l".
  const pdftohtml = `<page number="1" position="absolute" top="0" left="0" height="841" width="595">
	<fontspec id="2" size="14" family="DAAAAA+LiberationSerif-Italic" color="#000000"/>
	<fontspec id="3" size="14" family="EAAAAA+DejaVuSerif-Italic" color="#000000"/>
<text top="72.600764" left="85.100000" width="211.148000" height="18.200000" font="2"><i>Đ c l p - T  do - H nh phúc &amp; &lt;x&gt;</i></text>
<text top="72.600764" left="95.200000" width="30.324000" height="18.200000" font="3"><i>ộ ậ</i></text>
<text top="72.600764" left="151.970000" width="9.016000" height="18.200000" font="3"><i>ự</i></text>
<text top="72.600764" left="200.256000" width="8.344000" height="18.200000" font="3"><i>ạ</i></text>
</page>`;
  const words: [string, number, number][] = [
    ['Đ', 85.1, 95.208],
    ['ộ', 95.2, 103.628],
    ['c', 103.58, 109.782],
    ['l', 113.282, 117.16],
    ['ậ', 117.18, 125.524],
    ['p', 125.574, 132.574],
    ['-', 136.074, 140.736],
    ['T', 144.18, 151.964],
    ['ự', 151.97, 160.986],
    ['do', 164.466, 178.466],
    ['-', 181.966, 186.628],
    ['H', 190.156, 200.264],
    ['ạ', 200.256, 208.6],
    ['nh', 208.538, 222.538],
    ['phúc', 226.038, 253.24],
    ['&amp;', 256.824, 267.702],
    ['&lt;x&gt;', 271.216, 296.248],
  ];
  const pdftotext = `<doc><page width="595.303937" height="841.889764"><flow><block><line>
${words.map(([t, x0, x1]) => `<word xMin="${x0}" yMin="72.6" xMax="${x1}" yMax="90.8">${t}</word>`).join('\n')}
</line></block></flow></page></doc>`;

  it('reads the text whole and attributes the line to the main font', () => {
    const page = parseLayout(pdftohtml, pdftotext).pages[0];
    expect(page?.widthMm).toBeCloseTo(210, 1);
    expect(page?.heightMm).toBeCloseTo(297, 1);
    expect(page?.lines).toHaveLength(1);
    const line = page?.lines[0];
    expect(line?.text).toBe('Độc lập - Tự do - Hạnh phúc & <x>');
    expect(line?.fontFamily).toBe('Liberation Serif');
    expect(line?.fontFamilies).toEqual(['Liberation Serif', 'DejaVu Serif']);
    expect(line?.italic).toBe(true);
    expect(line?.sizePt).toBe(14);
    expect(line?.leftMm).toBeCloseTo(85.1 * (25.4 / 72), 2);
    expect(line?.widthMm).toBeCloseTo((296.248 - 85.1) * (25.4 / 72), 2);
  });

  it('splits a line at a gap wider than two line heights (a tab stop or a second column)', () => {
    const far = pdftotext.replace('xMin="271.216"', 'xMin="400"').replace('xMax="296.248"', 'xMax="425"');
    const texts = parseLayout(pdftohtml, far).pages[0]?.lines.map((l) => l.text);
    expect(texts).toEqual(['Độc lập - Tự do - Hạnh phúc &', '<x>']);
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
