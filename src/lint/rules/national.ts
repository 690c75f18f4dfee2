/** QH-01..03 and TN-01..04: the Quốc hiệu and Tiêu ngữ, and the rule under them (PL1-II.1). */
import { L } from '../finding.js';
import { piecesWidthMm } from '../layout.js';
import { findingOf, type LintRule } from '../rule.js';
import { ELEMENT, mm, PROPERTY, quoted, VALUE } from '../words.js';
import { checkRuleUnder } from './ruleCheck.js';
import { checkStyle, whereOf } from './segmentStyle.js';

const QUOC_HIEU_TEXTS = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'];
const TIEU_NGU_TEXT = 'Độc lập - Tự do - Hạnh phúc';

const qhText: LintRule = {
  id: 'QH-01',
  clause: 'PL1-II.1.a',
  severity: 'error',
  element: ELEMENT.quocHieu,
  requirement: L(
    'Đúng chữ "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (nhận cả "HOÀ")',
    'Reads "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" ("HOÀ" accepted)',
  ),
  check: ({ elements: e }) => {
    if (!e.quocHieu)
      return [
        findingOf(qhText, {
          property: PROPERTY.presence,
          expected: quoted(QUOC_HIEU_TEXTS[0]!),
          found: VALUE.notFound,
          where: {},
        }),
      ];
    // Case is QH-02's; here the words and their spacing.
    const upper = e.quocHieu.text.toLocaleUpperCase('vi-VN');
    if (QUOC_HIEU_TEXTS.includes(upper)) return [];
    return [
      findingOf(qhText, {
        property: PROPERTY.text,
        expected: quoted(QUOC_HIEU_TEXTS[0]!),
        found: quoted(e.quocHieu.text),
        where: whereOf(e.quocHieu),
      }),
    ];
  },
};

const qhStyle: LintRule = {
  id: 'QH-02',
  clause: 'PL1-II.1.a',
  severity: 'error',
  element: ELEMENT.quocHieu,
  requirement: L('IN HOA, đậm, đứng, cỡ 12–13', 'UPPERCASE, bold, upright, 12–13 pt'),
  check: ({ elements: e }) =>
    e.quocHieu
      ? checkStyle(qhStyle, e.quocHieu, { sizes: [12, 13], bold: true, italic: false, case: 'upper' })
      : [],
};

const qhPosition: LintRule = {
  id: 'QH-03',
  clause: 'PL1-II.1.a, PL1-IV',
  severity: 'error',
  element: ELEMENT.quocHieu,
  requirement: L(
    'Đầu trang 1, cột phải, căn giữa cột, trên một dòng',
    'Top of page 1, right column, centred, on one line',
  ),
  check: ({ elements: e }) => {
    const q = e.quocHieu;
    if (!q) return [];
    const out = checkStyle(qhPosition, q, { align: 'center', column: 'right' });
    const width = piecesWidthMm(q.pieces);
    if (width > q.boxWidthMm + 0.5)
      out.push(
        findingOf(qhPosition, {
          property: L('số dòng', 'lines'),
          expected: L(
            `một dòng (cột rộng ${mm(q.boxWidthMm)})`,
            `one line (column ${mm(q.boxWidthMm)} wide)`,
          ),
          found: L(`xuống dòng (chữ rộng ${mm(width)})`, `wraps (text ${mm(width)} wide)`),
          where: whereOf(q),
        }),
      );
    return out;
  },
};

const tnText: LintRule = {
  id: 'TN-01',
  clause: 'PL1-II.1.b',
  severity: 'error',
  element: ELEMENT.tieuNgu,
  requirement: L(
    'Đúng chữ "Độc lập - Tự do - Hạnh phúc", gạch nối "-" có cách hai bên',
    'Reads "Độc lập - Tự do - Hạnh phúc" with ASCII hyphens spaced',
  ),
  check: ({ elements: e }) => {
    if (!e.tieuNgu)
      return [
        findingOf(tnText, {
          property: PROPERTY.presence,
          expected: quoted(TIEU_NGU_TEXT),
          found: VALUE.notFound,
          where: {},
        }),
      ];
    const raw = e.tieuNgu.rawText;
    if (raw === TIEU_NGU_TEXT) return [];
    const dash = /[‐‑–—]/u.exec(raw);
    const found = dash
      ? L(`"${raw}" (dùng "${dash[0]}" thay cho "-")`, `"${raw}" (uses "${dash[0]}" instead of "-")`)
      : quoted(raw);
    return [
      findingOf(tnText, {
        property: PROPERTY.text,
        expected: quoted(TIEU_NGU_TEXT),
        found,
        where: whereOf(e.tieuNgu),
      }),
    ];
  },
};

const tnStyle: LintRule = {
  id: 'TN-02',
  clause: 'PL1-II.1.b',
  severity: 'error',
  element: ELEMENT.tieuNgu,
  requirement: L(
    'Đậm, đứng, cỡ 13–14, căn giữa dưới Quốc hiệu',
    'Bold, upright, 13–14 pt, centred under the Quốc hiệu',
  ),
  check: ({ elements: e }) => {
    const t = e.tieuNgu;
    if (!t) return [];
    const out = checkStyle(tnStyle, t, { sizes: [13, 14], bold: true, italic: false, align: 'center' });
    const q = e.quocHieu;
    if (q && q.column !== t.column)
      out.push(
        findingOf(tnStyle, {
          property: PROPERTY.column,
          expected: L('dưới Quốc hiệu, cùng cột', 'under the Quốc hiệu, same column'),
          found: L('khác cột với Quốc hiệu', 'not in the Quốc hiệu column'),
          where: whereOf(t),
        }),
      );
    return out;
  },
};

const tnRule: LintRule = {
  id: 'TN-03',
  clause: 'PL1-II.1.b',
  severity: 'error',
  element: ELEMENT.tieuNguRule,
  requirement: L(
    'Có đường kẻ ngang nét liền ngay dưới, căn giữa',
    'A solid horizontal rule directly below, centred',
  ),
  check: () => [],
};

const tnRuleLength: LintRule = {
  id: 'TN-04',
  clause: 'PL1-II.1.b',
  severity: 'error',
  element: ELEMENT.tieuNguRule,
  requirement: L('Dài bằng dòng chữ Tiêu ngữ (±10 %)', 'As long as the motto text (±10 %)'),
  check: () => [],
};

// TN-03 and TN-04 are checked together: one look for the rule, findings under either id.
tnRule.check = (ctx) => {
  const t = ctx.elements.tieuNgu;
  if (!t) return [];
  return checkRuleUnder(ctx, [t], piecesWidthMm(t.pieces), {
    shape: tnRule,
    length: tnRuleLength,
    element: ELEMENT.tieuNguRule,
    fraction: [1, 1],
    describe: L('bằng độ dài dòng Tiêu ngữ', 'the length of the motto'),
  });
};

export const NATIONAL_RULES: LintRule[] = [
  qhText,
  qhStyle,
  qhPosition,
  tnText,
  tnStyle,
  tnRule,
  tnRuleLength,
];
