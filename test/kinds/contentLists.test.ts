/**
 * Lists in structured content and the giấy mời's opening and numbered parts: `list: dash` / `list: plus`
 * on an item (its children print "- …" / "+ …" instead of a), b)), `numbering` on a công văn, and the
 * giấy mời's `intro` and `layout: numbered`. Text is still printed as written: a leading "- " or "1."
 * typed by the clerk is never read as structure.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contentLines, type ContentNode } from '../../src/kinds/content.js';
import { loadDocument } from '../../src/load/loadDocument.js';
import { bodyTexts, example, kindWorkspace, loadClean, paragraphWith, render } from './support.js';

/** "label text" of each printed line, as the noi-dung partial prints it. */
function printed(items: ContentNode[], numbering: 'roman' | 'arabic' = 'roman'): string[] {
  return contentLines({ items }, numbering).map((l) =>
    [l.label, l.title, l.text].filter((part) => part).join(' '),
  );
}

const KE_HOACH = `kind: ke-hoach
agency: so-khcn-quang-binh
issue_date: 2024-02-07
summary: Kế hoạch thử các danh sách
recipients: [Các phòng, đơn vị thuộc Sở]
archive: { units: [VT, VP] }
`;

const GIAY_MOI = example('2023-01-giay-moi-tong-ket.yaml');

describe('list: dash / plus on an item (contentLines)', () => {
  it('prints the children of a khoản as "-" instead of a), b), and "+" below them', () => {
    expect(
      printed([
        {
          title: 'Mục đích, yêu cầu',
          items: [
            { title: 'Mục đích', list: 'dash', items: ['Ý một;', { text: 'Ý hai, gồm:', items: ['nhỏ.'] }] },
            { title: 'Yêu cầu', items: ['Điểm a;', 'Điểm b.'] },
          ],
        },
        { title: 'Nhiệm vụ', items: ['Khoản.'] },
      ]),
    ).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      '- Ý một;',
      '- Ý hai, gồm:',
      '+ nhỏ.',
      // The next khoản goes on numbering, and its own children are điểm again.
      '2. Yêu cầu',
      'a) Điểm a;',
      'b) Điểm b.',
      'II. NHIỆM VỤ',
      '1. Khoản.',
    ]);
  });

  it('puts a dash list straight under a mục I., or a "+" list under any item', () => {
    expect(
      printed([
        { title: 'Tình hình', list: 'dash', items: ['Thứ nhất;', 'Thứ hai.'] },
        { title: 'Giải pháp', items: [{ text: 'Chung:', list: 'plus', items: ['một;', 'hai.'] }] },
      ]),
    ).toEqual([
      'I. TÌNH HÌNH',
      '- Thứ nhất;',
      '- Thứ hai.',
      'II. GIẢI PHÁP',
      '1. Chung:',
      '+ một;',
      '+ hai.',
    ]);
  });

  it('works in the arabic numbering too, and "+" below "+" stays "+"', () => {
    expect(
      printed(
        [
          { text: 'Khoản một:', list: 'dash', items: ['gạch;'] },
          { text: 'Khoản hai:', list: 'plus', items: [{ text: 'cộng:', items: ['cộng nữa.'] }] },
          { text: 'Khoản ba:', items: ['điểm.'] },
        ],
        'arabic',
      ),
    ).toEqual([
      '1. Khoản một:',
      '- gạch;',
      '2. Khoản hai:',
      '+ cộng:',
      '+ cộng nữa.',
      '3. Khoản ba:',
      'a) điểm.',
    ]);
  });

  it('keeps the paragraphs and table of the item before its list', () => {
    const lines = contentLines(
      {
        items: [
          {
            title: 'Mục đích',
            paragraphs: ['Đoạn văn.'],
            table: { rows: [['1', 'Ô']] },
            list: 'dash',
            items: ['Ý.'],
          },
        ],
      },
      'arabic',
    );
    expect(lines.map((l) => (l.table ? 'table' : `${l.label}|${l.title ?? ''}|${l.text ?? ''}`))).toEqual([
      '1.|Mục đích|',
      '||Đoạn văn.',
      'table',
      '-||Ý.',
    ]);
  });

  it('prints text as written: a typed "- " or "1." is text, never a marker (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 5 }), (texts) => {
        const lines = contentLines({ items: [{ text: 'Khoản', list: 'dash', items: texts }] }, 'arabic');
        expect(lines.slice(1).map((l) => [l.label, l.text])).toEqual(texts.map((t) => ['-', t]));
      }),
    );
  });
});

