/**
 * Nơi nhận as offices write them (issue 12): bracket groups sharing one note, labelled sub-groups,
 * entries kept over the clerk's own lines, a hanging indent after "- ", and recipients_lead: none.
 */
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/loadDocument.js';
import { example, kindWorkspace, loadClean, paragraphWith, render } from './support.js';

const LETTER = example('2021-05-cong-van-de-xuat-nhiem-vu.yaml');

function letterWith(recipients: string, extra = '') {
  const ws = kindWorkspace();
  const text = LETTER.replace(/^recipients:\n(?: {2}.*\n)+/m, `${extra}recipients:\n${recipients}`);
  return ws.write('data/cv.yaml', text);
}

describe('bracket groups', () => {
  const recipients = [
    '  - group: [Bộ Công Thương, UBND tỉnh, Sở Tài chính]',
    '    note: (để b/c)',
    '  - group: [Các phòng thuộc Bộ;, Văn phòng Bộ]',
    '    note: (để t/h)',
    '',
  ].join('\n');

  it('print each member on its line and the note once, on the middle line', () => {
    const { model } = loadClean(letterWith(recipients));
    expect(model.recipients.items).toEqual([
      '- Như trên;',
      '- Bộ Công Thương;',
      '- UBND tỉnh\t(để b/c);',
      '- Sở Tài chính;',
      '- Các phòng thuộc Bộ;',
      '- Văn phòng Bộ\t(để t/h);',
      '- Lưu: VT, PTĐP.',
    ]);
    expect(model.recipients.groups).toEqual([
      { first: 1, last: 3 },
      { first: 4, last: 5 },
    ]);
  });

  it('set the note at one tab stop past the longest line of the group, in every member', async () => {
    const r = await render(loadClean(letterWith(recipients)).model);
    const middle = paragraphWith(r, '- UBND tỉnh(để b/c);');
    expect(middle).toMatch(/<w:tabs><w:tab w:val="left" w:pos="\d+"\/><\/w:tabs>/);
    expect(middle).toMatch(/<w:tab\/><w:t[^>]*>\(để b\/c\);<\/w:t>/);
    const pos = (xml: string) => Number(/<w:tab w:val="left" w:pos="(\d+)"/.exec(xml)![1]);
    expect(pos(paragraphWith(r, '- Bộ Công Thương;'))).toBe(pos(middle));
    expect(pos(paragraphWith(r, '- Văn phòng Bộ(để t/h);'))).toBeLessThan(pos(middle) + 1000);
  });

  it('need their note', () => {
    const result = loadDocument(letterWith('  - group: [Bộ Công Thương, UBND tỉnh]\n'));
    expect(result.diagnostics.map((d) => d.code)).toEqual(['RECIPIENT_SHAPE']);
    expect(result.diagnostics[0]!.location?.line).toBeGreaterThan(0);
  });
});

describe('labelled sub-groups', () => {
  it('print the label as written, then its entries', () => {
    const { model } = loadClean(
      letterWith(
        [
          '  - Các Thứ trưởng',
          "  - label: 'Bản điện tử'",
          '    items:',
          '      - Cổng thông tin điện tử Bộ',
          '      - { name: Báo Khoa học và Phát triển, note: (để đưa tin) }',
          '',
        ].join('\n'),
      ),
    );
    expect(model.recipients.items).toEqual([
      '- Như trên;',
      '- Các Thứ trưởng;',
      'Bản điện tử:',
      '- Cổng thông tin điện tử Bộ;',
      '- Báo Khoa học và Phát triển (để đưa tin);',
      '- Lưu: VT, PTĐP.',
    ]);
  });

  it('a label without items, items without a label, name with group: each a located error', () => {
    const result = loadDocument(
      letterWith(
        [
          "  - label: 'Bản giấy:'",
          '  - items: [Văn phòng Bộ]',
          '  - { name: Văn phòng Bộ, group: [Vụ Kế hoạch], note: (để t/h) }',
          '',
        ].join('\n'),
      ),
    );
    const shapes = result.diagnostics.filter((d) => d.code === 'RECIPIENT_SHAPE');
    expect(shapes.map((d) => d.args.problemEn)).toEqual([
      'has a label but no items',
      'has items but no label',
      'has more than one of name, group, label',
    ]);
    expect(new Set(shapes.map((d) => d.location?.line)).size).toBe(3);
  });
});

describe('entries kept over several lines, and the hanging indent', () => {
  it('keeps the clerk\'s lines, the dash before the first and ";" after the last', async () => {
    const { model } = loadClean(
      letterWith('  - [Văn phòng Đoàn ĐBQH và HĐND tỉnh, (Phòng Tổng hợp);]\n  - Các Thứ trưởng\n'),
    );
    expect(model.recipients.items[1]).toBe('- Văn phòng Đoàn ĐBQH và HĐND tỉnh\n(Phòng Tổng hợp);');
    const r = await render(model);
    const kept = paragraphWith(r, '- Văn phòng Đoàn ĐBQH và HĐND tỉnh(Phòng Tổng hợp);');
    expect(kept).toMatch(/<w:br\/><w:t[^>]*>\(Phòng Tổng hợp\);/);
  });

  it('every "- " item hangs after its dash; the Lưu line too', async () => {
    const r = await render(loadClean(letterWith('  - Các Thứ trưởng\n')).model);
    for (const text of ['- Các Thứ trưởng;', '- Lưu: VT, PTĐP.']) {
      const xml = paragraphWith(r, text);
      const left = Number(/<w:ind w:left="(\d+)"/.exec(xml)?.[1]);
      expect(left).toBeGreaterThan(50);
      expect(xml).toContain(`w:hanging="${left}"`);
    }
  });
});

describe('recipients_lead', () => {
  it('none: no "Như trên" is added before a letter\'s recipients', () => {
    const { model } = loadClean(letterWith('  - Các Thứ trưởng\n', 'recipients_lead: none\n'));
    expect(model.recipients.items).toEqual(['- Các Thứ trưởng;', '- Lưu: VT, PTĐP.']);
  });

  it('a "Như kính gửi" placed anywhere stands for the added "Như trên"', () => {
    const { model } = loadClean(letterWith('  - Các Thứ trưởng\n  - Như kính gửi\n'));
    expect(model.recipients.items).toEqual(['- Các Thứ trưởng;', '- Như kính gửi;', '- Lưu: VT, PTĐP.']);
  });
});
