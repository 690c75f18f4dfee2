/**
 * `title_style:` comes back from a DOCX: headings printed bold, plain, italic or bold italic, at the 1.
 * level (on their own line) and at the a) level (a styled lead before the text, or a heading line with
 * items under it), rendered by vanban and imported, print the same and are read as the same items.
 */
import { describe, expect, it } from 'vitest';
import { check, render } from '../../src/api/library.js';
import { importDocx } from '../../src/import/importDocx.js';
import { toYaml } from '../../src/import/writeYaml.js';
import { kindWorkspace } from '../kinds/support.js';
import { printed } from './support/printed.js';

const ITEMS = `  - title: Mục đích, yêu cầu
    items:
      - title: Mục đích
        paragraphs: [Bảo đảm an toàn cho người và tài sản.]
      - title: Yêu cầu
        title_style: normal
        paragraphs: ['Chủ động, kịp thời.']
      - title: Phạm vi
        title_style: italic
        paragraphs: [Toàn xã.]
      - title: Thời gian
        title_style: bold-italic
        paragraphs: [Năm 2024.]
      - title: 'Địa điểm:'
        title_style: bold-italic
        text: trụ sở Ủy ban nhân dân xã.
  - title: Nhiệm vụ
    items:
      - title: Chuẩn bị
        items:
          - title: 'Lực lượng:'
            title_style: bold
            text: 20 người.
          - title: 'Phương tiện:'
            title_style: italic
            text: 02 xe.
          - title: 'Kinh phí:'
            title_style: bold-italic
            text: ngân sách xã.
          - title: 'Thời gian:'
            title_style: normal
            text: tháng 6.
          - title: Vật tư
            title_style: italic
            items: [Áo phao, Đèn pin]
          - title: Hậu cần
            title_style: bold
            items: [Nước uống]
`;

const SOURCE = `kind: ke-hoach
agency: so-khcn-quang-binh
issue_date: 2024-02-07
summary: Kế hoạch thử kiểu chữ tên mục
items:
${ITEMS}closing: [Sở thông báo để các đơn vị thực hiện.]
recipients: [Các phòng, đơn vị thuộc Sở]
archive: { units: [VT, VP] }
`;

describe('title_style through render and import', () => {
  it('prints the same, and each heading is read back with its style', async () => {
    const ws = kindWorkspace();
    const original = await render(ws.write('data/kh.yaml', SOURCE), { write: false });
    // Bold points are what BD-13 warns about, not an error: the office chose them.
    expect(original.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const imported = importDocx(new Uint8Array(original.docx!));
    ws.write(
      'data/agencies/nhap.yaml',
      toYaml(imported.profile as unknown as Record<string, unknown>, [], imported.profileReviews),
    );
    const back = ws.write(
      'data/back.yaml',
      toYaml({ ...imported.document, agency: 'nhap' }, [], imported.reviews),
    );
    const checked = await check(back);
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(printed(checked.model!)).toEqual(printed(original.model!));

    // Read as written, but for the mục titles (printed, so read, in capitals) and the plain lead at a),
    // which prints as the text it runs into.
    const items = imported.document.items as Array<{ title: string; items: unknown[] }>;
    expect(items.map((i) => i.title)).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'NHIỆM VỤ']);
    expect(items[0]!.items).toEqual([
      { title: 'Mục đích', paragraphs: ['Bảo đảm an toàn cho người và tài sản.'] },
      { title: 'Yêu cầu', title_style: 'normal', paragraphs: ['Chủ động, kịp thời.'] },
      { title: 'Phạm vi', title_style: 'italic', paragraphs: ['Toàn xã.'] },
      { title: 'Thời gian', title_style: 'bold-italic', paragraphs: ['Năm 2024.'] },
      { title: 'Địa điểm:', title_style: 'bold-italic', text: 'trụ sở Ủy ban nhân dân xã.' },
    ]);
    expect(items[1]!.items).toEqual([
      {
        title: 'Chuẩn bị',
        items: [
          { title: 'Lực lượng:', title_style: 'bold', text: '20 người.' },
          { title: 'Phương tiện:', title_style: 'italic', text: '02 xe.' },
          { title: 'Kinh phí:', title_style: 'bold-italic', text: 'ngân sách xã.' },
          'Thời gian: tháng 6.',
          { title: 'Vật tư', title_style: 'italic', items: ['Áo phao', 'Đèn pin'] },
          { title: 'Hậu cần', title_style: 'bold', items: ['Nước uống'] },
        ],
      },
    ]);
  });
});
