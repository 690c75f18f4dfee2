/**
 * BD-01..05: body paragraphs justified, 13–14 pt, first line indented 1 or 1.27 cm, at least 6 pt apart,
 * single to 1.5 line spacing (PL1-II.6.e). Centred headings (Phần, Chương, "QUYẾT ĐỊNH:", the issuing
 * authority of a quyết định) are not body text and are left out of the alignment and indent checks.
 */
import type { Paragraph } from '../docxModel.js';
import { twipToMm } from '../docxModel.js';
import type { Finding } from '../finding.js';
import { L, same } from '../finding.js';
import { piecesWidthMm } from '../layout.js';
import { findingOf, type LintContext, type LintRule } from '../rule.js';
import { isAllUpper, snippet } from '../text.js';
import { alignName, ELEMENT, pt, PROPERTY } from '../words.js';

const INDENTS_TWIPS = [567, 720];
/** ±0.5 mm (the spec's tolerance for margins): 1.25 cm and 1.27 cm look the same on paper. */
const INDENT_TOLERANCE = 28;
/** Times New Roman prints a "single" line at about 1.15 times its size. */
const SINGLE_LINE_EM = 1.15;
/** Line spacing judged by what prints: 1 to 1.5 lines, with a little room for rounding. */
const MULTIPLE_MIN = 0.95;
const MULTIPLE_MAX = 1.55;
const MIN_GAP_TWIPS = 120;
/** Word's "auto" paragraph spacing (HTML-style) is 14 pt. */
const AUTO_SPACING_TWIPS = 280;
const LINE_MIN = 240;
const LINE_MAX = 360;

function whereOf(p: Paragraph): Finding['where'] {
  return { part: p.part, paragraph: p.number, text: snippet(p.text) };
}

/** A centred line that is bold, capitals, italic or short: a heading, not running text. */
export function isHeading(p: Paragraph, ctx: LintContext): boolean {
  if (p.props.jc !== 'center') return false;
  const runs = p.runs.filter((r) => r.text.trim() !== '');
  if (runs.length === 0) return true;
  if (runs.every((r) => r.props.bold) || runs.every((r) => r.props.italic) || isAllUpper(p.text)) return true;
  const segs = ctx.layout.byParagraph.get(p.number) ?? [];
  const width = segs.reduce((sum, s) => sum + piecesWidthMm(s.pieces), 0);
  return width < ctx.layout.textWidthMm * 0.7;
}

/** A bold line that ends without a full stop or semicolon: a run-in heading ("I. THÀNH PHẦN", "2. Đề nghị …"). */
export function isRunInHeading(p: Paragraph): boolean {
  // A formula or a figure caption is set where it reads best, not as running text.
  if (/[=∛√≤≥±]|^(hình|sơ đồ|bảng|biểu đồ|ảnh)\s/iu.test(p.text.trim())) return true;
  const runs = p.runs.filter((r) => /[\p{L}\p{N}]/u.test(r.text));
  const text = p.text.trim();
  // "I. THÀNH PHẦN": a heading in capitals, bold or not (BD-14 judges its weight).
  if (/\p{L}/u.test(text) && isAllUpper(text) && text.length <= 150) return true;
  return runs.length > 0 && runs.every((r) => r.props.bold) && !/[;.,]$/u.test(text) && text.length <= 150;
}

/** The paragraph prints on one line that does not fill the width: justified or flush left look the same. */
function printsOneShortLine(p: Paragraph, ctx: LintContext): boolean {
  const segs = ctx.layout.byParagraph.get(p.number) ?? [];
  if (segs.length !== 1) return false;
  const s = segs[0]!;
  return s.rightMm < s.boxLeftMm + s.boxWidthMm * 0.9;
}

/** The size most of the paragraph's text is set in, pt. */
function bodySizePt(p: Paragraph): number {
  const bySize = new Map<number, number>();
  for (const r of p.runs)
    bySize.set(r.props.sizeHalfPt, (bySize.get(r.props.sizeHalfPt) ?? 0) + r.text.length);
  const best = [...bySize].sort((a, b) => b[1] - a[1])[0];
  return (best?.[0] ?? p.markProps.sizeHalfPt) / 2;
}

const alignment: LintRule = {
  id: 'BD-01',
  clause: 'PL1-II.6.e',
  severity: 'error',
  element: ELEMENT.body,
  requirement: L('Căn đều hai bên', 'Justified'),
  check: (ctx) =>
    ctx.elements.body
      .filter(
        (p) =>
          !isHeading(p, ctx) &&
          !isRunInHeading(p) &&
          p.props.jc !== 'both' &&
          p.props.jc !== 'distribute' &&
          !(p.props.jc === 'left' && printsOneShortLine(p, ctx)),
      )
      .map((p) =>
        findingOf(alignment, {
          property: PROPERTY.align,
          expected: alignName('both'),
          found: alignName(p.props.jc),
          where: whereOf(p),
        }),
      ),
};

const size: LintRule = {
  id: 'BD-02',
  clause: 'PL1-II.6.e',
  severity: 'error',
  element: ELEMENT.body,
  requirement: L('Cỡ chữ 13–14', '13–14 pt'),
  check: (ctx) =>
    ctx.elements.body.flatMap((p) => {
      // Superscripts, subscripts (m², drafter marks) and lone signs are judged with their neighbours.
      const wrong = p.runs.find(
        (r) =>
          /[\p{L}\p{N}]/u.test(r.text) &&
          !r.props.vertAlign &&
          (r.props.sizeHalfPt < 26 || r.props.sizeHalfPt > 28),
      );
      if (!wrong) return [];
      return [
        findingOf(size, {
          property: PROPERTY.size,
          expected: same('13–14 pt'),
          found: same(pt(wrong.props.sizeHalfPt / 2)),
          where: whereOf(p),
        }),
      ];
    }),
};

