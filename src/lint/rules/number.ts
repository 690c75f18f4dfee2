/** SO-01..07 and TY-05: the "Số: 05/TB-SKHCN" line (PL1-II.3, PL3-I). */
import type { Finding, Localized } from '../finding.js';
import { L, same } from '../finding.js';
import { DOCUMENT_TYPES } from '../text.js';
import { findingOf, type LintRule } from '../rule.js';
import { ELEMENT, PROPERTY, quoted, VALUE } from '../words.js';
import { checkStyle, whereOf } from './segmentStyle.js';

/** The parts of a "Số" line, loosely: what stands before the first "/", and what after it. */
const LOOSE = /^([^\s:./\d]*)\s*([:.]?)(\s*)([^/]*?)(\s*)\/(\s*)(.*)$/u;
const BLANK = /^[ .…_]*$/u;
const NUMBER = /^(0[1-9]|[1-9][0-9]+)$/u;
const SYMBOL = /^[^\s/-]+(-[^\s/-]+)+$/u;
/** Types whose abbreviation a công văn's symbol must not start with (PL3-I, and the old "CV"). */
const TYPE_ABBREVIATIONS = new Set([
  ...DOCUMENT_TYPES.map((t) => t.abbreviation).filter((a): a is string => a !== undefined),
  'CV',
]);

interface NumberLine {
  /** "Số", its punctuation and the space after it, as written. */
  word: string;
  colon: string;
  spaceAfterColon: string;
  /** The number, or a blank left for the văn thư ("" when only spaces). */
  number: string;
  spaceBeforeSlash: string;
  spaceAfterSlash: string;
  symbol: string;
}

function splitNumberLine(text: string): NumberLine | undefined {
  const m = LOOSE.exec(text);
  if (!m) return undefined;
  return {
    word: m[1] ?? '',
    colon: m[2] ?? '',
    spaceAfterColon: m[3] ?? '',
    number: m[4] ?? '',
    spaceBeforeSlash: m[5] ?? '',
    spaceAfterSlash: m[6] ?? '',
    symbol: m[7] ?? '',
  };
}

/** The number and symbol of a "Số:" line, when it has the decree's form. */
export function parseNumberLine(text: string): { number?: string; symbol: string } | undefined {
  const line = splitNumberLine(text);
  if (!line || formProblem(line) || line.symbol.includes('/')) return undefined;
  return BLANK.test(line.number) ? { symbol: line.symbol } : { number: line.number, symbol: line.symbol };
}

/** SO-01's part: "Số:", a space, a number in figures (or a blank), one "/" and a symbol. */
function formProblem(line: NumberLine): Localized | undefined {
  if (line.word !== 'Số' && /^s[oơôốồổỗộớờởỡợóòỏõọ]$/iu.test(line.word))
    return L(
      `"${line.word}${line.colon}" sai chữ, phải là "Số:"`,
      `"${line.word}${line.colon}" misspelt, should be "Số:"`,
    );
  if (line.word !== 'Số' || line.colon !== ':') return L('phải bắt đầu bằng "Số:"', 'must start with "Số:"');
  const blank = BLANK.test(line.number);
  if (!blank && line.spaceAfterColon === '') return L('thiếu dấu cách sau "Số:"', 'no space after "Số:"');
  if (!blank && !/^\d+$/u.test(line.number))
    return L('số phải viết bằng chữ số Ả Rập', 'the number must be in Arabic figures');
  if (line.symbol.includes('/'))
    return L('chỉ một dấu "/" (không ghi năm vào ký hiệu)', 'one "/" only (no year in the symbol)');
  if (line.symbol.trim() === '') return L('thiếu ký hiệu sau "/"', 'no symbol after "/"');
  return undefined;
}

const EXAMPLE = same('"Số: 05/TB-SKHCN"');

const form: LintRule = {
  id: 'SO-01',
  clause: 'PL1-II.3.c',
  severity: 'error',
  element: ELEMENT.number,
  requirement: L(
    'Dạng "Số: 05/TB-SKHCN": chữ "Số:", số bằng chữ số, một dấu "/" rồi ký hiệu (không ghi năm)',
    'Form "Số: 05/TB-SKHCN": "Số:", the number in figures, one "/" and the symbol (no year)',
  ),
  check: ({ elements: e }): Finding[] => {
    const s = e.number;
    if (!s)
      return [
        findingOf(form, { property: PROPERTY.presence, expected: EXAMPLE, found: VALUE.notFound, where: {} }),
      ];
    const line = splitNumberLine(s.rawText);
    const problem = line
      ? formProblem(line)
      : L('không có dấu "/" giữa số và ký hiệu', 'no "/" between the number and the symbol');
    if (!problem) return [];
    return [
      findingOf(form, {
        property: PROPERTY.form,
        expected: EXAMPLE,
        found: { vi: `"${s.rawText}": ${problem.vi}`, en: `"${s.rawText}": ${problem.en}` },
        where: whereOf(s),
      }),
    ];
  },
};

