import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { basisLines } from '../../src/kinds/quyetDinh.js';
import {
  archiveLine,
  buildRecipients,
  defaultAuthority,
  finishBody,
  numberLine,
  recipientItem,
  signatureTitleLines,
} from '../../src/model/buildParts.js';
import type { AgencyProfile } from '../../src/profile/agencySchema.js';
import type { CommonDocumentData } from '../../src/kinds/commonView.js';
import type { BodyParagraph, BodyTable } from '../../src/model/document.js';

const profile: AgencyProfile = {
  name: 'Ủy ban nhân dân',
  abbreviation: 'UBND',
  place: 'Quảng Bình',
  head_title: 'Chủ tịch',
  collective_name: 'Ủy ban nhân dân',
  units: [],
  people: [],
};

function data(
  archive: CommonDocumentData['archive'],
  recipients: CommonDocumentData['recipients'] = [],
): CommonDocumentData {
  return {
    kind: 'x',
    agency: 'x',
    issue_date: '2020-08-31',
    summary: ['x'],
    signer: { person: 'p' },
    recipients,
    archive,
  };
}

describe('Số line (PL1-II.3)', () => {
  it('pads below 10, leaves room when the number is not known yet', () => {
    expect(numberLine(5, ['TB', 'SKHCN'])).toBe('Số: 05/TB-SKHCN');
    expect(numberLine(125, ['TB', 'SKHCN'])).toBe('Số: 125/TB-SKHCN');
    expect(numberLine(undefined, ['TB', 'SKHCN'])).toBe('Số:      /TB-SKHCN');
  });

  it('always matches the decree pattern (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99999 }), (n) => {
        expect(numberLine(n, ['TB', 'SKHCN'])).toMatch(/^Số: (0[1-9]|[1-9][0-9]+)\/TB-SKHCN$/);
      }),
    );
  });
});

describe('signature title lines (PL1-II.7.b)', () => {
  it('writes each authority form', () => {
    expect(signatureTitleLines('none', profile, 'Chủ tịch')).toEqual(['Chủ tịch']);
    expect(signatureTitleLines('KT.', profile, 'Phó Chủ tịch')).toEqual(['KT. Chủ tịch', 'Phó Chủ tịch']);
    expect(signatureTitleLines('TL.', profile, 'Chánh Văn phòng')).toEqual([
      'TL. Chủ tịch',
      'Chánh Văn phòng',
    ]);
    expect(signatureTitleLines('TUQ.', profile, 'Chánh Văn phòng')).toEqual([
      'TUQ. Chủ tịch',
      'Chánh Văn phòng',
    ]);
    expect(signatureTitleLines('TM.', profile, 'Chủ tịch')).toEqual(['TM. Ủy ban nhân dân', 'Chủ tịch']);
    expect(signatureTitleLines('Q.', profile, 'Phó Chủ tịch')).toEqual(['Q. Chủ tịch']);
  });
});

describe('Nơi nhận (PL1-II.9.d)', () => {
  it('owns the punctuation: "- …;" for each item, "- Lưu: VT, ….” last', () => {
    const list = buildRecipients(
      data({ units: ['VT', 'VP'] }, [
        '- Các phòng, đơn vị thuộc Sở;',
        { name: 'UBND tỉnh', note: '(để b/c)' },
      ]),
    );
    expect(list.label).toBe('Nơi nhận:');
    expect(list.items).toEqual(['- Các phòng, đơn vị thuộc Sở;', '- UBND tỉnh (để b/c);', '- Lưu: VT, VP.']);
  });

  it('adds copy counts and the drafter as Mẫu 1.4 shows', () => {
    expect(archiveLine(data({ units: ['VT', 'VP'], copies: 2 }))).toBe('- Lưu: VT, VP(2).');
    expect(archiveLine(data({ units: ['VT', 'VP'], copies: 2, drafter: 'NVA', drafter_copies: 10 }))).toBe(
      '- Lưu: VT, VP(2). NVA(10).',
    );
  });

  it('every item but the last ends with ";" and the last with "." (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ minLength: 1 }).map((s) => s.replace(/\s+/g, ' ')),
          { minLength: 1, maxLength: 6 },
        ),
        (names) => {
          fc.pre(names.every((n) => recipientItem(n) !== ''));
          const items = buildRecipients(data({ units: ['VT'] }, names)).items;
          items.slice(0, -1).forEach((i) => expect(i).toMatch(/^- .*;$/));
          expect(items[items.length - 1]).toMatch(/^- Lưu: VT.*\.$/);
        },
      ),
    );
  });
});

