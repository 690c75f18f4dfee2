/** Tables, footnotes and appendices in the markup; stamps (ô 10, 11, DỰ THẢO); a user template folder. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { MarkupError, parseMarkup } from '../../src/template/markup.js';
import { mmToTwip } from '../../src/layout/units.js';
import { fittedWidthMm } from '../../src/render/docx/stamps.js';
import { DATA, example, kindWorkspace, loadClean, paragraphWith, render } from './support.js';

describe('markup for the richer kinds', () => {
  it('reads a table with heading cells, widths and alignment', () => {
    const out = parseMarkup(
      '<table widths="1,4"><tr><th>TT</th><th>Nội dung</th></tr><tr><td align="center">1</td><td>Việc <b>một</b></td></tr></table>',
    );
    expect(out.body).toEqual([
      {
        type: 'table',
        columnWeights: [1, 4],
        runs: [],
        rows: [
          [
            { runs: [{ text: 'TT', bold: true }], align: 'center', header: true },
            { runs: [{ text: 'Nội dung', bold: true }], align: 'center', header: true },
          ],
          [
            { runs: [{ text: '1' }], align: 'center' },
            { runs: [{ text: 'Việc ' }, { text: 'một', bold: true }], align: 'left' },
          ],
        ],
      },
    ]);
  });

  it('attaches a footnote to the text before it, or to an empty run at the start', () => {
    expect(parseMarkup('<p>Căn cứ<note>Chú thích.</note> tiếp</p>').body[0]!.runs).toEqual([
      { text: 'Căn cứ', footnote: 'Chú thích.' },
      { text: ' tiếp' },
    ]);
    expect(parseMarkup('<p><note>Đầu.</note>Chữ</p>').body[0]!.runs).toEqual([
      { text: '', footnote: 'Đầu.' },
      { text: 'Chữ' },
    ]);
  });

  it('collects <appendix> blocks in order, apart from the body', () => {
    const out = parseMarkup('<p>Thân</p><appendix><p>Một</p></appendix><appendix><p>Hai</p></appendix>');
    expect(out.body).toHaveLength(1);
    expect(out.appendices!.map((a) => a[0]!.runs[0]!.text)).toEqual(['Một', 'Hai']);
  });

  it('refuses misplaced or malformed table markup', () => {
    expect(() => parseMarkup('<table><p>x</p></table>')).toThrow(MarkupError);
    expect(() => parseMarkup('<table widths="1"><tr><td>a</td><td>b</td></tr></table>')).toThrow(MarkupError);
    expect(() => parseMarkup('<appendix><appendix></appendix></appendix>')).toThrow(MarkupError);
    expect(() => parseMarkup('<p>a<note>b<note>c</note></note></p>')).toThrow(MarkupError);
  });

  it('data cannot open a table or a note: it is escaped by Handlebars', async () => {
    const ws = kindWorkspace();
    const text = example('2021-03-thong-bao-tuyen-chon.yaml').replace(
      'Sở Khoa học và Công nghệ thông báo để',
      '<note>x</note></p><table><tr><td>y</td></tr></table><p>Sở Khoa học và Công nghệ thông báo để',
    );
    const { model } = loadClean(ws.write('data/tiem.yaml', text));
    expect(model.body.filter((b) => b.type === 'table')).toHaveLength(0);
    expect(model.body.at(-1)!.runs[0]!.text).toMatch(/^<note>x<\/note><\/p><table>/);
  });
});

describe('stamps: ô 10a độ mật, ô 10b độ khẩn, ô 11 phạm vi lưu hành, dự thảo', async () => {
  const ws = kindWorkspace();
  const text = example('2021-03-thong-bao-tuyen-chon.yaml').replace(
    'issue_date: 2021-03-15',
    'issue_date: 2021-03-15\nmarks:\n  secrecy: TỐI MẬT\n  urgency: THƯỢNG KHẨN\n  circulation: Lưu hành nội bộ\n  draft: Dự thảo lần 2',
  );
  const { model } = loadClean(ws.write('data/dau.yaml', text));
  const r = await render(model);

  function boxOf(word: string): string {
    const before = r.documentXml.slice(0, r.documentXml.indexOf(`>${word}<`));
    return before.slice(before.lastIndexOf('<w:tbl>'));
  }
  const width = (xml: string) => Number(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/.exec(xml)![1]);

  it('puts the marks in the model, upper case', () => {
    expect(model.header).toMatchObject({
      secrecy: 'TỐI MẬT',
      urgency: 'THƯỢNG KHẨN',
      circulation: 'LƯU HÀNH NỘI BỘ',
      draftMark: 'DỰ THẢO LẦN 2',
    });
  });

  it('draws THƯỢNG KHẨN 40 × 8 mm and TỐI MẬT 30 × 8 mm, red, bold, under the Số line', () => {
    expect(width(boxOf('THƯỢNG KHẨN'))).toBe(mmToTwip(40));
    expect(width(boxOf('TỐI MẬT'))).toBe(mmToTwip(30));
    for (const w of ['THƯỢNG KHẨN', 'TỐI MẬT']) {
      expect(boxOf(w)).toMatch(new RegExp(`<w:trHeight w:val="${mmToTwip(8)}" w:hRule="exact"/>`));
      expect(paragraphWith(r, w)).toMatch(
        /<w:b\/>[\s\S]*<w:color w:val="FF0000"\/>[\s\S]*<w:sz w:val="26"\/>/,
      );
    }
    const number = r.texts.indexOf('Số:      /TB-SKHCN');
    expect(r.texts.indexOf('TỐI MẬT')).toBeGreaterThan(number);
    expect(r.texts.indexOf('THƯỢNG KHẨN')).toBeGreaterThan(r.texts.indexOf('TỐI MẬT'));
  });

  it('boxes ô 11 right and the draft mark left, in a row above the agency and the Quốc hiệu', () => {
    expect(width(boxOf('LƯU HÀNH NỘI BỘ'))).toBe(mmToTwip(fittedWidthMm('LƯU HÀNH NỘI BỘ')));
    expect(boxOf('LƯU HÀNH NỘI BỘ')).toMatch(/<w:jc w:val="right"\/>/);
    expect(boxOf('DỰ THẢO LẦN 2')).toMatch(/<w:jc w:val="left"\/>/);
    expect(boxOf('DỰ THẢO LẦN 2')).toMatch(/<w:top w:val="single" w:color="000000"/);
    expect(r.texts.indexOf('LƯU HÀNH NỘI BỘ')).toBeLessThan(
      r.texts.indexOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
    );
    expect(r.texts.indexOf('DỰ THẢO LẦN 2')).toBeLessThan(r.texts.indexOf('UBND TỈNH QUẢNG BÌNH'));
  });

  it('refuses a stamp the decree does not have', async () => {
    const { loadDocument } = await import('../../src/load/loadDocument.js');
    const bad = text.replace('urgency: THƯỢNG KHẨN', 'urgency: RẤT KHẨN');
    const result = loadDocument(ws.write('data/dau-sai.yaml', bad));
    expect(result.diagnostics.map((d) => d.code)).toEqual(['VALUE_NOT_ALLOWED']);
  });

  it('takes a stamp in lower case or with the old tone placement as the decree writes it', async () => {
    const { loadDocument } = await import('../../src/load/loadDocument.js');
    for (const [typed, printed] of [
      ['hoả tốc', 'HỎA TỐC'],
      ['HOẢ TỐC', 'HỎA TỐC'],
      ['Thượng khẩn', 'THƯỢNG KHẨN'],
    ]) {
      const result = loadDocument(
        ws.write('data/dau.yaml', text.replace('urgency: THƯỢNG KHẨN', `urgency: ${typed}`)),
      );
      expect(
        result.diagnostics.map((d) => d.code),
        typed,
      ).toEqual([]);
      expect(result.model!.header.urgency, typed).toBe(printed);
    }
  });
});

describe('--templates DIR', () => {
  it('a user template replaces the built-in wording; a user partial replaces the numbering print', async () => {
    const ws = kindWorkspace();
    const dir = join(ws.dir, 'mau-rieng');
    ws.write(
      'mau-rieng/thong-bao.hbs',
      '<type>THÔNG BÁO KHẨN</type>{{> trich-yeu}}<p>Mẫu riêng của Sở.</p>{{> noi-dung}}{{> phu-luc}}',
    );
    ws.write(
      'mau-rieng/partials/noi-dung.hbs',
      '{{#each lines}}{{#unless table}}<p>[{{label}}] {{#if title}}{{title}}{{else}}{{text}}{{/if}}</p>{{/unless}}{{/each}}',
    );
    const { model } = loadClean(join(DATA, '2021-03-thong-bao-tuyen-chon.yaml'), { templatesDir: dir });
    expect(model.title.typeName).toBe('THÔNG BÁO KHẨN');
    const texts = model.body.map((b) => b.runs.map((x) => x.text).join(''));
    expect(texts[0]).toBe('Mẫu riêng của Sở.');
    expect(texts).toContain('[2.] Điều kiện tham gia tuyển chọn');
    // Without the folder, the built-in templates are used again.
    const builtIn = loadClean(join(DATA, '2021-03-thong-bao-tuyen-chon.yaml')).model;
    expect(builtIn.title.typeName).toBe('THÔNG BÁO');
  });
});
