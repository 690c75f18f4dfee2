/** The decree's numbers, read back from the rendered XML: what a văn thư would check with a ruler. */
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/loadDocument.js';
import { renderDocx } from '../../src/render/docx/renderDocx.js';
import { textWidthMm } from '../../src/measure/textWidth.js';
import { mmToTwip } from '../../src/layout/units.js';
import { paragraphTexts, unzip } from '../support/unzip.js';
import { EXAMPLE } from '../support/workspace.js';

const model = loadDocument(EXAMPLE).model!;
const bytes = await renderDocx(model);
const parts = unzip(bytes);
const documentXml = parts.get('word/document.xml')!.toString('utf8');
const paragraphs = [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
const texts = paragraphTexts(documentXml);

function paragraphWith(text: string): string {
  const i = texts.findIndex((t) => t === text);
  expect(i, `paragraph "${text}"`).toBeGreaterThanOrEqual(0);
  return paragraphs[i]!;
}

function attr(xml: string, element: string, name: string): number {
  const m = new RegExp(`<${element}\\b[^>]*\\b${name}="(-?\\d+)"`).exec(xml);
  if (!m) throw new Error(`${element}@${name} not found`);
  return Number(m[1]);
}

/** The rule paragraph right after the paragraph holding `text`, and its drawn length in mm. */
function ruleAfter(text: string, containerMm: number): number {
  const i = texts.findIndex((t) => t === text);
  const rule = paragraphs[i + 1]!;
  expect(rule).toMatch(/<w:pBdr><w:bottom w:val="single"/);
  const side = attr(rule, 'w:ind', 'w:left');
  expect(attr(rule, 'w:ind', 'w:right')).toBe(side);
  return containerMm - (2 * side) / 56.6929;
}

describe('page (PL1-I)', () => {
  it('is A4 portrait with margins 20/20/30/15 mm and numbers from page 2', () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(attr(documentXml, 'w:pgMar', 'w:top')).toBe(mmToTwip(20));
    expect(attr(documentXml, 'w:pgMar', 'w:bottom')).toBe(mmToTwip(20));
    expect(attr(documentXml, 'w:pgMar', 'w:left')).toBe(mmToTwip(30));
    expect(attr(documentXml, 'w:pgMar', 'w:right')).toBe(mmToTwip(15));
    expect(documentXml).toContain('<w:titlePg/>');
    const headers = [...parts.keys()]
      .filter((k) => /^word\/header\d+\.xml$/.test(k))
      .map((k) => parts.get(k)!.toString('utf8'));
    expect(headers.filter((h) => h.includes('PAGE'))).toHaveLength(1);
    expect(headers.find((h) => h.includes('PAGE'))).toMatch(
      /<w:jc w:val="center"\/>[\s\S]*<w:sz w:val="28"\/>/,
    );
  });

  it('sets Times New Roman in every script slot, black, Vietnamese, by default', () => {
    const styles = parts.get('word/styles.xml')!.toString('utf8');
    expect(styles).toMatch(
      /<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/,
    );
    expect(styles).toMatch(/<w:lang w:val="vi-VN"\/>/);
    for (const m of documentXml.matchAll(/<w:rFonts [^>]*>/g))
      expect(m[0]).not.toMatch(/="(?!Times New Roman")[^"]*"/);
    for (const m of documentXml.matchAll(/<w:color w:val="([^"]+)"/g)) expect(m[1]).toBe('000000');
  });
});

