/**
 * NN-01..05: "Nơi nhận:" (12 pt bold italic, flush left), its items (11 pt, "- …;") and the last line
 * "- Lưu: VT, ….", in the left column beside the signature (PL1-II.9.d).
 */
import type { Finding } from '../finding.js';
import { L, same } from '../finding.js';
import type { Segment } from '../layout.js';
import { findingOf, type LintRule } from '../rule.js';
import { ELEMENT, PROPERTY, quoted, VALUE } from '../words.js';
import { checkStyle, whereOf } from './segmentStyle.js';

const ARCHIVE_LINE = /^- Lưu: VT(, ?[^;]+)?\.$/u;

function itemText(item: Segment[]): string {
  return item.map((s) => s.text).join(' ');
}

const label: LintRule = {
  id: 'NN-01',
  clause: 'PL1-II.9.d',
  severity: 'error',
  element: ELEMENT.recipientsLabel,
  requirement: L(
    '"Nơi nhận:" một dòng riêng, sát lề trái, cỡ 12, đậm, nghiêng',
    '"Nơi nhận:" on its own line, flush left, 12 pt, bold italic',
  ),
  check: ({ elements: e }): Finding[] => {
    const s = e.recipientsLabel;
    if (!s)
      return [
        findingOf(label, {
          property: PROPERTY.presence,
          expected: quoted('Nơi nhận:'),
          found: VALUE.notFound,
          where: {},
        }),
      ];
    const out = checkStyle(label, s, { sizes: [12, 12], bold: true, italic: true, align: 'left' });
    if (s.rawText !== 'Nơi nhận:')
      out.push(
        findingOf(label, {
          property: PROPERTY.text,
          expected: quoted('Nơi nhận:'),
          found: quoted(s.rawText),
          where: whereOf(s),
        }),
      );
    return out;
  },
};

const items: LintRule = {
  id: 'NN-02',
  clause: 'PL1-II.9.d',
  severity: 'error',
  element: ELEMENT.recipientItem,
  requirement: L(
    'Cỡ 11, đứng, không đậm; mỗi dòng bắt đầu bằng "-" sát lề trái',
    '11 pt, upright, regular; each line starts with "-" flush left',
  ),
  check: ({ elements: e }) =>
    e.recipientItems.flatMap((item) => {
      const first = item[0]!;
      const out = item.flatMap((s) => checkStyle(items, s, { sizes: [11, 11], bold: false, italic: false }));
      if (!first.text.startsWith('- '))
        out.push(
          findingOf(items, {
            property: PROPERTY.form,
            expected: L('bắt đầu bằng "- "', 'starts with "- "'),
            found: quoted(first.text.slice(0, 12)),
            where: whereOf(first),
          }),
        );
      return out;
    }),
};

const punctuation: LintRule = {
  id: 'NN-03',
  clause: 'PL1-II.9.d',
  severity: 'error',
  element: ELEMENT.recipientItem,
  requirement: L('Mỗi dòng (trừ dòng cuối) kết thúc bằng ";"', 'Every line but the last ends with ";"'),
  check: ({ elements: e }) =>
    e.recipientItems.slice(0, -1).flatMap((item) => {
      const text = itemText(item);
      if (text.endsWith(';')) return [];
      return [
        findingOf(punctuation, {
          property: PROPERTY.punctuation,
          expected: same('";"'),
          found: text.length > 0 ? quoted(text.slice(-1)) : VALUE.missing,
          where: whereOf(item[item.length - 1]!),
        }),
      ];
    }),
};

const archive: LintRule = {
  id: 'NN-04',
  clause: 'PL1-II.9.d',
  severity: 'error',
  element: ELEMENT.archiveLine,
  requirement: L(
    'Dòng cuối là "- Lưu: VT, <đơn vị soạn thảo>." và kết thúc bằng dấu chấm',
    'The last line is "- Lưu: VT, <unit>." ending with a full stop',
  ),
  check: ({ elements: e }) => {
    const last = e.recipientItems[e.recipientItems.length - 1];
    if (!e.recipientsLabel) return [];
    const expected = L('"- Lưu: VT, <đơn vị>." ở dòng cuối', '"- Lưu: VT, <unit>." as the last line');
    if (!last)
      return [
        findingOf(archive, {
          property: PROPERTY.presence,
          expected,
          found: VALUE.missing,
          where: whereOf(e.recipientsLabel),
        }),
      ];
    const text = itemText(last);
    if (ARCHIVE_LINE.test(text)) return [];
    return [
      findingOf(archive, {
        property: PROPERTY.form,
        expected,
        found: quoted(text),
        where: whereOf(last[last.length - 1]!),
      }),
    ];
  },
};

const position: LintRule = {
  id: 'NN-05',
  clause: 'PL1-IV',
  severity: 'error',
  element: ELEMENT.recipientsLabel,
  requirement: L(
    'Cột trái, cuối văn bản, ngang hàng khối chữ ký',
    'Left column at the bottom, beside the signature',
  ),
  check: ({ elements: e }) => {
    const s = e.recipientsLabel;
    return s ? checkStyle(position, s, { column: 'left' }) : [];
  },
};

export const RECIPIENT_RULES: LintRule[] = [label, items, punctuation, archive, position];
