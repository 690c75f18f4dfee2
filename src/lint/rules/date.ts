/** DT-01..04: "Quảng Bình, ngày 05 tháng 02 năm 2020", italic, right column, level with Số (PL1-II.4). */
import type { DocxModel, Paragraph } from '../docxModel.js';
import type { Finding } from '../finding.js';
import { L } from '../finding.js';
import type { Layout } from '../layout.js';
import { paragraphHeightPt } from '../pages.js';
import { findingOf, type LintRule } from '../rule.js';
import { ELEMENT, mm, PROPERTY, quoted, VALUE } from '../words.js';
import { foldTones, isAbbreviation, isAllUpper, localityOf } from '../text.js';
import { checkStyle, whereOf } from './segmentStyle.js';

/** Day, month and year may be left blank (dots or spaces) for the văn thư to fill in after signing. */
const DATE_LINE = /^(\S.*?), ngày (?:(\S+) )?tháng (?:(\S+) )?năm(?: (\S+))?$/u;
const BLANK = /^[.…_]*$/u;
const DAY = /^(0[1-9]|[12][0-9]|3[01])$/u;
const MONTH = /^(01|02|[3-9]|1[0-2])$/u;
const YEAR = /^[0-9]{4}$/u;

const EXAMPLE = L(
  '"Quảng Bình, ngày 05 tháng 02 năm 2020" (ngày dưới 10 và tháng 1, 2 có số 0 đứng trước)',
  '"Quảng Bình, ngày 05 tháng 02 năm 2020" (days below 10 and months 1, 2 zero-padded)',
);

const WORDS: ReadonlyArray<[string, string]> = [
  ['ngay', 'ngày'],
  ['thang', 'tháng'],
  ['nam', 'năm'],
];

/** What is wrong with a date line that is there but does not read "<Place>, ngày … tháng … năm …". */
function slipOf(text: string): { vi: string; en: string } {
  const figures = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}/u.exec(text);
  if (figures && !/tháng/u.test(text))
    return L(
      `ngày viết bằng số "${figures[0]}" thay cho "ngày … tháng … năm …"`,
      `the date in figures "${figures[0]}" instead of "ngày … tháng … năm …"`,
    );
  const glued = /(\S)(ngày|tháng|năm)|(ngày|tháng|năm)(\S)/u.exec(text);
  if (glued) {
    const [left, right] = glued[1] !== undefined ? [glued[1], glued[2]!] : [glued[3]!, glued[4]!];
    return L(`thiếu dấu cách giữa "${left}" và "${right}"`, `no space between "${left}" and "${right}"`);
  }
  for (const [bare, word] of WORDS)
    if (new RegExp(`(?<!\\p{L})${bare}(?!\\p{L})`, 'iu').test(text))
      return L(
        `"${bare}" thiếu dấu (phải là "${word}")`,
        `"${bare}" without its marks (should be "${word}")`,
      );
  const capital = /(?<=\S\s+)(Ngày|Tháng|Năm)(?!\p{L})/u.exec(text);
  if (capital)
    return L(
      `viết hoa "${capital[0]}" (phải là "${capital[0].toLocaleLowerCase('vi-VN')}")`,
      `"${capital[0]}" capitalised (should be "${capital[0].toLocaleLowerCase('vi-VN')}")`,
    );
  if (/^[^,]+\sngày\s/u.test(text)) return L('thiếu dấu phẩy sau địa danh', 'no comma after the place name');
  return L(
    'không đúng dạng "<Địa danh>, ngày … tháng … năm …"',
    'not of the form "<Place>, ngày … tháng … năm …"',
  );
}

