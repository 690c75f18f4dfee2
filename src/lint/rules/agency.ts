/** CQ-01, CQ-03, CQ-05, CQ-06: the parent and issuing agency lines and the rule under them (PL1-II.2). */
import { L } from '../finding.js';
import { printedLineWidthsMm } from '../layout.js';
import { findingOf, type LintRule } from '../rule.js';
import { ELEMENT, PROPERTY, VALUE } from '../words.js';
import { checkRuleUnder } from './ruleCheck.js';
import { checkStyle } from './segmentStyle.js';

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

export const AGENCY_RULES: LintRule[] = [parentStyle, agencyStyle, agencyRule, agencyColumn];
