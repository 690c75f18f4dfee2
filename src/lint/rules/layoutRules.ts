/**
 * LY-01, LY-03: the header table's proportions as ND30's samples set them (about 40 : 60, the Quốc hiệu
 * column the wider), and the type name and trích yếu between header and body, centred on the full text
 * width rather than inside a column (PL1-IV, PL3 samples).
 */
import { twipToMm } from '../docxModel.js';
import type { Finding } from '../finding.js';
import { L, same } from '../finding.js';
import { findingOf, type LintRule } from '../rule.js';
import { ELEMENT, mm, PROPERTY } from '../words.js';
import { checkStyle, whereOf } from './segmentStyle.js';

/** The agency column's share of the header table in ND30's samples is 0.34–0.43; a wide margin around it. */
const LEFT_SHARE: readonly [number, number] = [0.3, 0.5];

const headerTable: LintRule = {
  id: 'LY-01',
  clause: 'PL3 (mẫu)',
  severity: 'warning',
  element: ELEMENT.headerTable,
  requirement: L(
    'Bảng tiêu đề: cột tên cơ quan hẹp hơn cột Quốc hiệu (các mẫu: khoảng 40 : 60)',
    'Header table: the agency column narrower than the Quốc hiệu column (samples: about 40 : 60)',
  ),
  check: ({ elements: e }): Finding[] => {
    const q = e.quocHieu?.para.cell;
    const a = e.agency[0]?.para.cell;
    if (!q || !a || q.table !== a.table || q === a || q.depth !== 1 || a.depth !== 1) return [];
    const total = q.widthTw + a.widthTw;
    if (total <= 0) return [];
    const share = a.widthTw / total;
    if (share >= LEFT_SHARE[0] && share <= LEFT_SHARE[1]) return [];
    return [
      findingOf(headerTable, {
        property: PROPERTY.width,
        expected: L(
          'cột trái khoảng 40 % (mẫu: 67,5 mm / 100 mm)',
          'left column about 40 % (samples: 67.5 mm / 100 mm)',
        ),
        found: same(`${mm(twipToMm(a.widthTw))} / ${mm(twipToMm(q.widthTw))} (${Math.round(share * 100)} %)`),
        where: whereOf(e.agency[0]!),
      }),
    ];
  },
};

const titlePosition: LintRule = {
  id: 'LY-03',
  clause: 'PL1-II.5.b, PL1-IV',
  severity: 'error',
  element: ELEMENT.titleBlock,
  requirement: L(
    'Tên loại và trích yếu giữa phần tiêu đề và nội dung, căn giữa cả chiều ngang vùng chữ (không nằm trong cột)',
    'Type name and summary between header and body, centred on the full text width (not in a column)',
  ),
  check: ({ elements: e }) => {
    if (!e.typeName) return [];
    return [e.typeName, ...e.summary].flatMap((s) => checkStyle(titlePosition, s, { column: 'full' }));
  },
};

export const LAYOUT_RULES: LintRule[] = [headerTable, titlePosition];
