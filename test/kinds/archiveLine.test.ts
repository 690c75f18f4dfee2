/**
 * Nơi nhận and Lưu as offices write them (issue 12, part 4): the Lưu line may be given as one line of
 * text and is printed as written; drafter initials may be mixed case; any "Như …" item of the clerk's
 * stands for the one vanban would add first ("Như kính gửi" is not followed by a second "Như trên").
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/loadDocument.js';
import { DATA, example, kindWorkspace, loadClean } from './support.js';

const LETTER = example('2021-05-cong-van-de-xuat-nhiem-vu.yaml');

function letterWith(archive: string, recipients?: string) {
  const ws = kindWorkspace();
  let text = LETTER.replace(/^archive:\n {2}units: \[VT, PTĐP\]\n/m, `archive: ${archive}\n`);
  if (recipients) text = text.replace(/^recipients:\n(?: {2}.*\n)+/m, `recipients:\n${recipients}`);
  return ws.write('data/cv.yaml', text);
}

describe('the Lưu line as offices write it', () => {
  for (const [given, printed] of [
    ["'VT, CN, M.Cường (02)'", '- Lưu: VT, CN, M.Cường (02).'],
    ["'VT, NN (2)NXT'", '- Lưu: VT, NN (2)NXT.'],
    ["'VT, CN. pvc 5'", '- Lưu: VT, CN. pvc 5.'],
    ["'Lưu: VT, PTĐP.'", '- Lưu: VT, PTĐP.'],
  ] as const) {
    it(`${given} prints as ${printed}`, () => {
      const { model } = loadClean(letterWith(given));
      expect(model.recipients.items.at(-1)).toBe(printed);
    });
  }

  it('a line that does not start with VT is still warned about (PL1-II.9.d)', () => {
    const result = loadDocument(letterWith("'PTĐP, VT'"));
    expect(result.diagnostics.map((d) => d.code)).toContain('ARCHIVE_WITHOUT_VT');
  });

  it('drafter initials may be mixed case, as "T.Q.Hùng"', () => {
    const { model } = loadClean(letterWith('{ units: [VT, PTĐP], drafter: T.Q.Hùng, drafter_copies: 5 }'));
    expect(model.recipients.items.at(-1)).toBe('- Lưu: VT, PTĐP. T.Q.Hùng(5).');
  });
});

describe('"Như …" where the clerk puts it', () => {
  it('"Như kính gửi" stands for "Như trên": it is not added a second time', () => {
    const { model } = loadClean(
      letterWith('{ units: [VT, PTĐP] }', '  - Như kính gửi\n  - Các Thứ trưởng\n'),
    );
    expect(model.recipients.items).toEqual(['- Như kính gửi;', '- Các Thứ trưởng;', '- Lưu: VT, PTĐP.']);
  });

  it('without one, "Như trên" still comes first', () => {
    const { model } = loadClean(join(DATA, '2021-05-cong-van-de-xuat-nhiem-vu.yaml'));
    expect(model.recipients.items[0]).toBe('- Như trên;');
  });
});