function cm(twips: number): string {
  return `${(twipToMm(twips) / 10).toFixed(2).replace(/0$/, '')} cm`;
}

const indent: LintRule = {
  id: 'BD-03',
  clause: 'PL1-II.6.e',
  severity: 'error',
  element: ELEMENT.body,
  requirement: L('Thụt đầu dòng 1 cm hoặc 1,27 cm', 'First-line indent 1 cm or 1.27 cm'),
  check: (ctx) =>
    ctx.elements.body.flatMap((p) => {
      // Auto-numbered paragraphs take their indents from the numbering definition, not read here.
      if (isHeading(p, ctx) || isRunInHeading(p) || p.props.numbered) return [];
      const first = p.props.firstLine;
      const ok = p.props.indLeft === 0 && INDENTS_TWIPS.some((v) => Math.abs(first - v) <= INDENT_TOLERANCE);
      if (ok) return [];
      const found =
        p.props.indLeft !== 0
          ? L(
              `lề trái ${cm(p.props.indLeft)}, dòng đầu ${cm(first)}`,
              `left indent ${cm(p.props.indLeft)}, first line ${cm(first)}`,
            )
          : first < 0
            ? L(`treo ${cm(-first)}`, `hanging ${cm(-first)}`)
            : same(cm(first));
      return [
        findingOf(indent, {
          property: PROPERTY.firstLine,
          expected: same('1 cm / 1,27 cm'),
          found,
          where: whereOf(p),
        }),
      ];
    }),
};

function spaceAfter(p: Paragraph, next: Paragraph): number {
  if (p.props.contextualSpacing && p.props.styleId === next.props.styleId) return 0;
  return p.props.afterAuto ? AUTO_SPACING_TWIPS : p.props.after;
}

function spaceBefore(p: Paragraph, previous: Paragraph): number {
  if (p.props.contextualSpacing && p.props.styleId === previous.props.styleId) return 0;
  return p.props.beforeAuto ? AUTO_SPACING_TWIPS : p.props.before;
}

const spacing: LintRule = {
  id: 'BD-04',
  clause: 'PL1-II.6.e',
  severity: 'error',
  element: ELEMENT.body,
  requirement: L('Cách đoạn tối thiểu 6 pt', 'At least 6 pt between paragraphs'),
  check: (ctx) => {
    const out: Finding[] = [];
    const region = ctx.elements.bodyRegion;
    for (let i = 1; i < region.length; i++) {
      const prev = region[i - 1]!;
      const cur = region[i]!;
      // A blank paragraph (or a table) between them already makes the gap.
      if (cur.number !== prev.number + 1 || prev.text.trim() === '' || cur.text.trim() === '') continue;
      if (isHeading(prev, ctx) || isHeading(cur, ctx)) continue;
      const gap = spaceAfter(prev, cur) + spaceBefore(cur, prev);
      if (gap >= MIN_GAP_TWIPS - 1) continue;
      out.push(
        findingOf(spacing, {
          property: PROPERTY.paragraphSpacing,
          expected: same('≥ 6 pt'),
          found: same(pt(gap / 20)),
          where: whereOf(cur),
        }),
      );
    }
    return out;
  },
};

const lineSpacing: LintRule = {
  id: 'BD-05',
  clause: 'PL1-II.6.e',
  severity: 'error',
  element: ELEMENT.body,
  requirement: L('Giãn dòng từ 1 dòng (single) đến 1,5 dòng', 'Line spacing from single to 1.5 lines'),
  check: (ctx) =>
    ctx.elements.body.flatMap((p) => {
      const { line, lineRule } = p.props;
      if (line === undefined) return [];
      if (lineRule === 'auto') {
        if (line >= LINE_MIN - 2 && line <= LINE_MAX + 2) return [];
        const lines = (line / 240).toFixed(2).replace(/0$/, '');
        return [
          findingOf(lineSpacing, {
            property: PROPERTY.lineSpacing,
            expected: L('1–1,5 dòng', '1–1.5 lines'),
            found: L(`${lines.replace('.', ',')} dòng`, `${lines} lines`),
            where: whereOf(p),
          }),
        ];
      }
      // "Exactly" and "at least" are judged by the multiple of a single line they print.
      const single = bodySizePt(p) * SINGLE_LINE_EM;
      const linePt = line / 20;
      const multiple = lineRule === 'exact' ? linePt / single : Math.max(1, linePt / single);
      if (multiple >= MULTIPLE_MIN && multiple <= MULTIPLE_MAX) return [];
      const shown = multiple.toFixed(2).replace(/0$/, '');
      return [
        findingOf(lineSpacing, {
          property: PROPERTY.lineSpacing,
          expected: L('1–1,5 dòng', '1–1.5 lines'),
          found: L(
            `${lineRule === 'exact' ? 'chính xác' : 'tối thiểu'} ${pt(linePt)} (≈ ${shown.replace('.', ',')} dòng)`,
            `${lineRule === 'exact' ? 'exactly' : 'at least'} ${pt(linePt)} (≈ ${shown} lines)`,
          ),
          where: whereOf(p),
          severity: 'warning',
        }),
      ];
    }),
};

export const BODY_RULES: LintRule[] = [alignment, size, indent, spacing, lineSpacing];