describe('end mark', () => {
  const p = (text: string): BodyParagraph => ({
    type: 'paragraph',
    runs: [{ text }],
    indent: 'firstLine',
    align: 'justify',
  });

  it('ends the content with "./." exactly once, whatever the closing sentence ends with', () => {
    for (const ending of ['thực hiện', 'thực hiện.', 'thực hiện./.', 'thực hiện;', 'thực hiện. ']) {
      const body = finishBody([p('a'), p(ending)]);
      expect(body[1]!.runs[0]!.text).toBe('thực hiện./.');
      expect((body[1] as BodyParagraph).keepWithNext).toBe(true);
    }
  });

  it('after a table that ends the content, on a paragraph of its own; the heading before stays bare', () => {
    const table: BodyTable = { type: 'table', rows: [[{ runs: [{ text: 'Tổng' }] }]], runs: [] };
    const body = finishBody([p('a'), p('1. Dự toán kinh phí'), table]);
    expect(body.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'table', 'paragraph']);
    expect(body[1]!.runs[0]!.text).toBe('1. Dự toán kinh phí');
    expect(body[3]).toMatchObject({ runs: [{ text: './.' }], indent: 'firstLine', keepWithNext: true });
    expect((body[1] as BodyParagraph).keepWithNext).toBeUndefined();
  });

  it('closes the paragraph after a footnote mark that ends it: "thực hiện¹./."', () => {
    const noted = (runs: BodyParagraph['runs']): BodyParagraph => ({ ...p(''), runs });
    expect(finishBody([noted([{ text: 'thực hiện.', footnote: 'x' }])])[0]!.runs).toEqual([
      { text: 'thực hiện', footnote: 'x' },
      { text: './.' },
    ]);
    expect(finishBody([noted([{ text: 'thực hiện' }, { text: '', footnote: 'x' }])])[0]!.runs).toEqual([
      { text: 'thực hiện' },
      { text: '', footnote: 'x' },
      { text: './.' },
    ]);
  });
});

describe('what the writer typed wins over what a kind adds', () => {
  it('does not add "Như Điều …" or "Như trên" when the recipients already hold one, wherever', () => {
    const list = buildRecipients(data({ units: ['VT'] }, ['Bộ Y tế', 'Như Điều 2', 'UBND các huyện']), [
      'Như Điều 3',
    ]);
    expect(list.items).toEqual(['- Bộ Y tế;', '- Như Điều 2;', '- UBND các huyện;', '- Lưu: VT.']);
    expect(buildRecipients(data({ units: ['VT'] }, ['Bộ Y tế']), ['Như Điều 3']).items[0]).toBe(
      '- Như Điều 3;',
    );
    expect(buildRecipients(data({ units: ['VT'] }, ['- như trên']), ['Như trên']).items).toEqual([
      '- như trên;',
      '- Lưu: VT.',
    ]);
  });

  it('keeps a "Xét đề nghị …" or "Theo đề nghị …" sentence as written in a quyết định', () => {
    expect(basisLines(['Căn cứ Luật A'], 'Xét đề nghị của Giám đốc Sở Y tế')).toEqual([
      'Căn cứ Luật A;',
      'Xét đề nghị của Giám đốc Sở Y tế.',
    ]);
    expect(basisLines([], 'Chánh Văn phòng')).toEqual(['Theo đề nghị của Chánh Văn phòng.']);
  });
});

describe('a head with two offices ("Bộ trưởng, Chủ nhiệm")', () => {
  const vpcp: AgencyProfile = { ...profile, head_title: 'Bộ trưởng, Chủ nhiệm', collective_name: undefined };
  const person = (title: string) => ({ id: 'x', name: 'Nguyễn Văn Tùng', title });

  it('has deputies of either office sign KT., and others TL.', () => {
    expect(defaultAuthority(vpcp, person('Phó Chủ nhiệm'))).toBe('KT.');
    expect(defaultAuthority(vpcp, person('Bộ trưởng, Chủ nhiệm'))).toBe('none');
    expect(defaultAuthority(vpcp, person('Vụ trưởng'))).toBe('TL.');
    expect(signatureTitleLines('KT.', vpcp, 'Phó Chủ nhiệm')).toEqual([
      'KT. Bộ trưởng, Chủ nhiệm',
      'Phó Chủ nhiệm',
    ]);
  });
});