const padding: LintRule = {
  id: 'SO-02',
  clause: 'PL1-II.3.c',
  severity: 'error',
  element: ELEMENT.number,
  requirement: L(
    'Số dưới 10 viết 01–09, từ 10 trở lên viết bình thường',
    'Numbers below 10 written 01–09, 10 and above unpadded',
  ),
  check: ({ elements: e }) => {
    const s = e.number;
    const line = s ? splitNumberLine(s.rawText) : undefined;
    if (!s || !line || !/^\d+$/u.test(line.number) || NUMBER.test(line.number)) return [];
    const n = Number.parseInt(line.number, 10);
    return [
      findingOf(padding, {
        property: PROPERTY.form,
        expected: same(`"${n < 10 ? `0${n}` : String(n)}"`),
        found: quoted(line.number),
        where: whereOf(s),
      }),
    ];
  },
};

const separators: LintRule = {
  id: 'SO-04',
  clause: 'PL1-II.3.c',
  severity: 'error',
  element: ELEMENT.number,
  requirement: L(
    '"/" giữa số và ký hiệu, "-" giữa các nhóm chữ của ký hiệu, không có dấu cách',
    '"/" between number and symbol, "-" between symbol groups, no spaces',
  ),
  check: ({ elements: e }) => {
    const s = e.number;
    const line = s ? splitNumberLine(s.rawText) : undefined;
    if (!s || !line || formProblem(line)) return [];
    const filled = !BLANK.test(line.number);
    const spaced = (filled && line.spaceBeforeSlash !== '') || line.spaceAfterSlash !== '';
    if (!spaced && SYMBOL.test(line.symbol)) return [];
    const problem = spaced
      ? L('có dấu cách quanh "/"', 'spaces around "/"')
      : /\s/u.test(line.symbol)
        ? L('có dấu cách trong ký hiệu', 'spaces inside the symbol')
        : /[‐‑–—_.]/u.test(line.symbol)
          ? L('nối các nhóm bằng dấu khác "-"', 'groups joined by something other than "-"')
          : L('ký hiệu chỉ có một nhóm chữ', 'the symbol has a single group');
    return [
      findingOf(separators, {
        property: L('dấu phân cách', 'separators'),
        expected: EXAMPLE,
        found: { vi: `"${s.rawText}": ${problem.vi}`, en: `"${s.rawText}": ${problem.en}` },
        where: whereOf(s),
      }),
    ];
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
    const symbol = /\/\s*([^\s/]*)$/u.exec(e.number.rawText)?.[1];
    const first = symbol?.split('-')[0];
    // The same letters in another case are TY-05's.
    if (first === undefined || foldCase(first) === foldCase(abbreviation)) return [];
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

const foldCase = (text: string): string => text.toLocaleUpperCase('vi-VN');

const abbreviationCase: LintRule = {
  id: 'TY-05',
  clause: 'PL3-I',
  severity: 'error',
  element: ELEMENT.number,
  requirement: L(
    'Chữ viết tắt tên loại đúng như Phụ lục III, kể cả chữ thường: CTr, QyĐ, TTr',
    'The type abbreviation exactly as in Appendix III, lower-case letters included: CTr, QyĐ, TTr',
  ),
  check: ({ elements: e }) => {
    const abbreviation = e.documentType?.abbreviation;
    if (!e.number || !abbreviation) return [];
    const first = /\/\s*([^\s/]*)$/u.exec(e.number.rawText)?.[1]?.split('-')[0];
    if (first === undefined || first === abbreviation || foldCase(first) !== foldCase(abbreviation))
      return [];
    return [
      findingOf(abbreviationCase, {
        property: PROPERTY.abbreviation,
        expected: same(`"${abbreviation}"`),
        found: same(`"${first}"`),
        where: whereOf(e.number),
      }),
    ];
  },
};

const letterSymbol: LintRule = {
  id: 'SO-06',
  clause: 'PL1-II.3.b',
  severity: 'error',
  element: ELEMENT.number,
  requirement: L(
    'Công văn: ký hiệu là "<cơ quan>-<đơn vị soạn thảo>", không có chữ viết tắt tên loại',
    'Letters: symbol "<issuer>-<drafting unit>", no type abbreviation',
  ),
  check: ({ elements: e }) => {
    if (e.typeName || !e.number) return [];
    const symbol = /\/\s*([^\s/]*)$/u.exec(e.number.rawText)?.[1];
    const first = symbol?.split('-')[0];
    if (first === undefined || !TYPE_ABBREVIATIONS.has(first)) return [];
    return [
      findingOf(letterSymbol, {
        property: PROPERTY.abbreviation,
        expected: L(
          'không có (công văn: "05/BNV-VP", "12/UBND-VX")',
          'none (letters: "05/BNV-VP", "12/UBND-VX")',
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

export const NUMBER_RULES: LintRule[] = [
  form,
  padding,
  style,
  separators,
  typePart,
  abbreviationCase,
  letterSymbol,
  position,
];
