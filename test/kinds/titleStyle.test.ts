/**
 * `title_style:` on an item (issue 12): a numbered heading printed plain, italic or bold italic instead
 * of bold, still on its own line and kept with what follows; the `text:` + `paragraphs:` way round it is
 * no longer needed.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/api/library.js';
import { contentLines, type ContentNode } from '../../src/kinds/content.js';
import { lintDocx } from '../../src/lint/lint.js';
import { renderDocx } from '../../src/render/docx/renderDocx.js';
import type { OfficialDocument, TextRun } from '../../src/model/document.js';
import { loadDocument } from '../../src/load/loadDocument.js';
import { kindWorkspace, loadClean } from './support.js';

const HEAD = `kind: ke-hoach
agency: so-khcn-quang-binh
issue_date: 2024-02-07
summary: Kế hoạch thử kiểu chữ tên mục
recipients: [Các phòng, đơn vị thuộc Sở]
archive: { units: [VT, VP] }
`;

/** The runs of the body paragraph that starts with `start`. */
function runsOf(model: OfficialDocument, start: string): TextRun[] {
  const block = model.body.find(
    (b) =>
      b.type !== 'table' &&
      b.runs
        .map((r) => r.text)
        .join('')
        .startsWith(start),
  );
  expect(block, start).toBeDefined();
  return block!.type === 'table' ? [] : block!.runs;
}

const look = (runs: TextRun[]) => runs.map((r) => [r.text, !!r.bold, !!r.italic]);

