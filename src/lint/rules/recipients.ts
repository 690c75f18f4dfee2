/**
 * NN-01..06: "Nơi nhận:" (12 pt bold italic, flush left), its items (11 pt, "- …;") and the last line
 * "- Lưu: VT, ….", in the left column beside the signature (PL1-II.9.d); "- Như trên;" first when the
 * document has a "Kính gửi" block (PL1-II.9.b); KH-01, the drafter's initials and copies (PL1-III.3).
 */
import type { Finding } from '../finding.js';
import { L, same } from '../finding.js';
import type { Segment } from '../layout.js';
import { findingOf, type LintRule } from '../rule.js';
import { ELEMENT, PROPERTY, quoted, VALUE } from '../words.js';
import { checkStyle, whereOf } from './segmentStyle.js';

/** "- Lưu: VT, CN (đ/c Dũng; đ/c Long)." : a ";" inside the drafter's brackets does not end the item. */
const ARCHIVE_LINE = /^- Lưu: VT(, ?(?:[^;()]|\([^()]*\))+)?\.$/u;

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

/**
 * A sub-group's label inside the list ("Bản điện tử:", "Gửi bản giấy:"): offices head part of the list
 * so; it names no recipient, so the recipient's "- …;" form does not apply to it.
 */
function isSubgroupLabel(item: readonly { text: string }[]): boolean {
  return item.length === 1 && /^[^-–—+•\s][^;]{0,40}:$/u.test(item[0]!.text.trim());
}

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
      if (!first.text.startsWith('- ') && !isSubgroupLabel(item))
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
      if (text.endsWith(';') || isSubgroupLabel(item)) return [];
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

/** Documents that carry a "Kính gửi" block: công văn (no type name), tờ trình, báo cáo. */
const ADDRESSED = new Set(['TỜ TRÌNH', 'BÁO CÁO']);

const asAbove: LintRule = {
  id: 'NN-06',
  clause: 'PL1-II.9.b',
  severity: 'error',
  element: ELEMENT.recipientItem,
  requirement: L(
    'Có "Kính gửi" (công văn, tờ trình, báo cáo): dòng nơi nhận đầu tiên là "- Như trên;"',
    'With a "Kính gửi" block (letters, submissions, reports): the first recipient is "- Như trên;"',
  ),
  check: ({ elements: e }) => {
    const first = e.recipientItems[0];
    if (e.kinhGui.length === 0 || !first) return [];
    if (e.documentType && !ADDRESSED.has(e.documentType.name)) return [];
    const text = itemText(first);
    if (/^- Như trên(\s*\([^)]*\))?;$/u.test(text)) return [];
    return [
      findingOf(asAbove, {
        property: PROPERTY.text,
        expected: quoted('- Như trên;'),
        found: quoted(text),
        where: whereOf(first[0]!),
      }),
    ];
  },
};

/** "PL.(300)", "NVA(05)": initials in capitals, the number of copies in Arabic figures. */
const DRAFTER_FORM = /^\p{Lu}{1,8}\.?\s?\(\s*\d{1,5}\s*\)\.?$/u;

/** Ô 12 after the Lưu entry: "- Lưu: VT, TCCB(2). PL.(300)." → "PL.(300)." */
function drafterAfterArchive(text: string): string | undefined {
  const m = /^- Lưu: VT(?:, ?)?(.*)$/u.exec(text);
  if (!m) return undefined;
  const parts = (m[1] ?? '').split(/(?<=[.)])\s+/u);
  const rest = parts.slice(1).join(' ');
  // Only a group with a bracketed count is ô 12; "P. KHTC." is still the unit.
  return parts.length >= 2 && /\(.*\)/u.test(rest) ? rest : undefined;
}

const drafter: LintRule = {
  id: 'KH-01',
  clause: 'PL1-III.3',
  severity: 'error',
  element: ELEMENT.drafterCode,
  requirement: L(
    'Ký hiệu người soạn thảo IN HOA và số bản bằng chữ số, cỡ 11, đứng (ví dụ "PL.(300)")',
    'Drafter initials in capitals and the copy count in figures, 11 pt, upright (e.g. "PL.(300)")',
  ),
  check: ({ elements: e }) => {
    const last = e.recipientItems[e.recipientItems.length - 1];
    const candidates: Array<{ text: string; seg: Segment }> = [];
    if (e.drafterLine) candidates.push({ text: e.drafterLine.text, seg: e.drafterLine });
    const inline = last ? drafterAfterArchive(itemText(last)) : undefined;
    if (last && inline) candidates.push({ text: inline, seg: last[last.length - 1]! });
    return candidates.flatMap(({ text, seg }) => {
      const out: Finding[] = [];
      if (!DRAFTER_FORM.test(text))
        out.push(
          findingOf(drafter, {
            property: PROPERTY.form,
            expected: same('"PL.(300)"'),
            found: quoted(text),
            where: whereOf(seg),
          }),
        );
      if (seg === e.drafterLine) out.push(...checkStyle(drafter, seg, { sizes: [11, 11], italic: false }));
      return out;
    });
  },
};

export const RECIPIENT_RULES: LintRule[] = [label, items, punctuation, archive, position, asAbove, drafter];
