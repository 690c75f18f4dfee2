/**
 * Numbers a clerk copies in with the text ("a) Theo dõi …", "Điều 4. Quyết định …"), where vanban
 * numbers the items itself: the same number is printed once, and LABEL_TYPED says so at the item; a
 * different one is printed as typed, beside vanban's, and the warning names label:.
 */
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/loadDocument.js';
import { bodyTexts, example, kindWorkspace } from './support.js';

const PLAN = `kind: ke-hoach
agency: so-khcn-quang-binh
issue_date: 2024-02-07
summary: Kế hoạch thử số gõ tay
items:
  - title: Nhiệm vụ
    items:
      - title: Theo dõi
        items:
          - a) Theo dõi diễn biến thời tiết;
          - 2.1. Báo cáo hằng ngày.
recipients: [Các phòng, đơn vị thuộc Sở]
archive: { units: [VT, VP] }
`;

describe('numbers typed with the text', () => {
  it('vanban\'s own "a)" typed too prints once; another number prints beside it; both are warned at their line', () => {
    const result = loadDocument(kindWorkspace().write('data/kh.yaml', PLAN));
    const texts = bodyTexts(result.model!);
    expect(texts).toContain('a) Theo dõi diễn biến thời tiết;');
    expect(texts).toContain('b) 2.1. Báo cáo hằng ngày./.');
    const lines = PLAN.split('\n');
    expect(
      result.diagnostics.filter((d) => d.code === 'LABEL_TYPED').map((d) => [d.args.typed, d.location?.line]),
    ).toEqual([
      ['a)', lines.indexOf('          - a) Theo dõi diễn biến thời tiết;') + 1],
      ['2.1.', lines.indexOf('          - 2.1. Báo cáo hằng ngày.') + 1],
    ]);
  });

  it('"Điều 2." typed at the start of an article prints once', () => {
    const text = example('2021-04-quyet-dinh-hoi-dong.yaml').replace(
      "  - text: 'Hội đồng có nhiệm vụ:'",
      "  - text: 'Điều 2. Hội đồng có nhiệm vụ:'",
    );
    expect(text).toContain('Điều 2. Hội đồng');
    const result = loadDocument(kindWorkspace().write('data/qd.yaml', text));
    expect(bodyTexts(result.model!).filter((t) => t.includes('Hội đồng có nhiệm vụ:'))).toEqual([
      'Điều 2. Hội đồng có nhiệm vụ:',
    ]);
    expect(result.diagnostics.map((d) => [d.code, d.args.typed])).toEqual([['LABEL_TYPED', 'Điều 2.']]);
  });

  it('a number inside the words ("1.000 người", "2024.") is no label', () => {
    const result = loadDocument(
      kindWorkspace().write(
        'data/kh.yaml',
        PLAN.replace('a) Theo dõi diễn biến thời tiết;', '1.000 người tham gia;').replace(
          '2.1. Báo cáo hằng ngày.',
          '2024. Năm chuyển đổi số.',
        ),
      ),
    );
    expect(result.diagnostics.filter((d) => d.code === 'LABEL_TYPED')).toEqual([]);
  });
});
