/** Công văn (Mẫu 1.5): V/v under the Số line, Kính gửi block, "Như trên", the khẩn stamp, ô 13. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mmToTwip, cmToTwip } from '../../src/layout/units.js';
import { textWidthMm } from '../../src/measure/textWidth.js';
import { addresseeDashMm } from '../../src/render/docx/addressees.js';
import { bodyTexts, DATA, example, kindWorkspace, loadClean, paragraphWith, render } from './support.js';
import { loadDocument } from '../../src/load/loadDocument.js';

const FILE = '2021-05-cong-van-de-xuat-nhiem-vu.yaml';

function attr(xml: string, element: string, name: string): number {
  const m = new RegExp(`<${element}\\b[^>]*\\b${name}="(-?\\d+)"`).exec(xml);
  if (!m) throw new Error(`${element}@${name} not found in ${xml.slice(0, 200)}`);
  return Number(m[1]);
}

describe('cong-van example', async () => {
  const { model } = loadClean(join(DATA, FILE));
  const r = await render(model);

  it('points editors at its schema', () => {
    expect(example(FILE)).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/schemas\/cong-van\.schema\.json\n/,
    );
  });

  it('has no type name; the ký hiệu is <agency>-<unit> (PL1-II.3.b)', () => {
    expect(model.title).toEqual({ typeName: '', summaryLines: [] });
    expect(model.header.numberLine).toBe('Số:      /BKHCN-PTĐP');
    expect(r.texts).not.toContain('CÔNG VĂN');
  });

  it('puts "V/v …" in the header, under Số, 12 pt, 6 pt before, wrapped inside the left column', () => {
    // One line in the YAML: vanban breaks it between words, and the model holds the printed lines.
    expect(model.header.subjectLines).toEqual([
      'V/v đề xuất đặt hàng nhiệm vụ',
      'khoa học và công nghệ',
      'thuộc Chương trình phát triển',
      'khoa học và công nghệ địa phương',
      'bắt đầu thực hiện từ năm 2022',
    ]);
    // Between the Số line and the stamp under it, in the header table's left cell.
    const printed = r.texts
      .slice(r.texts.indexOf('Số:      /BKHCN-PTĐP') + 1, r.texts.indexOf('KHẨN'))
      .filter((t) => t !== '');
    expect(printed[0]).toMatch(/^V\/v đề xuất/);
    expect(printed.length).toBeGreaterThanOrEqual(3);
    expect(printed).toEqual(model.header.subjectLines);
    for (const line of printed) {
      // 12 pt, centred, inside the 65 mm column (63 mm of text).
      expect(paragraphWith(r, line)).toMatch(/<w:jc w:val="center"\/>[\s\S]*<w:sz w:val="24"\/>/);
      expect(textWidthMm(line, 12)).toBeLessThanOrEqual(63);
    }
    expect(attr(paragraphWith(r, printed[0]!), 'w:spacing', 'w:before')).toBe(120);
    // Inside the header table: before the first table ends.
    const vvAt = r.documentXml.indexOf(printed[0]!);
    expect(vvAt).toBeLessThan(r.documentXml.indexOf('Kính gửi:'));
  });

  it('sets "Kính gửi:" 14 pt at 3.5 cm and several recipients as dashed lines under the colon', () => {
    expect(model.addressees).toEqual({
      label: 'Kính gửi:',
      items: [
        '- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;',
        '- Sở Khoa học và Công nghệ các tỉnh, thành phố trực thuộc Trung ương.',
      ],
    });
    const label = paragraphWith(r, 'Kính gửi:');
    expect(attr(label, 'w:ind', 'w:left')).toBe(cmToTwip(3.5));
    expect(label).toMatch(/<w:sz w:val="28"\/>/);
    const first = paragraphWith(r, model.addressees!.items[0]!);
    const dash = addresseeDashMm('Kính gửi:');
    const hanging = textWidthMm('- ', 14);
    expect(attr(first, 'w:ind', 'w:hanging')).toBe(mmToTwip(hanging));
    expect(attr(first, 'w:ind', 'w:left')).toBe(mmToTwip(dash + hanging));
    // The dash starts where the colon of "Kính gửi:" starts.
    expect(dash).toBeCloseTo(35 + textWidthMm('Kính gửi', 14), 5);
    // Kính gửi comes after the header and before the content.
    expect(r.texts.indexOf('Kính gửi:')).toBeLessThan(
      r.texts.findIndex((t) => t.startsWith('Thực hiện Chương trình')),
    );
  });

  it('starts the recipients with "- Như trên;" and ends with the Lưu line', () => {
    expect(model.recipients.items[0]).toBe('- Như trên;');
    expect(model.recipients.items.at(-1)).toBe('- Lưu: VT, PTĐP.');
  });

  it('is signed by the deputy minister: KT. BỘ TRƯỞNG / THỨ TRƯỞNG', () => {
    expect(model.signature).toEqual({ titleLines: ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG'], name: 'Lê Minh Tuấn' });
  });

  it('draws the KHẨN stamp as a 20 × 8 mm single-border red box under the Số (PL1-III.2.b)', () => {
    expect(model.header.urgency).toBe('KHẨN');
    const stamp = r.documentXml.slice(0, r.documentXml.indexOf('>KHẨN<'));
    const table = stamp.slice(stamp.lastIndexOf('<w:tbl>'));
    expect(attr(table, 'w:tblW', 'w:w')).toBe(mmToTwip(20));
    expect(table).toMatch(new RegExp(`<w:trHeight w:val="${mmToTwip(8)}" w:hRule="exact"/>`));
    expect(table).toMatch(/<w:top w:val="single" w:color="FF0000"/);
    expect(paragraphWith(r, 'KHẨN')).toMatch(/<w:b\/>[\s\S]*<w:color w:val="FF0000"\/>/);
  });

  it('prints the address (ô 13) in the first-page footer under a full-width rule', () => {
    const footers = [...r.parts.keys()].filter((k) => /^word\/footer\d+\.xml$/.test(k)).map(r.part);
    const footer = footers.find((f) => f.includes('113 Trần Duy Hưng'))!;
    expect(footer).toBeDefined();
    expect(footer).toMatch(/<w:pBdr><w:top w:val="single"/);
    expect(footer).toMatch(/<w:sz w:val="22"\/>/);
    expect(r.documentXml).toMatch(/<w:footerReference w:type="first" r:id="rId\d+"\/>/);
    expect(r.documentXml).not.toMatch(/<w:footerReference w:type="default"/);
  });

  it('ends the content with "./."', () => {
    expect(bodyTexts(model).at(-1)).toBe(
      'Bộ Khoa học và Công nghệ đề nghị Quý Cơ quan quan tâm, phối hợp thực hiện./.',
    );
  });
});

describe('cong-van checks', () => {
  it('one recipient goes on the "Kính gửi:" line', async () => {
    const ws = kindWorkspace();
    const text = example(FILE).replace(
      /^kinh_gui:\n( {2}- .*\n)+/m,
      'kinh_gui: Ủy ban nhân dân tỉnh Quảng Bình\n',
    );
    const { model } = loadClean(ws.write('data/mot-noi.yaml', text));
    expect(model.addressees).toEqual({ label: 'Kính gửi:', items: ['Ủy ban nhân dân tỉnh Quảng Bình'] });
    const r = await render(model);
    const line = paragraphWith(r, 'Kính gửi: Ủy ban nhân dân tỉnh Quảng Bình');
    expect(attr(line, 'w:ind', 'w:hanging')).toBe(mmToTwip(textWidthMm('Kính gửi: ', 14)));
  });

  it('an unknown drafting unit is UNIT_UNKNOWN at "unit:"', () => {
    const ws = kindWorkspace();
    const text = example(FILE).replace('unit: phat-trien-khcn-dia-phuong', 'unit: vu-khong-co');
    const result = loadDocument(ws.write('data/sai-don-vi.yaml', text));
    expect(result.diagnostics.map((d) => d.code)).toEqual(['UNIT_UNKNOWN']);
    expect(result.diagnostics[0]!.location!.line).toBe(
      text.split('\n').findIndex((l) => l.startsWith('unit:')) + 1,
    );
  });
});