describe('title_style', () => {
  const ws = kindWorkspace();

  it('prints a khoản title plain, italic or bold italic, the default bold', async () => {
    const path = ws.write(
      'data/kh.yaml',
      `${HEAD}items:
  - title: Mục đích, yêu cầu
    items:
      - title: Mục đích
        title_style: normal
        paragraphs: [Bảo đảm an toàn cho người và tài sản.]
      - title: 'Yêu cầu:'
        title_style: bold-italic
        text: chủ động, kịp thời.
      - title: Phạm vi
        title_style: italic
        paragraphs: [Toàn xã.]
      - title: Thời gian
        paragraphs: [Năm 2024.]
closing: [Sở thông báo để các đơn vị thực hiện.]
`,
    );
    const { model } = loadClean(path);
    expect(look(runsOf(model, '1. Mục đích'))).toEqual([['1. Mục đích', false, false]]);
    expect(look(runsOf(model, '2. Yêu cầu:'))).toEqual([
      ['2. Yêu cầu:', true, true],
      [' chủ động, kịp thời.', false, false],
    ]);
    expect(look(runsOf(model, '3. Phạm vi'))).toEqual([['3. Phạm vi', false, true]]);
    expect(look(runsOf(model, '4. Thời gian'))).toEqual([['4. Thời gian', true, false]]);
    // Still a heading: kept with the paragraph under it.
    const plain = model.body.find((b) => b.type !== 'table' && b.runs[0]?.text === '1. Mục đích');
    expect(plain?.type === 'paragraph' && plain.keepWithNext).toBe(true);
    expect(lintDocx(await renderDocx(model)).filter((f) => f.severity === 'error')).toEqual([]);
    expect((await check(path)).diagnostics).toEqual([]);
  });

  it('prints what text: + paragraphs: printed, so that way round is no longer needed', async () => {
    const items = (first: string) => `${HEAD}items:
  - title: Mục đích, yêu cầu
    items:
${first}        paragraphs: [Bảo đảm an toàn cho người và tài sản.]
`;
    const styled = loadClean(
      ws.write('data/a.yaml', items('      - title: Mục đích\n        title_style: normal\n')),
    ).model;
    const trick = loadClean(ws.write('data/b.yaml', items('      - text: Mục đích\n'))).model;
    const texts = (m: OfficialDocument) => m.body.map((b) => (b.type === 'table' ? [] : look(b.runs)));
    expect(texts(styled)).toEqual(texts(trick));
    // What the trick lacked: the heading stays on the page of its paragraph.
    const kept = (m: OfficialDocument) =>
      m.body.some((b) => b.type === 'paragraph' && b.runs[0]?.text === '1. Mục đích' && b.keepWithNext);
    expect([kept(styled), kept(trick)]).toEqual([true, false]);
  });

  it('at the levels below khoản, a styled title is its own run before the text', () => {
    const lines = contentLines(
      {
        items: [
          {
            title: 'Nhiệm vụ',
            items: [
              {
                title: 'Chuẩn bị',
                items: [{ title: 'Lực lượng:', title_style: 'italic', text: '20 người.' }],
              },
            ],
          },
        ] as ContentNode[],
      },
      'roman',
    );
    const point = lines.find((l) => l.label === 'a)')!;
    expect(point).toMatchObject({
      title: 'Lực lượng:',
      titleBold: false,
      titleItalic: true,
      text: '20 người.',
    });
    // Without title_style the title runs into the text, plain, as before.
    const plain = contentLines(
      { items: [{ title: 'A', items: [{ title: 'B', items: [{ title: 'x', text: 'y' }] }] }] },
      'roman',
    );
    expect(plain.find((l) => l.label === 'a)')).toMatchObject({ title: null, text: 'x y' });
  });

  it('prints a point\'s "c)" plain before its bold title, as PL1-II.6.đ sets điểm, so lint passes', async () => {
    const path = ws.write(
      'data/diem.yaml',
      `${HEAD}numbering: arabic
items:
  - title: 'Giao nhiệm vụ:'
    items:
      - Sở Tài chính bố trí kinh phí.
      - Sở Nội vụ hướng dẫn thủ tục.
      - title: 'Bộ Tài nguyên và Môi trường:'
        title_style: bold
        text: hướng dẫn các địa phương thực hiện.
      - title: 'Bộ Giao thông vận tải:'
        title_style: bold
        items: [Rà soát các tuyến đường.]
`,
    );
    const { model } = loadClean(path);
    expect(look(runsOf(model, 'c) '))).toEqual([
      ['c) ', false, false],
      ['Bộ Tài nguyên và Môi trường:', true, false],
      [' hướng dẫn các địa phương thực hiện.', false, false],
    ]);
    expect(look(runsOf(model, 'd) ')).slice(0, 2)).toEqual([
      ['d) ', false, false],
      ['Bộ Giao thông vận tải:', true, false],
    ]);
    expect((await check(path)).diagnostics.map((d) => d.code)).toEqual([]);
    expect(lintDocx(await renderDocx(model)).map((f) => f.rule)).toEqual([]);
  });

  it('list: letter gives points a), b) under a clause the clerk numbered "2.2."', () => {
    const lines = contentLines(
      {
        items: [
          {
            title: 'Địa điểm, thành phần',
            items: [
              { label: '2.1.', title: 'Địa điểm:', text: 'Phòng họp số 1.' },
              { label: '2.2.', title: 'Thành phần:', list: 'letter', items: ['Lãnh đạo Sở;', 'Các phòng.'] },
              { label: '2.3.', title: 'Khách mời:', items: ['Đại diện các huyện.'] },
            ],
          },
        ] as ContentNode[],
      },
      'arabic',
    );
    expect(lines.map((l) => l.label)).toEqual(['1.', '2.1.', '2.2.', 'a)', 'b)', '2.3.', '-']);
  });

  it('a mục I. printed plain is what BD-14 reports: check warns before it is printed', async () => {
    const path = ws.write(
      'data/kh-muc.yaml',
      `${HEAD}items:
  - title: Mục đích
    title_style: normal
    paragraphs: [Bảo đảm an toàn.]
closing: [Sở thông báo để các đơn vị thực hiện.]
`,
    );
    const result = await check(path);
    expect(result.diagnostics.map((d) => [d.code, d.args.rule])).toEqual([['LINT_WOULD_REPORT', 'BD-14']]);
  });

  it('is refused on a quyết định article, whose "Điều 1." is bold by the decree', () => {
    const path = ws.write(
      'data/qd.yaml',
      `kind: quyet-dinh
agency: so-khcn-quang-binh
issue_date: 2024-02-07
summary: Về việc thử
bases: [Căn cứ Luật thử]
articles:
  - title: Phạm vi
    title_style: normal
    text: Thử.
  - Thử.
recipients: [Các phòng, đơn vị thuộc Sở]
archive: { units: [VT, VP] }
`,
    );
    const result = loadDocument(path);
    expect(result.diagnostics.map((d) => d.code)).toContain('FIELD_UNKNOWN');
  });
});
