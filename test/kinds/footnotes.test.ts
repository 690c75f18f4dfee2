/**
 * Footnotes on any text item (issue 12): `footnote:` on a Kính gửi recipient, an invitee, a Nơi nhận
 * entry or group member, and the clerk's own "^[…]" in any text the template prints (a quyết định's
 * article, a căn cứ line). The mark follows the printed text, before vanban's ";" or ".".
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/loadDocument.js';
import { paragraphTexts, unzip } from '../support/unzip.js';
import { REPO } from '../support/workspace.js';
import { asRead, example, kindWorkspace, loadClean, render, type Rendered } from './support.js';

const LETTER = example('2021-05-cong-van-de-xuat-nhiem-vu.yaml');
const INVITATION = example('2023-01-giay-moi-tong-ket.yaml');
const DECISION = example('2021-04-quyet-dinh-hoi-dong.yaml');

function write(text: string) {
  return kindWorkspace().write('data/doc.yaml', text);
}

const KINH_GUI = [
  'kinh_gui:',
  '  - name: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
  '    footnote: Trừ thành phố Hà Nội.',
  '  - { name: Sở Khoa học và Công nghệ các tỉnh, footnote: Kèm bản điện tử. }',
  '',
].join('\n');

const RECIPIENTS = [
  'recipients:',
  '  - { name: Bộ trưởng, note: (để b/c), footnote: Qua Văn phòng Bộ. }',
  '  - group:',
  '      - { name: Thứ trưởng A, footnote: Phụ trách lĩnh vực. }',
  '      - Thứ trưởng B',
  '      - Thứ trưởng C',
  '    note: (để biết)',
  '  - label: Bản điện tử',
  '    items:',
  '      - { name: Cổng thông tin điện tử Bộ, footnote: Đăng tải công khai. }',
  '',
].join('\n');

function letter(kinhGui = KINH_GUI, recipients = RECIPIENTS): string {
  return LETTER.replace(/^kinh_gui:\n(?: {2}- .*\n)+/m, kinhGui).replace(
    /^recipients:\n(?: {2}.*\n)+/m,
    recipients,
  );
}

/** The w:p holding a footnote reference whose visible text is `text`, split at the mark. */
function aroundMark(r: Rendered, text: string): { before: string; after: string } {
  const i = r.texts.findIndex((t) => asRead(t) === text);
  expect(i, `paragraph "${text}"`).toBeGreaterThanOrEqual(0);
  const xml = r.paragraphs[i]!;
  const at = xml.indexOf('<w:footnoteReference');
  expect(at, `a footnote mark in "${text}"`).toBeGreaterThan(0);
  const texts = (part: string) =>
    asRead([...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
  return { before: texts(xml.slice(0, at)), after: texts(xml.slice(at)) };
}

/** Each footnote of word/footnotes.xml (ids 1 and up) with its text and its size in half-points. */
function footnotes(r: Rendered): Array<{ text: string; size: string | undefined }> {
  const xml = r.part('word/footnotes.xml');
  return [...xml.matchAll(/<w:footnote w:id="([1-9]\d*)">([\s\S]*?)<\/w:footnote>/g)].map((m) => ({
    text: [...m[2]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    size: /<w:sz w:val="(\d+)"\/>/.exec(m[2]!)?.[1],
  }));
}

describe('footnote: on Kính gửi recipients', () => {
  it('places the mark after the name, before ";" and "."', () => {
    const { model } = loadClean(write(letter()));
    expect(model.addressees).toEqual({
      label: 'Kính gửi:',
      items: [
        '- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;',
        '- Sở Khoa học và Công nghệ các tỉnh.',
      ],
      footnotes: [
        {
          item: 0,
          at: '- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'.length,
          text: 'Trừ thành phố Hà Nội.',
        },
        { item: 1, at: '- Sở Khoa học và Công nghệ các tỉnh'.length, text: 'Kèm bản điện tử.' },
      ],
    });
  });

  it('prints the mark in the Kính gửi paragraph, one recipient on the label line or several inline', async () => {
    const one = loadClean(write(letter('kinh_gui: { name: Bộ Nội vụ, footnote: Vụ Tổ chức. }\n'))).model;
    expect(one.addressees).toEqual({
      label: 'Kính gửi:',
      items: ['Bộ Nội vụ'],
      footnotes: [{ item: 0, at: 9, text: 'Vụ Tổ chức.' }],
    });
    expect(aroundMark(await render(one), 'Kính gửi: Bộ Nội vụ')).toEqual({
      before: 'Kính gửi: Bộ Nội vụ',
      after: '',
    });

    const inline = loadClean(write(letter(`kinh_gui_layout: inline\n${KINH_GUI}`))).model;
    const r = await render(inline);
    expect(aroundMark(r, 'Kính gửi: - Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;')).toEqual({
      before: 'Kính gửi: - Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
      after: ';',
    });
    expect(aroundMark(r, '- Sở Khoa học và Công nghệ các tỉnh.')).toEqual({
      before: '- Sở Khoa học và Công nghệ các tỉnh',
      after: '.',
    });
  });
});

describe('footnote: on Nơi nhận', () => {
  it('follows the entry with its note, a group member (not the shared note), an item of a sub-group', () => {
    const { model } = loadClean(write(letter()));
    expect(model.recipients.items).toEqual([
      '- Như trên;',
      '- Bộ trưởng (để b/c);',
      '- Thứ trưởng A;',
      '- Thứ trưởng B\t(để biết);',
      '- Thứ trưởng C;',
      'Bản điện tử:',
      '- Cổng thông tin điện tử Bộ;',
      '- Lưu: VT, PTĐP.',
    ]);
    expect(model.recipients.footnotes).toEqual([
      { item: 1, at: '- Bộ trưởng (để b/c)'.length, text: 'Qua Văn phòng Bộ.' },
      { item: 2, at: '- Thứ trưởng A'.length, text: 'Phụ trách lĩnh vực.' },
      { item: 6, at: '- Cổng thông tin điện tử Bộ'.length, text: 'Đăng tải công khai.' },
    ]);
  });

  it('prints each mark before the ";" and the notes in footnotes.xml at 12 pt', async () => {
    const r = await render(loadClean(write(letter())).model);
    expect(aroundMark(r, '- Bộ trưởng (để b/c);')).toEqual({ before: '- Bộ trưởng (để b/c)', after: ';' });
    expect(aroundMark(r, '- Thứ trưởng A;')).toEqual({ before: '- Thứ trưởng A', after: ';' });
    expect(aroundMark(r, '- Cổng thông tin điện tử Bộ;')).toEqual({
      before: '- Cổng thông tin điện tử Bộ',
      after: ';',
    });
    expect(footnotes(r)).toEqual(
      [
        'Trừ thành phố Hà Nội.',
        'Kèm bản điện tử.',
        'Qua Văn phòng Bộ.',
        'Phụ trách lĩnh vực.',
        'Đăng tải công khai.',
      ].map((text) => ({ text, size: '24' })),
    );
  });

  it('marks the last of lines the clerk kept apart, and a member before the tab of its group note', async () => {
    const recipients = [
      'recipients:',
      '  - name: [Văn phòng Đoàn ĐBQH, (Phòng Tổng hợp)]',
      '    footnote: Hai bản.',
      '  - group:',
      '      - Bộ Công Thương',
      '      - { name: UBND tỉnh, footnote: Bản chính. }',
      '    note: (để b/c)',
      '',
    ].join('\n');
    const { model } = loadClean(write(letter(KINH_GUI, recipients)));
    expect(model.recipients.items.slice(1, 4)).toEqual([
      '- Văn phòng Đoàn ĐBQH\n(Phòng Tổng hợp);',
      '- Bộ Công Thương;',
      '- UBND tỉnh\t(để b/c);',
    ]);
    const r = await render(model);
    const kept = r.paragraphs[r.texts.indexOf('- Văn phòng Đoàn ĐBQH(Phòng Tổng hợp);')]!;
    expect(kept).toMatch(
      /<w:br\/><w:t[^>]*>\(Phòng Tổng hợp\)<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/>/,
    );
    expect(aroundMark(r, '- UBND tỉnh(để b/c);')).toEqual({ before: '- UBND tỉnh', after: '(để b/c);' });
    const member = r.paragraphs[r.texts.indexOf('- UBND tỉnh(để b/c);')]!;
    expect(member.indexOf('<w:footnoteReference')).toBeLessThan(member.indexOf('<w:tab/>'));
  });

  it('puts a footnote on a member of a group, not on the group', () => {
    const result = loadDocument(
      write(letter(KINH_GUI, 'recipients:\n  - group: [A, B]\n    note: (để b/c)\n    footnote: Chung.\n')),
    );
    expect(result.diagnostics.map((d) => [d.code, d.args.problemVi])).toEqual([
      [
        'RECIPIENT_SHAPE',
        'có group và footnote: chú thích đặt ở từng nơi nhận trong group, ví dụ { name: UBND tỉnh, footnote: … }',
      ],
    ]);
  });

  it('refuses an unknown field in the object form, as elsewhere', () => {
    const result = loadDocument(write(letter('kinh_gui: { name: Bộ Nội vụ, fotnote: x }\n')));
    expect(result.diagnostics.map((d) => [d.code, d.args.field])).toEqual([['FIELD_UNKNOWN', 'fotnote']]);
  });
});

describe('note: on a content item', () => {
  it('is its footnote: footnote: there is refused, pointing at note:', () => {
    const text = DECISION.replace(
      "  - text: 'Hội đồng có nhiệm vụ:'\n",
      "  - text: 'Hội đồng có nhiệm vụ:'\n    footnote: Theo Thông tư số 08/2017/TT-BKHCN.\n",
    );
    expect(text).not.toBe(DECISION);
    const result = loadDocument(write(text));
    expect(result.diagnostics.map((d) => [d.code, d.args.field, d.args.suggestVi])).toEqual([
      ['FIELD_UNKNOWN', 'footnote', 'Có phải ý bạn là "note"? '],
    ]);
    const fixed = loadClean(write(text.replace('    footnote: Theo', '    note: Theo'))).model;
    const article = fixed.body.find((b) => b.runs[0]?.text === 'Điều 2.')!;
    expect(article.runs.at(-1)).toMatchObject({ footnote: 'Theo Thông tư số 08/2017/TT-BKHCN.' });
  });
});

describe('footnote: on invitees', () => {
  const invitation = (invitees: string, extra = '') =>
    INVITATION.replace(/^invitees:\n(?: {2}- .*\n)+/m, `${extra}${invitees}`);

  it('marks one invitee on the "kính mời:" line, and each of several before its ";"', async () => {
    const one = loadClean(
      write(invitation('invitees: { name: Đại diện lãnh đạo UBND tỉnh, footnote: Mời qua điện thoại. }\n')),
    ).model;
    const line = one.body.find((b) => b.runs.some((r) => r.footnote !== undefined))!;
    expect(line.runs.map((r) => [r.text, r.footnote])).toEqual([
      ['Sở Khoa học và Công nghệ trân trọng kính mời: Đại diện lãnh đạo UBND tỉnh', 'Mời qua điện thoại.'],
    ]);

    const several = loadClean(
      write(
        invitation(
          'invitees:\n  - { name: Lãnh đạo UBND tỉnh, footnote: "Kèm [giấy] mời; *riêng*." }\n  - Các sở, ngành\n',
        ),
      ),
    ).model;
    const lines = several.body.map((b) => b.runs.map((r) => [r.text, r.footnote]));
    // The footnote's own brackets and asterisks print as written: it is the clerk's text, not markup.
    expect(lines).toContainEqual([
      ['- Lãnh đạo UBND tỉnh', 'Kèm [giấy] mời; *riêng*.'],
      [';', undefined],
    ]);
    expect(lines).toContainEqual([['- Các sở, ngành.', undefined]]);
  });

  it('marks the invitee of the numbered layout before its full stop', () => {
    const numbered = loadClean(
      write(
        invitation('invitees: { name: Ông Nguyễn Văn A., footnote: Chuyên gia. }\n', 'layout: numbered\n'),
      ),
    ).model;
    const line = numbered.body.find((b) => b.runs.some((r) => r.footnote !== undefined))!;
    expect(line.runs.map((r) => [r.text, r.footnote])).toEqual([
      ['1. Thành phần mời: Ông Nguyễn Văn A', 'Chuyên gia.'],
      ['.', undefined],
    ]);
  });
});

describe('^[…] in a quyết định', () => {
  it('marks an article mid-sentence and a căn cứ line before its ";"', async () => {
    const text = DECISION.replace(
      'gồm các ông, bà có tên tại Phụ lục kèm theo.',
      'gồm các ông, bà^[Do các phòng đề xuất.] có tên tại Phụ lục kèm theo.',
    ).replace(
      'Căn cứ Luật Khoa học và Công nghệ ngày 18 tháng 6 năm 2013',
      'Căn cứ Luật Khoa học và Công nghệ ngày 18 tháng 6 năm 2013^[Luật số 29/2013/QH13.]',
    );
    const { model } = loadClean(write(text));
    const marked = model.body.filter((b) => b.runs.some((r) => r.footnote !== undefined));
    expect(marked.map((b) => b.runs.map((r) => [r.text, r.footnote ?? null]))).toEqual([
      [
        ['Căn cứ Luật Khoa học và Công nghệ ngày 18 tháng 6 năm 2013', 'Luật số 29/2013/QH13.'],
        [';', null],
      ],
      [
        ['Điều 1.', null],
        [
          ' Thành lập Hội đồng tư vấn tuyển chọn tổ chức, cá nhân chủ trì thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2021 (sau đây gọi là Hội đồng), gồm các ông, bà',
          'Do các phòng đề xuất.',
        ],
        [' có tên tại Phụ lục kèm theo.', null],
      ],
    ]);
    expect(marked[0]!.runs[0]!.italic).toBe(true);
    const r = await render(model);
    expect(footnotes(r).map((f) => f.text)).toEqual(['Luật số 29/2013/QH13.', 'Do các phòng đề xuất.']);
  });
});

describe('vanban render (end to end)', () => {
  it('writes the marks and the notes into the DOCX', () => {
    const ws = kindWorkspace();
    ws.write(
      'data/cv.yaml',
      letter().replace('phối hợp thực hiện.', 'phối hợp^[Trước ngày 30/6.] thực hiện.'),
    );
    const r = spawnSync(
      process.execPath,
      [join(REPO, 'bin', 'vanban.js'), 'render', 'data/cv.yaml', '-o', 'cv.docx'],
      {
        cwd: ws.dir,
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const parts = unzip(readFileSync(join(ws.dir, 'cv.docx')));
    const documentXml = parts.get('word/document.xml')!.toString('utf8');
    const paragraphs = [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const texts = paragraphTexts(documentXml);
    const marked = paragraphs.flatMap((p, i) =>
      p.includes('<w:footnoteReference') ? [asRead(texts[i]!)] : [],
    );
    expect(marked).toEqual([
      '- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;',
      '- Sở Khoa học và Công nghệ các tỉnh.',
      'Bộ Khoa học và Công nghệ đề nghị Quý Cơ quan quan tâm, phối hợp thực hiện./.',
      '- Bộ trưởng (để b/c);',
      '- Thứ trưởng A;',
      '- Cổng thông tin điện tử Bộ;',
    ]);
    const notes = parts.get('word/footnotes.xml')!.toString('utf8');
    for (const text of [
      'Trừ thành phố Hà Nội.',
      'Trước ngày 30/6.',
      'Qua Văn phòng Bộ.',
      'Đăng tải công khai.',
    ])
      expect(notes).toContain(`>${text}</w:t>`);
  });
});
