/**
 * CAP-01, CAP-02: the elements set in capitals keep their Vietnamese tone marks (not "SO KHOA HOC VA
 * CONG NGHE"); names in running text follow Phụ lục II: "Ủy ban nhân dân tỉnh Quảng Bình", "Sở Khoa học
 * và Công nghệ", "Thành phố Hồ Chí Minh" (PL1-II, PL2-III, PL2-IV).
 */
import type { Paragraph } from '../docxModel.js';
import type { Finding } from '../finding.js';
import { L } from '../finding.js';
import type { Segment } from '../layout.js';
import { findingOf, type LintRule } from '../rule.js';
import { isVietnameseSyllable, snippet } from '../text.js';
import { ELEMENT, PROPERTY, quoted } from '../words.js';
import { whereOf } from './segmentStyle.js';
import { escapeRegExp } from '../../text/escapeRegExp.js';

/** Syllables of a capitalised text; none with a non-ASCII letter means the tone marks were dropped. */
function missingDiacritics(text: string): boolean {
  const words = text
    .split(/[\s,.;:()–—-]+/u)
    .filter((w) => /^\p{L}{2,}$/u.test(w) && isVietnameseSyllable(w));
  return words.length >= 3 && words.every((w) => /^[A-Za-z]+$/u.test(w));
}

const upperElements: LintRule = {
  id: 'CAP-01',
  clause: 'PL1-II',
  severity: 'error',
  element: ELEMENT.text,
  requirement: L(
    'Thành phần viết IN HOA (cơ quan, tên loại, chức vụ, dấu) có đủ dấu tiếng Việt',
    'Capitalised elements (agency, type name, titles, stamps) keep their Vietnamese diacritics',
  ),
  check: ({ elements: e }) => {
    const groups: Array<{ element: Finding['element']; lines: Segment[] }> = [
      { element: ELEMENT.parentAgency, lines: e.parentAgency },
      { element: ELEMENT.agency, lines: e.agency },
      { element: ELEMENT.typeName, lines: e.typeName && !e.documentType ? [e.typeName] : [] },
      { element: ELEMENT.signatureTitle, lines: e.signatureTitles },
      { element: ELEMENT.signatureTitle, lines: e.titleAboveName },
      ...e.appendices.map((a) => ({ element: ELEMENT.appendixTitle, lines: a.titles })),
    ];
    return groups.flatMap(({ element, lines }) => {
      const text = lines.map((s) => s.text).join(' ');
      if (lines.length === 0 || !missingDiacritics(text)) return [];
      return [
        findingOf(upperElements, {
          element,
          property: L('dấu tiếng Việt', 'Vietnamese diacritics'),
          expected: L(
            'chữ IN HOA có dấu ("SỞ KHOA HỌC VÀ CÔNG NGHỆ")',
            'capitals with diacritics ("SỞ KHOA HỌC VÀ CÔNG NGHỆ")',
          ),
          found: L(`"${text}": thiếu dấu`, `"${text}": no diacritics`),
          where: whereOf(lines[0]!),
        }),
      ];
    });
  },
};

/** The two tone-mark placements: "oà" and "òa", "uỷ" and "ủy". */
const PLACEMENTS: Array<[RegExp, string]> = [
  [/oà/gu, 'òa'],
  [/oả/gu, 'ỏa'],
  [/oá/gu, 'óa'],
  [/oạ/gu, 'ọa'],
  [/oã/gu, 'õa'],
  [/uỷ/gu, 'ủy'],
  [/uý/gu, 'úy'],
  [/uỳ/gu, 'ùy'],
  [/uỵ/gu, 'ụy'],
  [/uỹ/gu, 'ũy'],
  [/Uỷ/gu, 'Ủy'],
  [/Uý/gu, 'Úy'],
];

/** The two tone-mark placements folded, case kept: "Uỷ ban" reads as "Ủy ban". */
function foldPlacement(text: string): string {
  let out = text.normalize('NFC');
  for (const [from, to] of PLACEMENTS) out = out.replace(from, to);
  return out;
}

/** Names written one way (PL2-III/IV): compared from their second letter on, the first follows the sentence. */
const FIXED_NAMES = [
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Mặt trận Tổ quốc Việt Nam',
  'Thủ tướng Chính phủ',
];
/** Fields of ministries and departments after "Bộ"/"Sở": written exactly so. */
const FIELDS = [
  'Khoa học và Công nghệ',
  'Tài nguyên và Môi trường',
  'Nông nghiệp và Môi trường',
  'Giáo dục và Đào tạo',
  'Nông nghiệp và Phát triển nông thôn',
  'Lao động - Thương binh và Xã hội',
  'Văn hóa, Thể thao và Du lịch',
  'Thông tin và Truyền thông',
  'Kế hoạch và Đầu tư',
  'Giao thông vận tải',
  'Dân tộc và Tôn giáo',
  'Tài chính',
  'Tư pháp',
  'Nội vụ',
  'Xây dựng',
  'Công Thương',
  'Y tế',
  'Ngoại vụ',
];

const lower = (s: string): string => s.toLocaleLowerCase('vi-VN');