/** What is wrong with a date line's wording, or undefined when it has the decree's form. */
export function dateLineProblem(text: string): { vi: string; en: string } | undefined {
  const m = DATE_LINE.exec(text);
  if (!m) return slipOf(text);
  const [, place = '', day, month, year] = m;
  const first = place[0] ?? '';
  if (first !== first.toLocaleUpperCase('vi-VN') || !/\p{L}/u.test(first))
    return L('địa danh không viết hoa chữ cái đầu', 'the place name does not start with a capital');
  if (day !== undefined && !BLANK.test(day) && !DAY.test(day)) return L(`ngày "${day}"`, `day "${day}"`);
  if (month !== undefined && !BLANK.test(month) && !MONTH.test(month))
    return L(`tháng "${month}"`, `month "${month}"`);
  if (year !== undefined && !BLANK.test(year) && !YEAR.test(year))
    return L(`năm "${year}"`, `year "${year}"`);
  return undefined;
}

/** The date and the Số line are level within about one line of 12 pt (as SG-05 allows "Nơi nhận:"). */
const LEVEL_TOLERANCE_PT = 12;
const MM_PER_PT = 25.4 / 72;

/**
 * How far below the top of its table cell a paragraph prints, pt: the paragraphs above it and its spacing.
 * A stamp set above the line is left out: where a stamp stands is MK-02's finding, not a second one here.
 */
function topInCellPt(p: Paragraph, model: DocxModel, layout: Layout, skip: ReadonlySet<Paragraph>): number {
  let top = p.props.before / 20;
  for (const q of model.paragraphs)
    if (q.cell !== undefined && q.cell === p.cell && q.number < p.number && !skip.has(q))
      top += paragraphHeightPt(q, layout);
  return top;
}

const form: LintRule = {
  id: 'DT-01',
  clause: 'PL1-II.4.b-c',
  severity: 'error',
  element: ELEMENT.date,
  requirement: L(
    'Dạng "<Địa danh>, ngày 05 tháng 02 năm 2020": ngày 01–09, tháng 01, 02 có số 0',
    'Form "<Place>, ngày 05 tháng 02 năm 2020": days 01–09 and months 01, 02 padded',
  ),
  check: ({ elements: e }): Finding[] => {
    if (!e.date) {
      // Mẫu 1.9: a biên bản has no place-and-date line in its header.
      if (e.documentType?.name === 'BIÊN BẢN') return [];
      return [
        findingOf(form, { property: PROPERTY.presence, expected: EXAMPLE, found: VALUE.notFound, where: {} }),
      ];
    }
    const problem = dateLineProblem(e.date.text);
    if (!problem) return [];
    return [
      findingOf(form, {
        property: PROPERTY.form,
        expected: EXAMPLE,
        found: {
          vi: `${quoted(e.date.text).vi}: ${problem.vi}`,
          en: `${quoted(e.date.text).en}: ${problem.en}`,
        },
        where: whereOf(e.date),
      }),
    ];
  },
};

const style: LintRule = {
  id: 'DT-02',
  clause: 'PL1-II.4.c',
  severity: 'error',
  element: ELEMENT.date,
  requirement: L('Nghiêng, không đậm, cỡ 13–14', 'Italic, not bold, 13–14 pt'),
  check: ({ elements: e }) =>
    e.date ? checkStyle(style, e.date, { sizes: [13, 14], bold: false, italic: true }) : [],
};

