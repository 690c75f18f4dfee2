/** Thông báo (Mẫu 1.4): numbering from the structure, footnote, landscape appendix with its own page numbers. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { contentLines } from '../../src/kinds/content.js';
import { bodyTexts, DATA, example, kindWorkspace, loadClean, paragraphWith, render } from './support.js';

const FILE = '2021-03-thong-bao-tuyen-chon.yaml';

describe('thong-bao example', async () => {
  const { model } = loadClean(join(DATA, FILE));
  const r = await render(model);
  const texts = bodyTexts(model);

  it('points editors at its schema', () => {
    expect(example(FILE)).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/schemas\/thong-bao\.schema\.json\n/,
    );
  });

  it('has the type name, ký hiệu TB and the trích yếu lines as written', () => {
    expect(model.title).toEqual({
      typeName: 'THÔNG BÁO',
      summaryLines: [
        'Tuyển chọn tổ chức, cá nhân chủ trì thực hiện nhiệm vụ khoa học',
        'và công nghệ cấp tỉnh bắt đầu thực hiện năm 2021',
      ],
    });
    expect(model.header.numberLine).toBe('Số:      /TB-SKHCN');
    expect(model.addressees).toBeUndefined();
  });

  it('numbers khoản 1., điểm a) … đ) e) and dashes from the nesting', () => {
    expect(texts).toContain(
      '1. Danh mục nhiệm vụ: 03 nhiệm vụ khoa học và công nghệ cấp tỉnh (chi tiết tại Phụ lục kèm theo).',
    );
    expect(texts).toContain('2. Điều kiện tham gia tuyển chọn');
    expect(texts.filter((t) => /^[a-zđ]\) /.test(t)).map((t) => t.slice(0, 2))).toEqual([
      'a)',
      'b)',
      'c)', // điều kiện
      'a)',
      'b)',
      'c)',
      'd)',
      'đ)',
      'e)', // hồ sơ: the Vietnamese alphabet, no f
      'a)',
      'b)', // thời hạn, địa điểm
    ]);
    expect(texts).toContain('- báo giá của ít nhất 03 nhà cung cấp khác nhau;');
  });

  it('sets titled khoản bold and keeps headings with what follows; plain items regular', () => {
    const heading = model.body.find((b) => b.runs[0]?.text === '2. Điều kiện tham gia tuyển chọn')!;
    expect(heading).toMatchObject({ type: 'paragraph', keepWithNext: true });
    expect(heading.runs[0]!.bold).toBe(true);
    const runIn = model.body.find((b) => b.runs[0]?.text === '1. Danh mục nhiệm vụ:')!;
    expect(runIn.runs.map((x) => !!x.bold)).toEqual([true, false]);
    const point = model.body.find((b) => b.runs[0]?.text.startsWith('a) Tổ chức'))!;
    expect(point.runs[0]!.bold).toBeUndefined();
  });

  it('ends the content with "./." on the closing paragraph', () => {
    expect(texts[texts.length - 1]).toBe(
      'Sở Khoa học và Công nghệ thông báo để các tổ chức, cá nhân biết, đăng ký tham gia tuyển chọn./.',
    );
  });

  it('puts the footnote mark after the titled khoản and its text in footnotes.xml', () => {
    const heading = paragraphWith(r, '3. Hồ sơ đăng ký tuyển chọn');
    expect(heading).toMatch(/<w:footnoteReference w:id="\d+"\/>/);
    expect(r.part('word/footnotes.xml')).toContain(
      'Các biểu mẫu được đăng trên Trang thông tin điện tử của Sở Khoa học và Công nghệ.',
    );
  });

  it('prints the appendix on a new landscape page, numbered from 1, with label, title and reference', () => {
    expect(model.appendices).toHaveLength(1);
    const appendix = model.appendices![0]!;
    expect(appendix.label).toBe('Phụ lục');
    expect(appendix.titleLines[0]).toBe('DANH MỤC NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ CẤP TỈNH');
    expect(appendix.referenceLine).toBe(
      '(Kèm theo Thông báo số \u00a0\u00a0\u00a0\u00a0\u00a0/TB-SKHCN ngày\u00a015\u00a0tháng\u00a03\u00a0năm\u00a02021 của Sở Khoa học và Công nghệ)',
    );
    expect(appendix.body[0]).toMatchObject({ type: 'table', columnWeights: [1, 6, 6, 6, 2] });
    const sections = [...r.documentXml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    expect(sections[0]).not.toMatch(/w:pgNumType w:start/);
    expect(sections[1]).toMatch(/<w:pgNumType w:start="1"\/>/);
    expect(sections[1]).toMatch(/w:orient="landscape"/);
    expect(sections[1]).toContain('<w:titlePg/>');
    expect(paragraphWith(r, 'Phụ lục')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
    expect(r.texts.find((t) => t.startsWith('(Kèm theo Thông báo số'))).toBeDefined();
  });

  it('renders the appendix table with a repeated bold heading row and centred numbers', () => {
    const table = model.appendices![0]!.body[0]!;
    if (table.type !== 'table') throw new Error('not a table');
    expect(table.rows[0]!.map((c) => c.header)).toEqual([true, true, true, true, true]);
    expect(table.rows[1]![0]).toMatchObject({ runs: [{ text: '1' }], align: 'center' });
    expect(r.documentXml).toContain('<w:tblHeader/>');
  });
});

describe('structured content', () => {
  it('numbers I. (upper case) → 1. → a) → - → + for reports and plans', () => {
    const lines = contentLines(
      {
        items: [
          {
            title: 'Mục đích, yêu cầu',
            items: [{ title: 'Mục đích', items: [{ text: 'x', items: [{ text: 'y', items: ['z'] }] }] }],
          },
          'Tổ chức thực hiện',
        ],
      },
      'roman',
    );
    expect(lines.map((l) => [l.label, l.title ?? l.text])).toEqual([
      ['I.', 'MỤC ĐÍCH, YÊU CẦU'],
      ['1.', 'Mục đích'],
      ['a)', 'x'],
      ['-', 'y'],
      ['+', 'z'],
      ['II.', 'TỔ CHỨC THỰC HIỆN'],
    ]);
  });

  it('refuses an empty notice with CONTENT_EMPTY', async () => {
    const ws = kindWorkspace();
    const text = example(FILE).replace(/^intro:[\s\S]*?(?=^recipients:)/m, '');
    const { loadDocument } = await import('../../src/load/loadDocument.js');
    const result = loadDocument(ws.write('data/rong.yaml', text));
    expect(result.diagnostics.map((d) => d.code)).toEqual(['CONTENT_EMPTY']);
  });

  it('warns when the text never mentions its appendix (PL1-III.1.a)', async () => {
    const ws = kindWorkspace();
    const text = example(FILE).replace(' (chi tiết tại Phụ lục kèm theo)', '');
    const { loadDocument } = await import('../../src/load/loadDocument.js');
    const result = loadDocument(ws.write('data/khong-nhac.yaml', text));
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['APPENDIX_NOT_MENTIONED', 'warning'],
    ]);
  });
});
