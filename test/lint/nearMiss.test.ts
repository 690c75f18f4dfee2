/**
 * "Có nhưng sai": an element that is there but malformed (a slip in its words, marks or spaces) is still
 * that element. Its rule quotes the line and says what is wrong, instead of reporting it missing.
 */
import { describe, expect, it } from 'vitest';
import { lintDocx } from '../../src/lint/lint.js';
import { EXAMPLES, inParagraph, mutated } from './support/fixtures.js';
import { mutateReal, realDocsPresent } from './support/realDocs.js';

const DOC = 'word/document.xml';

interface NearMiss {
  rule: string;
  what: string;
  example?: string;
  /** Text of the paragraph to change, and the replacement of its text. */
  paragraph: string;
  from: string;
  to: string;
  /** What the finding must say (its found text, in Vietnamese). */
  says: RegExp;
}

const NEAR_MISSES: NearMiss[] = [
  {
    rule: 'DT-01',
    what: 'no space before "năm"',
    paragraph: 'Quảng Bình, ngày',
    from: 'tháng 8 năm',
    to: 'tháng 8năm',
    says: /"Quảng Bình, ngày 31 tháng 8năm 2020": thiếu dấu cách giữa "8" và "năm"/u,
  },
  {
    rule: 'DT-01',
    what: '"ngay" without its marks',
    paragraph: 'Quảng Bình, ngày',
    from: 'ngày 31',
    to: 'ngay 31',
    says: /"ngay" thiếu dấu/u,
  },
  {
    rule: 'DT-01',
    what: 'the date in figures',
    paragraph: 'Quảng Bình, ngày',
    from: 'ngày 31 tháng 8 năm 2020',
    to: 'ngày 31/8/2020',
    says: /ngày viết bằng số "31\/8\/2020"/u,
  },
  {
    rule: 'DT-01',
    what: 'no comma after the place',
    paragraph: 'Quảng Bình, ngày',
    from: 'Quảng Bình, ngày',
    to: 'Quảng Bình ngày',
    says: /thiếu dấu phẩy sau địa danh/u,
  },
  {
    rule: 'DT-01',
    what: '"Ngày" capitalised',
    paragraph: 'Quảng Bình, ngày',
    from: 'ngày 31',
    to: 'Ngày 31',
    says: /viết hoa "Ngày" \(phải là "ngày"\)/u,
  },
  {
    rule: 'KG-02',
    what: 'no space after "Kính gửi:"',
    example: EXAMPLES.letter,
    paragraph: 'Kính gửi:',
    from: '>Kính gửi:<',
    to: '>Kính gửi:Ủy ban nhân dân tỉnh<',
    says: /thiếu dấu cách sau dấu hai chấm/u,
  },
  {
    rule: 'SO-01',
    what: '"So:" for "Số:"',
    paragraph: '/TB-SKHCN',
    from: 'Số:',
    to: 'So:',
    says: /"So:" sai chữ, phải là "Số:"/u,
  },
  {
    rule: 'SO-01',
    what: 'no "/" between number and symbol',
    paragraph: '/TB-SKHCN',
    from: '/TB-SKHCN',
    to: '-TB-SKHCN',
    says: /không có dấu "\/" giữa số và ký hiệu/u,
  },
  {
    rule: 'TY-03',
    what: '"V/V" for "V/v"',
    example: EXAMPLES.letter,
    paragraph: 'V/v',
    from: 'V/v',
    to: 'V/V',
    says: /^"V\/V /u,
  },
  {
    rule: 'SG-01',
    what: 'the signer’s title in lower case',
    paragraph: '>GIÁM ĐỐC<',
    from: '>GIÁM ĐỐC<',
    to: '>Giám đốc<',
    says: /có chữ thường/u,
  },
  {
    rule: 'TL-02',
    what: 'a lost mark in the type name',
    paragraph: '>THÔNG BÁO<',
    from: '>THÔNG BÁO<',
    to: '>THÔNG BAO<',
    says: /^"THÔNG BAO" \(gần với "THÔNG BÁO"\)$/u,
  },
  {
    rule: 'QH-01',
    what: 'the Quốc hiệu cut short',
    paragraph: 'CỘNG HÒA XÃ HỘI',
    from: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    to: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT',
    says: /^"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT"$/u,
  },
  {
    rule: 'TN-01',
    what: 'a wrong mark in the Tiêu ngữ',
    paragraph: 'Độc lập',
    from: 'Hạnh phúc',
    to: 'Hạnh phục',
    says: /^"Độc lập - Tự do - Hạnh phục"$/u,
  },
  {
    rule: 'NN-01',
    what: '"Nơi nhân:"',
    paragraph: 'Nơi nhận:',
    from: 'Nơi nhận:',
    to: 'Nơi nhân:',
    says: /^"Nơi nhân:"$/u,
  },
  {
    rule: 'KG-02',
    what: '"Kinh gửi:"',
    example: EXAMPLES.letter,
    paragraph: 'Kính gửi:',
    from: 'Kính gửi:',
    to: 'Kinh gửi:',
    says: /^"Kinh gửi:/u,
  },
];

describe('an element there but malformed is quoted, not reported missing', () => {
  for (const n of NEAR_MISSES)
    it(`${n.rule}: ${n.what}`, async () => {
      const bytes = await mutated(
        DOC,
        (x) =>
          inParagraph(x, n.paragraph, (p) => {
            if (!p.includes(n.from)) throw new Error(`fixture: "${n.from}" is not in one run`);
            return p.replace(n.from, n.to);
          }),
        n.example,
      );
      const findings = lintDocx(bytes).filter((f) => f.rule === n.rule);
      expect(findings.map((f) => f.found.vi)).toContainEqual(expect.stringMatching(n.says));
      // Nothing reports the element missing, and nothing calls the document not administrative.
      expect(findings.filter((f) => f.where.paragraph === undefined)).toEqual([]);
      expect(lintDocx(bytes).filter((f) => f.rule === 'NOT_ADMINISTRATIVE')).toEqual([]);
    });
});

describe.skipIf(!realDocsPresent)('a rule line there but wrong is measured, not reported missing', () => {
  it('TY-02: the rule under the summary dragged longer to the right (054)', () => {
    const at = (x: string): number => x.indexOf('Về việc phê duyệt');
    const bytes = mutateReal(
      '054',
      (x) => x.slice(0, at(x)) + x.slice(at(x)).replace(/cx="2070735"/gu, 'cx="5900000"'),
    );
    const findings = lintDocx(bytes).filter((f) => f.rule === 'TY-02');
    expect(findings.map((f) => f.found.vi)).toContain('163.9 mm');
    expect(findings.map((f) => f.found.vi)).not.toContain('không có');
  });
});
