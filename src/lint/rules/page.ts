/** PG-01..06: A4 portrait and the decree's margins, for every section (PL1-I.1–I.3). */
import type { Section } from '../docxModel.js';
import { twipToMm } from '../docxModel.js';
import type { Finding, Localized } from '../finding.js';
import { L, same } from '../finding.js';
import { findingOf, type LintRule } from '../rule.js';
import { ELEMENT, mm, PROPERTY, VALUE } from '../words.js';

/** ±20 twips on the paper size (spec §10), ±0.5 mm on margins. */
const SIZE_TOLERANCE_TW = 20;
const MARGIN_TOLERANCE_MM = 0.5;
const A4_W = 11906;
const A4_H = 16838;

function sectionWhere(s: Section): { section: number } {
  return { section: s.index + 1 };
}

const size: LintRule = {
  id: 'PG-01',
  clause: 'PL1-I.1',
  severity: 'error',
  element: ELEMENT.page,
  requirement: L('Khổ A4 (210 × 297 mm)', 'A4 paper (210 × 297 mm)'),
  check: ({ model }) =>
    model.sections.flatMap((s) => {
      if (s.pageW === undefined || s.pageH === undefined) return [];
      const [short, long] = [Math.min(s.pageW, s.pageH), Math.max(s.pageW, s.pageH)];
      if (Math.abs(short - A4_W) <= SIZE_TOLERANCE_TW && Math.abs(long - A4_H) <= SIZE_TOLERANCE_TW)
        return [];
      return [
        findingOf(size, {
          property: PROPERTY.pageSize,
          expected: same('A4, 210 × 297 mm'),
          found: same(`${twipToMm(s.pageW).toFixed(0)} × ${twipToMm(s.pageH).toFixed(0)} mm`),
          where: sectionWhere(s),
        }),
      ];
    }),
};

/**
 * A section may be landscape only to hold a wide table (PL1-I.2). The tables that lay out the header and
 * the "Nơi nhận" / signature block are not content: their three cells do not make a landscape page right.
 */
function hasWideTable(s: Section, ctx: Parameters<LintRule['check']>[0]): boolean {
  const e = ctx.elements;
  const layoutTables = new Set(
    [e.quocHieu, e.agency[0], e.number, e.recipientsLabel, e.signatureTitles[0], e.signerName].flatMap((x) =>
      x?.para.cell ? [x.para.cell.table] : [],
    ),
  );
  return ctx.model.paragraphs.some(
    (p) =>
      p.section === s.index &&
      p.cell !== undefined &&
      p.cell.cellCount >= 3 &&
      !layoutTables.has(p.cell.table),
  );
}

const orientation: LintRule = {
  id: 'PG-02',
  clause: 'PL1-I.2',
  severity: 'error',
  element: ELEMENT.page,
  requirement: L(
    'Giấy dọc; chỉ trang có bảng rộng mới được để ngang',
    'Portrait; landscape only for wide tables',
  ),
  check: (ctx) =>
    ctx.model.sections.flatMap((s) => {
      const landscape =
        s.orient === 'landscape' || (s.pageW !== undefined && s.pageH !== undefined && s.pageW > s.pageH);
      if (!landscape || hasWideTable(s, ctx)) return [];
      return [
        findingOf(orientation, {
          property: PROPERTY.orientation,
          expected: VALUE.portrait,
          found: VALUE.landscape,
          where: sectionWhere(s),
        }),
      ];
    }),
};

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi-VN') + text.slice(1);
}

function marginRule(
  id: string,
  side: 'top' | 'bottom' | 'left' | 'right',
  property: Localized,
  [min, max]: readonly [number, number],
): LintRule {
  const rule: LintRule = {
    id,
    clause: 'PL1-I.3',
    severity: 'error',
    element: ELEMENT.page,
    requirement: L(
      `${capitalise(property.vi)} ${min}–${max} mm`,
      `${capitalise(property.en)} ${min}–${max} mm`,
    ),
    check: ({ model }) =>
      model.sections.flatMap((s): Finding[] => {
        // Word's own default when the file states no margin: one inch.
        const twips = s.margins[side] ?? 1440;
        // A negative top/bottom margin means "do not move the text for the header": its size still counts.
        const value = twipToMm(Math.abs(twips));
        if (value >= min - MARGIN_TOLERANCE_MM && value <= max + MARGIN_TOLERANCE_MM) return [];
        return [
          findingOf(rule, {
            property,
            expected: same(`${min}–${max} mm`),
            found: same(mm(value)),
            where: sectionWhere(s),
          }),
        ];
      }),
  };
  return rule;
}

export const PAGE_RULES: LintRule[] = [
  size,
  orientation,
  marginRule('PG-03', 'top', PROPERTY.marginTop, [20, 25]),
  marginRule('PG-04', 'bottom', PROPERTY.marginBottom, [20, 25]),
  marginRule('PG-05', 'left', PROPERTY.marginLeft, [30, 35]),
  marginRule('PG-06', 'right', PROPERTY.marginRight, [15, 20]),
];
