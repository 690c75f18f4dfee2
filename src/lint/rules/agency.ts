/** CQ-01..06: the parent and issuing agency lines and the rule under them (PL1-II.2). */
import { L } from '../finding.js';
import { abbreviationsIn, localityOf } from '../text.js';
import { printedLineWidthsMm } from '../layout.js';
import { findingOf, type LintRule } from '../rule.js';
import { ELEMENT, PROPERTY, VALUE } from '../words.js';
import { checkRuleUnder } from './ruleCheck.js';
import { checkStyle, whereOf } from './segmentStyle.js';

const parentStyle: LintRule = {
  id: 'CQ-01',
  clause: 'PL1-II.2.b',
  severity: 'error',
  element: ELEMENT.parentAgency,
  requirement: L(
    'IN HOA, không đậm, đứng, cỡ 12–13, căn giữa trên tên cơ quan',
    'UPPERCASE, not bold, upright, 12–13 pt, centred above the issuer',
  ),
  check: ({ elements: e }) =>
    e.parentAgency.flatMap((s) =>
      checkStyle(parentStyle, s, {
        sizes: [12, 13],
        bold: false,
        italic: false,
        case: 'upper',
        align: 'center',
      }),
    ),
};

const parentContent: LintRule = {
  id: 'CQ-02',
  clause: 'PL1-II.2.a',
  severity: 'error',
  element: ELEMENT.parentAgency,
  requirement: L(
    'Cơ quan chủ quản là chính quyền địa phương ghi kèm tên địa phương (được viết tắt UBND, HĐND)',
    'A local-government parent names its locality (UBND, HĐND may be abbreviated)',
  ),
  check: ({ elements: e }) => {
    const first = e.parentAgency[0];
    if (!first) return [];
    const text = e.parentAgency.map((s) => s.text).join(' ');
    const local = localityOf(text);
    if (!local || local.name !== undefined) return [];
    return [
      findingOf(parentContent, {
        property: PROPERTY.content,
        expected: L(
          `"${local.body} <TỈNH/HUYỆN/XÃ …> <tên địa phương>" (ví dụ "UBND TỈNH QUẢNG BÌNH")`,
          `"${local.body} <TỈNH/HUYỆN/XÃ …> <place>" (e.g. "UBND TỈNH QUẢNG BÌNH")`,
        ),
        found: L(`"${text}": thiếu tên địa phương`, `"${text}": no locality`),
        where: whereOf(first),
      }),
    ];
  },
};

const agencyStyle: LintRule = {
  id: 'CQ-03',
  clause: 'PL1-II.2.b',
  severity: 'error',
  element: ELEMENT.agency,
  requirement: L('IN HOA, đậm, đứng, cỡ 12–13, căn giữa', 'UPPERCASE, bold, upright, 12–13 pt, centred'),
  check: ({ elements: e }) => {
    if (e.agency.length === 0)
      return [
        findingOf(agencyStyle, {
          property: PROPERTY.presence,
          expected: L('ở cột trái, trên dòng "Số:"', 'in the left column, above the "Số:" line'),
          found: VALUE.notFound,
          where: {},
        }),
      ];
    return e.agency.flatMap((s) =>
      checkStyle(agencyStyle, s, {
        sizes: [12, 13],
        bold: true,
        italic: false,
        case: 'upper',
        align: 'center',
      }),
    );
  },
};

const agencyName: LintRule = {
  id: 'CQ-04',
  clause: 'PL1-II.2.a',
  severity: 'error',
  element: ELEMENT.agency,
  requirement: L(
    'Tên cơ quan ban hành viết đầy đủ, không viết tắt (chỉ tên cơ quan chủ quản được viết tắt)',
    'The issuing agency in full, no abbreviations (only the parent may abbreviate)',
  ),
  check: ({ elements: e }) => {
    const first = e.agency[0];
    if (!first) return [];
    const text = e.agency.map((s) => s.text).join(' ');
    // A reference inside the name ("ĐOÀN KIỂM TRA THEO QĐ SỐ 2872/QĐ-SCT") and a company's legal form
    // ("CÔNG TY TNHH …", as registered) are not abbreviations of the agency's name.
    const named = text
      .replace(/(\S+\s+)?SỐ\s+\S*\/\S*/gu, ' ')
      .replace(/^(CÔNG TY\s+)(TNHH|CP|CỔ PHẦN)(\s+MTV)?\b/u, '$1')
      .replace(/\s+VN$/u, '');
    const short = abbreviationsIn(named);
    const local = localityOf(text);
    if (short.length === 0 && (!local || local.name !== undefined)) return [];
    return [
      findingOf(agencyName, {
        property: PROPERTY.content,
        expected: L(
          'tên đầy đủ (ví dụ "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH")',
          'the full name (e.g. "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH")',
        ),
        found:
          short.length > 0
            ? L(
                `"${text}": viết tắt ${short.map((w) => `"${w}"`).join(', ')}`,
                `"${text}": abbreviated ${short.map((w) => `"${w}"`).join(', ')}`,
              )
            : L(`"${text}": thiếu tên địa phương`, `"${text}": no locality`),
        where: whereOf(first),
      }),
    ];
  },
};

const agencyRule: LintRule = {
  id: 'CQ-05',
  clause: 'PL1-II.2.b',
  severity: 'error',
  element: ELEMENT.agencyRule,
  requirement: L(
    'Đường kẻ nét liền dưới tên cơ quan, căn giữa, dài 1/3–1/2 dòng chữ dài nhất',
    'Solid rule below, centred, 1/3–1/2 of the longest agency line',
  ),
  check: (ctx) => {
    const lines = ctx.elements.agency;
    if (lines.length === 0) return [];
    const longest = Math.max(...lines.flatMap(printedLineWidthsMm));
    return checkRuleUnder(ctx, lines, longest, {
      shape: agencyRule,
      length: agencyRule,
      element: ELEMENT.agencyRule,
      fraction: [1 / 3, 1 / 2],
      describe: L('1/3–1/2 dòng tên cơ quan', '1/3–1/2 of the agency line'),
    });
  },
};

const agencyColumn: LintRule = {
  id: 'CQ-06',
  clause: 'PL1-IV',
  severity: 'error',
  element: ELEMENT.agency,
  requirement: L(
    'Tên cơ quan ở cột trái, Quốc hiệu ở cột phải',
    'Agency in the left column, Quốc hiệu in the right',
  ),
  check: ({ elements: e }) =>
    [...e.parentAgency, ...e.agency].flatMap((s) => checkStyle(agencyColumn, s, { column: 'left' })),
};

export const AGENCY_RULES: LintRule[] = [
  parentStyle,
  parentContent,
  agencyStyle,
  agencyName,
  agencyRule,
  agencyColumn,
];