const position: LintRule = {
  id: 'DT-03',
  clause: 'PL1-II.4.c',
  severity: 'error',
  element: ELEMENT.date,
  requirement: L(
    'Cột phải, căn giữa dưới Quốc hiệu, ngang hàng dòng "Số:"',
    'Right column, centred under the Quốc hiệu, level with the "Số:" line',
  ),
  check: ({ elements: e, model, layout }) => {
    const d = e.date;
    if (!d) return [];
    const out = checkStyle(position, d, { align: 'center', column: 'right' });
    const n = e.number;
    if (n) {
      const sameRow =
        n.para === d.para
          ? n.line === d.line
          : n.para.cell !== undefined &&
            d.para.cell !== undefined &&
            n.para.cell.table === d.para.cell.table &&
            n.para.cell.row === d.para.cell.row;
      if (!sameRow)
        out.push(
          findingOf(position, {
            property: PROPERTY.column,
            expected: L('ngang hàng dòng "Số:"', 'level with the "Số:" line'),
            found: L('không cùng hàng với dòng "Số:"', 'not on the row of the "Số:" line'),
            where: whereOf(d),
          }),
        );
      else if (n.para !== d.para) {
        // Same row of the header table: the lines and spacing above each in its cell set how high it prints.
        const stamps = new Set(e.stamps.map((x) => x.para));
        const diff = topInCellPt(d.para, model, layout, stamps) - topInCellPt(n.para, model, layout, stamps);
        if (Math.abs(diff) > LEVEL_TOLERANCE_PT)
          out.push(
            findingOf(position, {
              property: PROPERTY.column,
              expected: L('ngang hàng dòng "Số:"', 'level with the "Số:" line'),
              found: L(
                `${diff > 0 ? 'thấp' : 'cao'} hơn dòng "Số:" ${mm(Math.abs(diff) * MM_PER_PT).replace('.', ',')}`,
                `${mm(Math.abs(diff) * MM_PER_PT)} ${diff > 0 ? 'below' : 'above'} the "Số:" line`,
              ),
              where: whereOf(d),
            }),
          );
      }
    }
    return out;
  },
};

/** The words of a place name that are abbreviations: "TP.", "Q.1", "HCM". */
function placeAbbreviations(place: string): string[] {
  return place
    .split(/\s+/u)
    .filter((w) => /\p{L}/u.test(w) && (w.includes('.') || (isAllUpper(w) && isAbbreviation(w))));
}

const placeName: LintRule = {
  id: 'DT-04',
  clause: 'PL1-II.4.a',
  severity: 'error',
  element: ELEMENT.date,
  requirement: L(
    'Địa danh là tên chính thức, viết đầy đủ, của đơn vị hành chính nơi cơ quan đóng trụ sở',
    'The place is the official name, in full, of the administrative unit of the seat',
  ),
  check: ({ elements: e }): Finding[] => {
    const d = e.date;
    const place = d ? /^(\S.*?),\s*ngày\b/u.exec(d.text)?.[1] : undefined;
    if (!d || !place) return [];
    const short = placeAbbreviations(place);
    if (short.length > 0)
      return [
        findingOf(placeName, {
          property: PROPERTY.content,
          expected: L(
            'tên đầy đủ, không viết tắt ("Thành phố Hồ Chí Minh", "Quận 1")',
            'the full name, no abbreviation ("Thành phố Hồ Chí Minh", "Quận 1")',
          ),
          found: L(
            `"${place}": viết tắt ${short.map((w) => `"${w}"`).join(', ')}`,
            `"${place}": abbreviated ${short.map((w) => `"${w}"`).join(', ')}`,
          ),
          where: whereOf(d),
        }),
      ];
    // A commune's People's Committee or Council sits in the commune it governs: its place is the commune's
    // name. A province's or district's body sits in one of its towns, and offices write either (spec §9.3).
    const local = localityOf(e.agency.map((s) => s.text).join(' '));
    if (!local?.name || !local.kind || !COMMUNE_LEVEL.has(local.kind)) return [];
    const folded = foldTones(place);
    if (folded === local.name || folded === `${local.kind} ${local.name}`) return [];
    return [
      findingOf(placeName, {
        property: PROPERTY.content,
        expected: L(
          `tên đơn vị hành chính nơi đóng trụ sở: "${titleCase(local.name)}"`,
          `the administrative unit of the seat: "${titleCase(local.name)}"`,
        ),
        found: quoted(place),
        where: whereOf(d),
        severity: 'warning',
      }),
    ];
  },
};

/** Units with no administrative unit below them. */
const COMMUNE_LEVEL = new Set(['XÃ', 'PHƯỜNG', 'THỊ TRẤN', 'ĐẶC KHU']);

function titleCase(upper: string): string {
  return upper
    .toLocaleLowerCase('vi-VN')
    .replace(
      /(^|\s)(\p{L})/gu,
      (_, space: string, letter: string) => space + letter.toLocaleUpperCase('vi-VN'),
    );
}

export const DATE_RULES: LintRule[] = [form, style, position, placeName];