describe('list: in a document', async () => {
  const ws = kindWorkspace();
  const path = ws.write(
    'data/ke-hoach.yaml',
    `${KE_HOACH}items:
  - title: Mục đích, yêu cầu
    items:
      - title: Mục đích
        list: dash
        items:
          - Bảo đảm an toàn;
          - '- Đoạn đã có gạch đầu dòng;'
          - Thực hiện <b>đúng</b> kế hoạch.
      - title: Yêu cầu
        paragraphs: ['- Gõ thành đoạn văn vẫn in nguyên văn.']
`,
  );
  const { model } = loadClean(path);
  const r = await render(model);
  const texts = bodyTexts(model);

  it('prints "-" under "1. Mục đích", the khoản bold and kept with its list', () => {
    expect(texts).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      '- Bảo đảm an toàn;',
      '- - Đoạn đã có gạch đầu dòng;',
      '- Thực hiện <b>đúng</b> kế hoạch.',
      '2. Yêu cầu',
      '- Gõ thành đoạn văn vẫn in nguyên văn./.',
    ]);
    expect(paragraphWith(r, '1. Mục đích')).toMatch(/<w:keepNext\/>[\s\S]*<w:b\/>/);
    // Dash points are plain text, like the "-" level of the fixed numbering.
    expect(paragraphWith(r, '- Bảo đảm an toàn;')).not.toMatch(/<w:b\/>/);
  });

  it('leaves text that looks like markup or a marker literal in the DOCX', () => {
    expect(r.documentXml).toContain('&lt;b&gt;đúng&lt;/b&gt;');
    expect(r.texts).toContain('- - Đoạn đã có gạch đầu dòng;');
  });

  it('refuses any other list marker, where it is written (VALUE_NOT_ALLOWED)', () => {
    const bad = ws.write(
      'data/sai.yaml',
      `${KE_HOACH}items:\n  - title: Mục đích\n    list: star\n    items: [Ý.]\n`,
    );
    const result = loadDocument(bad);
    expect(result.diagnostics.map((d) => [d.code, d.location?.line])).toEqual([['VALUE_NOT_ALLOWED', 9]]);
    expect(result.diagnostics[0]!.args).toMatchObject({ value: 'star', allowed: '"dash", "letter", "plus"' });
  });

  it('is offered with a Vietnamese description in the JSON Schemas', async () => {
    const { jsonSchemaFiles } = await import('../../src/schema/jsonSchemas.js');
    for (const kind of ['ke-hoach', 'bao-cao', 'thong-bao', 'cong-van', 'bien-ban', 'quyet-dinh']) {
      const text = jsonSchemaFiles().get(`${kind}.schema.json`)!;
      expect(text, kind).toContain('"list": {');
      expect(text, kind).toContain('in bằng gạch đầu dòng');
    }
  });
});

