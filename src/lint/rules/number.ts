/** SO-01, SO-03, SO-05, SO-07: the "Số: 05/TB-SKHCN" line (PL1-II.3, PL3-I). */
import type { Finding } from '../finding.js';
import { L, same } from '../finding.js';
import { findingOf, type LintRule } from '../rule.js';
import { ELEMENT, PROPERTY, quoted, VALUE } from '../words.js';
import { checkStyle, whereOf } from './segmentStyle.js';

/** "Số:" then one space and the number, or a blank for the văn thư to fill in, then "/" and the symbol. */
const NUMBER_LINE = /^Số:(?: (\S+)|[ .…_]*)\/(\S*)$/u;
const NUMBER = /^(0[1-9]|[1-9][0-9]+)$/u;
const SYMBOL = /^[^\s/-]+(-[^\s/-]+)+$/u;

/** The number and symbol of a "Số:" line, when it has the decree's form. */
export function parseNumberLine(text: string): { number?: string; symbol: string } | undefined {
  const m = NUMBER_LINE.exec(text);
  if (!m) return undefined;
  return m[1] === undefined ? { symbol: m[2] ?? '' } : { number: m[1], symbol: m[2] ?? '' };
}

const EXAMPLE = L(
  '"Số: 05/TB-SKHCN" (số dưới 10 viết 01–09)',
  '"Số: 05/TB-SKHCN" (numbers below 10 written 01–09)',
);

const form: LintRule = {
  id: 'SO-01',
  clause: 'PL1-II.3.c',
  severity: 'error',
  element: ELEMENT.number,
  requirement: L(
    'Dạng "Số: 05/TB-SKHCN": số có số 0 đứng trước khi dưới 10, gạch chéo, ký hiệu nối bằng "-" không cách',
    'Form "Số: 05/TB-SKHCN": zero-padded number, slash, symbol groups joined by "-" without spaces',
  ),
  check: ({ elements: e }): Finding[] => {
    const s = e.number;
    if (!s)
      return [
        findingOf(form, { property: PROPERTY.presence, expected: EXAMPLE, found: VALUE.notFound, where: {} }),
      ];
    const parsed = parseNumberLine(s.rawText);
    const bad = (found: string): Finding[] => [
      findingOf(form, {
        property: PROPERTY.form,
        expected: EXAMPLE,
        found: quoted(found),
        where: whereOf(s),
      }),
    ];
    if (!parsed) return bad(s.rawText);
    if (parsed.number !== undefined && !NUMBER.test(parsed.number)) return bad(s.rawText);
    if (!SYMBOL.test(parsed.symbol)) return bad(s.rawText);
    return [];
  },
};

const style: LintRule = {
  id: 'SO-03',
  clause: 'PL1-II.3.c',
  severity: 'error',
  element: ELEMENT.number,
  requirement: L('Cỡ 13, đứng, không đậm', '13 pt, upright, not bold'),
  check: ({ elements: e }) =>
    e.number ? checkStyle(style, e.number, { sizes: [13, 13], bold: false, italic: false }) : [],
};

const typePart: LintRule = {
  id: 'SO-05',
  clause: 'PL1-II.3.b, PL3-I',
  severity: 'error',
  element: ELEMENT.number,
  requirement: L(
    'Nhóm đầu của ký hiệu là chữ viết tắt tên loại (Thông báo → TB), trừ công văn',
    'First symbol group is the type abbreviation (Thông báo → TB), except letters',
  ),
  check: ({ elements: e }) => {
    const abbreviation = e.documentType?.abbreviation;
    if (!e.number || !abbreviation) return [];
    // SO-01 judges the form; here any "…/SYMBOL" will do.
    const symbol = /\/(\S*)$/u.exec(e.number.rawText)?.[1];
    const first = symbol?.split('-')[0];
    if (first === undefined || first === abbreviation) return [];
    return [
      findingOf(typePart, {
        property: PROPERTY.abbreviation,
        expected: L(
          `"${abbreviation}" (${e.documentType?.name})`,
          `"${abbreviation}" (${e.documentType?.name})`,
        ),
        found: same(`"${first}"`),
        where: whereOf(e.number),
      }),
    ];
  },
};

const position: LintRule = {
  id: 'SO-07',
  clause: 'PL1-II.3.c',
  severity: 'error',
  element: ELEMENT.number,
  requirement: L('Căn giữa dưới tên cơ quan (cột trái)', 'Centred under the agency name (left column)'),
  check: ({ elements: e }) =>
    e.number ? checkStyle(position, e.number, { align: 'center', column: 'left' }) : [],
};

export const NUMBER_RULES: LintRule[] = [form, style, typePart, position];