describe('header (ô 1–4)', () => {
  it('sets quốc hiệu 13 bold, tiêu ngữ 14 bold, date 14 italic, Số 13', () => {
    expect(paragraphWith('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="26"\/>/);
    expect(paragraphWith('Độc lập - Tự do - Hạnh phúc')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
    expect(paragraphWith('Quảng Bình, ngày 31 tháng 8 năm 2020')).toMatch(
      /<w:i\/>[\s\S]*<w:sz w:val="28"\/>/,
    );
    expect(paragraphWith('Số:      /TB-SKHCN')).toMatch(/<w:sz w:val="26"\/>/);
    expect(paragraphWith('UBND TỈNH QUẢNG BÌNH')).not.toMatch(/<w:b\/>/);
  });

  it('draws the tiêu ngữ rule exactly as wide as the tiêu ngữ (PL1-II.1.b)', () => {
    const expected = textWidthMm('Độc lập - Tự do - Hạnh phúc', 14, { bold: true });
    expect(ruleAfter('Độc lập - Tự do - Hạnh phúc', 98)).toBeCloseTo(expected, 0);
  });

  it('draws the agency rule at 1/3–1/2 of the agency line (PL1-II.2.b)', () => {
    const widest = Math.max(
      ...['SỞ KHOA HỌC', 'VÀ CÔNG NGHỆ'].map((l) => textWidthMm(l, 13, { bold: true })),
    );
    const rule = ruleAfter('VÀ CÔNG NGHỆ', 63);
    expect(rule).toBeGreaterThanOrEqual(widest / 3);
    expect(rule).toBeLessThanOrEqual(widest / 2);
  });

  it('keeps the two header columns in a fixed, borderless table', () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(documentXml)![0];
    expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    expect(table).toMatch(/<w:gridCol w:w="3685"\/><w:gridCol w:w="5669"\/>/);
    expect(table).not.toMatch(/w:val="single"[^>]*\/><\/w:tblBorders>/);
  });
});

describe('title and body (ô 5a, ô 6)', () => {
  it('centres the type name and trích yếu, bold 14, with a rule 1/3–1/2 of the trích yếu', () => {
    expect(paragraphWith('THÔNG BÁO')).toMatch(
      /<w:jc w:val="center"\/>[\s\S]*<w:b\/>[\s\S]*<w:sz w:val="28"\/>/,
    );
    const lines = [
      'Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 8',
      'và nhiệm vụ trọng tâm tháng 9/2020',
    ];
    const widest = Math.max(...lines.map((l) => textWidthMm(l, 14, { bold: true })));
    const rule = ruleAfter(lines[1]!, 165);
    expect(rule).toBeGreaterThanOrEqual(widest / 3);
    expect(rule).toBeLessThanOrEqual(widest / 2);
  });

  it('sets every body paragraph justified, 14 pt, first line 1 cm, ≥ 6 pt apart, 1.15 lines', () => {
    const first = texts.findIndex((t) => t.startsWith('Vào lúc 14h00'));
    const last = texts.findIndex((t) => t.endsWith('./.'));
    expect(last).toBeGreaterThan(first);
    for (const p of paragraphs.slice(first, last + 1)) {
      expect(p).toContain('<w:jc w:val="both"/>');
      expect(attr(p, 'w:ind', 'w:firstLine')).toBe(567);
      expect(attr(p, 'w:spacing', 'w:before')).toBeGreaterThanOrEqual(120);
      expect(attr(p, 'w:spacing', 'w:line')).toBeGreaterThanOrEqual(240);
      expect(attr(p, 'w:spacing', 'w:line')).toBeLessThanOrEqual(360);
      expect(p).toMatch(/<w:sz w:val="28"\/>/);
    }
    expect(paragraphs[last]).toContain('<w:keepNext/>');
  });
});

describe('signature and Nơi nhận (ô 7, ô 9b)', () => {
  it('prints "Nơi nhận:" bold italic 12 and items at 11, the last "- Lưu: VT, VP."', () => {
    expect(paragraphWith('Nơi nhận:')).toMatch(/<w:b\/>[\s\S]*<w:i\/>[\s\S]*<w:sz w:val="24"\/>/);
    expect(paragraphWith('- Các phòng, đơn vị thuộc Sở;')).toMatch(/<w:sz w:val="22"\/>/);
    expect(paragraphWith('- Lưu: VT, VP.')).toMatch(/<w:sz w:val="22"\/>/);
    const label = texts.indexOf('Nơi nhận:');
    expect(texts.slice(label + 1, label + 4)).toEqual([
      '- Các phòng, đơn vị thuộc Sở;',
      '- GĐ, các phó GĐ Sở;',
      '- Lưu: VT, VP.',
    ]);
  });

  it('sets the authority line and name bold 14, centred, in a row that cannot split', () => {
    expect(paragraphWith('GIÁM ĐỐC')).toMatch(
      /<w:jc w:val="center"\/>[\s\S]*<w:b\/>[\s\S]*<w:sz w:val="28"\/>/,
    );
    expect(paragraphWith('Văn Công Thới')).toMatch(
      /<w:jc w:val="center"\/>[\s\S]*<w:b\/>[\s\S]*<w:sz w:val="28"\/>/,
    );
    const table = [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)][1]![0];
    expect(table).toContain('<w:cantSplit/>');
    expect(table.indexOf('Nơi nhận:')).toBeLessThan(table.indexOf('GIÁM ĐỐC'));
  });
});

describe('determinism', () => {
  it('gives the same bytes for the same input', async () => {
    const again = await renderDocx(loadDocument(EXAMPLE).model!);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});