describe('numbering on a công văn', () => {
  const CONG_VAN_ITEMS = `kind: cong-van
agency: bo-khcn
unit: phat-trien-khcn-dia-phuong
issue_date: 2021-05-12
summary: thử đánh số
kinh_gui: Sở Khoa học và Công nghệ các tỉnh
recipients: [Lưu trữ]
archive: { units: [VT, PTĐP] }
items:
  - title: Đánh giá kết quả
    items:
      - title: Kết quả đạt được
        items:
          - text: Hoàn thành, gồm
            items: [nhiệm vụ.]
  - Đề xuất.
`;

  it('numbers I., 1., a), - with numbering: roman (mục in upper case, bold)', async () => {
    const ws = kindWorkspace();
    const { model } = loadClean(ws.write('data/cong-van.yaml', `numbering: roman\n${CONG_VAN_ITEMS}`));
    expect(bodyTexts(model)).toEqual([
      'I. ĐÁNH GIÁ KẾT QUẢ',
      '1. Kết quả đạt được',
      'a) Hoàn thành, gồm',
      '- nhiệm vụ.',
      'II. ĐỀ XUẤT./.',
    ]);
    expect(paragraphWith(await render(model), 'I. ĐÁNH GIÁ KẾT QUẢ')).toMatch(/<w:b\/>/);
  });

  it('numbers 1., a), -, + by default, as before', () => {
    const ws = kindWorkspace();
    const { model } = loadClean(ws.write('data/cong-van.yaml', CONG_VAN_ITEMS));
    expect(bodyTexts(model)).toEqual([
      '1. Đánh giá kết quả',
      'a) Kết quả đạt được',
      '- Hoàn thành, gồm',
      '+ nhiệm vụ.',
      '2. Đề xuất./.',
    ]);
  });

  it('refuses another numbering (VALUE_NOT_ALLOWED)', () => {
    const ws = kindWorkspace();
    const result = loadDocument(ws.write('data/sai.yaml', `numbering: letter\n${CONG_VAN_ITEMS}`));
    expect(result.diagnostics.map((d) => d.code)).toEqual(['VALUE_NOT_ALLOWED']);
  });
});

describe('giấy mời: intro and layout: numbered', () => {
  const INTRO =
    'intro:\n  - Thực hiện Chương trình công tác năm 2023, Sở Khoa học và Công nghệ tổ chức Hội nghị tổng kết.\n\n';

  it('prints the opening paragraphs before "… trân trọng kính mời:"', () => {
    const ws = kindWorkspace();
    const { model } = loadClean(
      ws.write('data/gm.yaml', GIAY_MOI.replace(/^invitees:/m, `${INTRO}invitees:`)),
    );
    expect(bodyTexts(model).slice(0, 3)).toEqual([
      'Thực hiện Chương trình công tác năm 2023, Sở Khoa học và Công nghệ tổ chức Hội nghị tổng kết.',
      'Sở Khoa học và Công nghệ trân trọng kính mời:',
      '- Đại diện lãnh đạo Ủy ban nhân dân tỉnh;',
    ]);
  });

  it('numbers every part present with layout: numbered', () => {
    const ws = kindWorkspace();
    const text = GIAY_MOI.replace(/^invitees:/m, 'layout: numbered\n\ninvitees:');
    const { model } = loadClean(ws.write('data/gm.yaml', text));
    const texts = bodyTexts(model);
    expect(texts.filter((t) => /^\d+\. /.test(t))).toEqual([
      '1. Thành phần mời:',
      '2. Nội dung: Hội nghị tổng kết công tác khoa học và công nghệ năm 2022, triển khai nhiệm vụ năm 2023.',
      '3. Chủ trì: đồng chí Văn Công Thới - Giám đốc Sở.',
      '4. Thành phần: lãnh đạo Sở, trưởng các phòng, thủ trưởng các đơn vị thuộc Sở.',
      '5. Thời gian: từ 08 giờ 00 đến 11 giờ 30, thứ Ba, ngày 10/01/2023.',
      '6. Địa điểm: Hội trường Sở Khoa học và Công nghệ, thành phố Đồng Hới.',
    ]);
    expect(texts[1]).toBe('- Đại diện lãnh đạo Ủy ban nhân dân tỉnh;');
    expect(texts.some((t) => t.includes('trân trọng kính mời'))).toBe(false);
    expect(model.body[0]).toMatchObject({ keepWithNext: true });
  });

  it('skips the numbers of missing parts; one invitee on the "Thành phần mời:" line', () => {
    const ws = kindWorkspace();
    const text = GIAY_MOI.replace(
      /^invitees:\n( {2}- .*\n)+/m,
      `layout: numbered\n${INTRO}invitees: Ông Nguyễn Văn A.\n`,
    )
      .replace(/^ {2}name: .*\n/m, '')
      .replace(/^ {2}chair: .*\n/m, '')
      .replace(/^ {2}attendees: .*\n/m, '');
    const { model } = loadClean(ws.write('data/gm.yaml', text));
    expect(bodyTexts(model).slice(0, 4)).toEqual([
      'Thực hiện Chương trình công tác năm 2023, Sở Khoa học và Công nghệ tổ chức Hội nghị tổng kết.',
      '1. Thành phần mời: Ông Nguyễn Văn A.',
      '2. Thời gian: từ 08 giờ 00 đến 11 giờ 30, thứ Ba, ngày 10/01/2023.',
      '3. Địa điểm: Hội trường Sở Khoa học và Công nghệ, thành phố Đồng Hới.',
    ]);
  });

  it('leaves out "Tới dự" when the intro names the event, and asks for a name when nothing does', () => {
    const ws = kindWorkspace();
    const noName = GIAY_MOI.replace(/^ {2}name: .*\n/m, '');
    const { model } = loadClean(ws.write('data/gm.yaml', noName.replace(/^invitees:/m, `${INTRO}invitees:`)));
    expect(bodyTexts(model).some((t) => t.startsWith('Tới dự'))).toBe(false);
    const result = loadDocument(ws.write('data/thieu.yaml', noName));
    expect(result.diagnostics.map((d) => [d.code, d.args.field])).toEqual([['FIELD_MISSING', 'event.name']]);
  });

  it('refuses another layout (VALUE_NOT_ALLOWED)', () => {
    const ws = kindWorkspace();
    const text = GIAY_MOI.replace(/^invitees:/m, 'layout: table\n\ninvitees:');
    const result = loadDocument(ws.write('data/sai.yaml', text));
    expect(result.diagnostics.map((d) => d.code)).toEqual(['VALUE_NOT_ALLOWED']);
  });
});