/** The fixed names and the fields' patterns, folded and lower-cased once, not per paragraph. */
const FIXED_LOWER: Array<[string, string]> = [];
const FIELD_PATTERNS: Array<[string, RegExp]> = [];
function prepare(): void {
  if (FIXED_LOWER.length > 0) return;
  for (const name of FIXED_NAMES) FIXED_LOWER.push([foldPlacement(name), lower(foldPlacement(name))]);
  for (const field of FIELDS)
    FIELD_PATTERNS.push([
      field,
      new RegExp(
        `(?<![\\p{L}])(các\\s+)?(bộ|sở)\\s+(${escapeRegExp(lower(foldPlacement(field)))})(?![\\p{L}])`,
        'giu',
      ),
    ]);
}

interface Miss {
  expected: string;
  found: string;
}

function misses(text: string): Miss[] {
  prepare();
  // Folding swaps marks within a syllable, so positions in `folded` are positions in `plain`.
  const plain = text.normalize('NFC');
  const folded = foldPlacement(plain);
  const low = lower(folded);
  const out: Miss[] = [];
  for (const [name, wantLow] of FIXED_LOWER) {
    const want = name;
    for (let at = low.indexOf(wantLow); at >= 0; at = low.indexOf(wantLow, at + 1)) {
      const found = folded.slice(at, at + want.length);
      // Whole words only; a heading in capitals is another rule's business.
      if (/\p{L}/u.test(low[at + want.length] ?? '') || found === found.toLocaleUpperCase('vi-VN')) continue;
      if (found.slice(1) !== want.slice(1))
        out.push({ expected: want, found: plain.slice(at, at + want.length) });
    }
  }
  for (const [field, pattern] of FIELD_PATTERNS) {
    // Cheap test first: most paragraphs name no ministry or department.
    if (!/(bộ|sở)\s/u.test(low)) break;
    pattern.lastIndex = 0;
    for (const m of low.matchAll(pattern)) {
      const at = m.index + (m[1]?.length ?? 0);
      const found = folded.slice(at, m.index + m[0].length);
      // Only the agency itself, written "Bộ"/"Sở": "cán bộ y tế", "cán bộ tư pháp" are people.
      if (found === found.toLocaleUpperCase('vi-VN') || !/^\p{Lu}/u.test(found)) continue;
      const word = found.slice(0, m[2]!.length);
      const expectedWord = m[1] ? word : word.charAt(0).toLocaleUpperCase('vi-VN') + word.slice(1);
      const want = `${expectedWord} ${foldPlacement(field)}`;
      if (found.replace(/\s+/gu, ' ') !== want)
        out.push({ expected: want, found: plain.slice(at, m.index + m[0].length) });
    }
  }
  // Administrative units: "tỉnh Quảng Bình" in running text; "Thành phố Hồ Chí Minh", "Thủ đô Hà Nội".
  // "Tỉnh Đoàn", "Tỉnh Hội", "Tỉnh ủy" are bodies, not the province; after a capitalised word ("Công
  // ty … Nghĩa Tỉnh Côn Minh") "Tỉnh" is part of a proper name.
  for (const m of plain.matchAll(
    /(?<=(?<![\p{L}])\p{Ll}[\p{L}]*\s|[\d,;:)]\s)Tỉnh(?=\s+\p{Lu})(?!\s+(Đoàn|Hội|Ủy|Uỷ|Đội)(?![\p{L}]))/gu,
  ))
    out.push({ expected: 'tỉnh', found: `${m[0]}${plain.slice(m.index + m[0].length).split(/[,.;]/u)[0]}` });
  for (const m of plain.matchAll(/(?<![\p{L}])(thành phố Hồ Chí Minh|thủ đô Hà Nội)/gu)) {
    const value = m[0];
    out.push({ expected: value.charAt(0).toLocaleUpperCase('vi-VN') + value.slice(1), found: value });
  }
  return out;
}

function whereOfParagraph(p: Paragraph): Finding['where'] {
  return { part: p.part, paragraph: p.number, text: snippet(p.text) };
}

const runningText: LintRule = {
  id: 'CAP-02',
  clause: 'PL2-III, PL2-IV',
  severity: 'error',
  element: ELEMENT.body,
  requirement: L(
    'Viết hoa tên cơ quan, địa danh trong nội dung theo Phụ lục II ("Sở Khoa học và Công nghệ", "tỉnh Quảng Bình")',
    'Agency and place names in the text capitalised per Appendix II ("Sở Khoa học và Công nghệ", "tỉnh Quảng Bình")',
  ),
  // The "Kính gửi" lines are running text too ("Kính gửi: Ủy ban nhân dân tỉnh Quảng Bình").
  check: ({ elements: e }) =>
    [...e.kinhGui, ...e.body].flatMap((p) =>
      // The same miss twice in one paragraph is one finding.
      [...new Map(misses(p.text).map((m) => [`${m.expected}|${m.found}`, m])).values()].map((m) =>
        findingOf(runningText, {
          property: PROPERTY.case,
          expected: quoted(m.expected),
          found: quoted(m.found),
          where: whereOfParagraph(p),
        }),
      ),
    ),
};

export const CAPITAL_RULES: LintRule[] = [upperElements, runningText];
