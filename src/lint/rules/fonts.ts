/**
 * FN-01, FN-02, FN-04: every printed run in Times New Roman, black, 10–14 pt (PL1-I.4). The font is the
 * effective one: a run that sets nothing inherits it from the styles, the document defaults or the theme.
 */
import type { Paragraph, Run } from '../docxModel.js';
import type { Finding } from '../finding.js';
import { L, same } from '../finding.js';
import { findingOf, type LintContext, type LintRule } from '../rule.js';
import { foldTones, snippet } from '../text.js';
import { ELEMENT, pt, PROPERTY, VALUE } from '../words.js';
import { isLegacyEncodedText, isLegacyVietnameseFont } from './encoding.js';

/** Every paragraph of the main part and the header/footer parts, with the runs that print text. */
function printedRuns(ctx: LintContext): Array<{ para: Paragraph; run: Run }> {
  const paragraphs = [...ctx.model.paragraphs, ...[...ctx.model.parts.values()].flat()];
  return paragraphs.flatMap((para) =>
    para.runs.filter((run) => run.text.replace(/[\s\t\n]/g, '') !== '').map((run) => ({ para, run })),
  );
}

function whereOf(para: Paragraph): Finding['where'] {
  return { part: para.part, paragraph: para.number, text: snippet(para.text) };
}

/** The fonts Word uses for this text: the ASCII slot for ASCII letters, hAnsi for Vietnamese ones. */
function fontsUsed(run: Run): Array<string | undefined> {
  const f = run.props.fonts;
  if (run.props.complexScript) return [f.cs];
  const printed = run.text.replace(/\s/g, '');
  const used: Array<string | undefined> = [];
  if (/[\x21-\x7e]/.test(printed)) used.push(f.ascii);
  if (/[^\u0020-\u007e]/.test(printed)) used.push(f.hAnsi ?? f.ascii);
  return used;
}

/**
 * Word falls back to Times New Roman when no level names a font. "Times New Roman Bold" (a face name some
 * converters write) prints Times New Roman too.
 */
function isTimes(font: string | undefined): boolean {
  return (
    font === undefined ||
    /^timesnewroman(bold|italic|bolditalic|regular)?$/u.test(font.replace(/\s+/g, '').toLowerCase())
  );
}

/** Equations are set in the math font Word gives them; they are not running text. */
function isMathFont(font: string | undefined): boolean {
  return font !== undefined && /math$/iu.test(font.trim());
}

const font: LintRule = {
  id: 'FN-01',
  clause: 'PL1-I.4',
  severity: 'error',
  element: ELEMENT.text,
  requirement: L('Phông Times New Roman', 'Times New Roman font'),
  check: (ctx) =>
    printedRuns(ctx).flatMap(({ para, run }) => {
      // Legacy Vietnamese fonts on TCVN3 text are an encoding problem, reported once by FN-03; on
      // Unicode letters they are a wrong font; on a lone digit or sign nobody sees the difference.
      const legacyText = isLegacyEncodedText(run.text);
      if (!/\p{L}/u.test(run.text)) return [];
      const wrong = fontsUsed(run).find(
        (f) => !isTimes(f) && !isMathFont(f) && !(isLegacyVietnameseFont(f) && legacyText),
      );
      if (wrong === undefined) return [];
      return [
        findingOf(font, {
          property: PROPERTY.font,
          expected: VALUE.tnr,
          found: same(wrong),
          where: whereOf(para),
        }),
      ];
    }),
};

/** Urgency and secrecy stamps are printed in red by design (PL1-III.2.b). */
const RED_STAMPS = new Set(['HỎA TỐC', 'THƯỢNG KHẨN', 'KHẨN', 'MẬT', 'TỐI MẬT', 'TUYỆT MẬT']);

function isStamp(para: Paragraph): boolean {
  return RED_STAMPS.has(foldTones(para.text));
}

const colour: LintRule = {
  id: 'FN-02',
  clause: 'PL1-I.4',
  severity: 'error',
  element: ELEMENT.text,
  requirement: L('Chữ màu đen', 'Black text'),
  check: (ctx) =>
    printedRuns(ctx).flatMap(({ para, run }) => {
      const c = run.props.color;
      if (c === 'auto' || c === '000000' || isStamp(para)) return [];
      return [
        findingOf(colour, {
          property: PROPERTY.colour,
          expected: VALUE.black,
          found: same(`#${c}`),
          where: whereOf(para),
        }),
      ];
    }),
};

const SIZE_MIN = 10;
const SIZE_MAX = 14;

const size: LintRule = {
  id: 'FN-04',
  clause: 'PL1-II, PL1-III',
  severity: 'warning',
  element: ELEMENT.text,
  requirement: L(
    'Cỡ chữ trong khoảng 10–14 pt (bảng trong nội dung không tính)',
    'Sizes within 10–14 pt (tables in the body excepted)',
  ),
  check: (ctx) => {
    const e = ctx.elements;
    // Tables that hold the decree's elements are checked; other tables in the body are not regulated.
    const elementTables = new Set(
      [e.quocHieu, e.tieuNgu, e.number, e.date, e.recipientsLabel, ...e.agency, ...e.signatureTitles]
        .map((s) => s?.para.cell?.table)
        .filter((t): t is number => t !== undefined),
    );
    return printedRuns(ctx).flatMap(({ para, run }) => {
      if (para.part === ctx.model.paragraphs[0]?.part && para.cell && !elementTables.has(para.cell.table))
        return [];
      // Superscripts, subscripts and typed rules ("_____") are small by design.
      if (run.props.vertAlign || !/[\p{L}\p{N}]/u.test(run.text)) return [];
      const value = run.props.sizeHalfPt / 2;
      if (value >= SIZE_MIN && value <= SIZE_MAX) return [];
      return [
        findingOf(size, {
          property: PROPERTY.size,
          expected: same(`${SIZE_MIN}–${SIZE_MAX} pt`),
          found: same(pt(value)),
          where: whereOf(para),
        }),
      ];
    });
  },
};

export const FONT_RULES: LintRule[] = [font, colour, size];