describe('list: on a quyết định article', () => {
  const QUYET_DINH = `kind: quyet-dinh
agency: so-khcn-quang-binh
issue_date: 2021-05-05
summary: Về việc thử danh sách trong điều
bases: [Căn cứ Luật Khoa học và Công nghệ ngày 18 tháng 6 năm 2013]
recipients: [GĐ, các PGĐ Sở]
archive: { units: [VT, QLKH] }
articles:
  - text: 'Hội đồng có nhiệm vụ:'
    list: dash
    items:
      - Đánh giá hồ sơ;
      - text: 'Kiến nghị:'
        items: [tổ chức trúng tuyển.]
  - text: 'Quyết định có hiệu lực kể từ ngày ký, gồm:'
    items:
      - title: Phạm vi
        items: [Điểm một.]
`;

  it('prints the article\u2019s points as "-" (and "+" below), the next article numbered as before', () => {
    const ws = kindWorkspace();
    const { model } = loadClean(ws.write('data/quyet-dinh.yaml', QUYET_DINH));
    const texts = bodyTexts(model);
    const from = texts.findIndex((t) => t.startsWith('Điều 1.'));
    expect(texts.slice(from)).toEqual([
      'Điều 1. Hội đồng có nhiệm vụ:',
      '- Đánh giá hồ sơ;',
      '- Kiến nghị:',
      '+ tổ chức trúng tuyển.',
      'Điều 2. Quyết định có hiệu lực kể từ ngày ký, gồm:',
      '1. Phạm vi',
      'a) Điểm một./.',
    ]);
  });

  it('refuses another marker on an article (VALUE_NOT_ALLOWED)', () => {
    const ws = kindWorkspace();
    const result = loadDocument(ws.write('data/sai.yaml', QUYET_DINH.replace('list: dash', 'list: star')));
    expect(result.diagnostics.map((d) => [d.code, d.location?.line])).toEqual([['VALUE_NOT_ALLOWED', 10]]);
  });
});
