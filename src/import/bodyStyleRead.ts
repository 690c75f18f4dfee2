/**
 * A body style that keeps the copy on as many pages as the original. Offices set their body tighter than
 * vanban's default (14 pt, 1.15 lines, 6 pt between paragraphs): exact 17–20 pt lines, often no space
 * between paragraphs at all, which the decree does not allow (PL1-II.6.e: at least 6 pt). vanban keeps
 * the 6 pt and finds, within the decree's ranges (13–14 pt, single to 1.5 lines), the line spacing that
 * gives the body the height it had in the original; a page or more is saved on long documents.
 */
import type { Paragraph, Section } from '../lint/docxModel.js';
import { ND30, TEXT_WIDTH_MM } from '../layout/nd30.js';
import { textWidthPt } from '../measure/textWidth.js';

/** Times New Roman's single line, as a share of its size (ascent, descent and gap; LibreOffice sets 1.149). */
const SINGLE_LINE_EM = 1.15;
const PT_PER_TWIP = 1 / 20;
const PT_PER_MM = 72 / 25.4;
/** A4 portrait and Word's default margins, for a section that does not say. */
const DEFAULT_TEXT_WIDTH_TW = 11906 - 1800 - 1800;

export interface BodyStyleRead {
  font_size?: number;
  line_spacing?: number;
}

interface Measured {
  text: string;
  /** Height in the original: lines × line pitch, plus the space before and after. */
  heightPt: number;
  /** First-line indent, which takes room on the first line. */
  indentPt: number;
}

function lineCount(widthPt: number, lineWidthPt: number): number {
  return Math.max(1, Math.ceil(widthPt / lineWidthPt));
}

/** The paragraph's line pitch in points: "auto" is in 240ths of a line, "exact" and "atLeast" in twips. */
function pitchPt(p: Paragraph, sizePt: number): number {
  const single = sizePt * SINGLE_LINE_EM;
  const { line, lineRule } = p.props;
  if (line === undefined) return single;
  if (lineRule === 'exact') return line * PT_PER_TWIP;
  if (lineRule === 'atLeast') return Math.max(single, line * PT_PER_TWIP);
  return (single * line) / 240;
}

function measure(p: Paragraph, lineWidthPt: number): Measured {
  const runs = p.runs.filter((r) => r.text.trim() !== '' && r.props.vertAlign === undefined);
  const sizePt =
    runs.length > 0 ? Math.max(...runs.map((r) => r.props.sizeHalfPt / 2)) : p.markProps.sizeHalfPt / 2;
  const text = p.text.trim();
  const indentPt = Math.max(0, p.props.firstLine) * PT_PER_TWIP;
  const lines = text === '' ? 1 : lineCount(textWidthPt(text, sizePt) + indentPt, lineWidthPt);
  const gapPt = (p.props.before + p.props.after) * PT_PER_TWIP;
  return { text, heightPt: lines * pitchPt(p, sizePt) + gapPt, indentPt };
}

/** The line spacing that gives vanban's body at `sizePt` the original's height, in lines. */
function spacingFor(measured: readonly Measured[], budgetPt: number, sizePt: number): number {
  const lineWidthPt = TEXT_WIDTH_MM * PT_PER_MM;
  const printed = measured.filter((m) => m.text !== '');
  const lines = printed.reduce(
    (n, m) => n + lineCount(textWidthPt(m.text, sizePt) + m.indentPt, lineWidthPt),
    0,
  );
  const gaps = printed.length * (ND30.body.spaceBeforePt + ND30.body.spaceAfterPt);
  return (budgetPt - gaps) / (lines * sizePt * SINGLE_LINE_EM);
}

/** Down to the next 0.05 line, so the copy is never taller than the estimate. */
const floorStep = (lines: number): number => Math.floor(lines * 20 + 1e-9) / 20;

/**
 * The body style to write: nothing when vanban's default is as tight as the original, a line spacing
 * under 1.15 when that is enough, and 13 pt as well when even single spacing at 14 pt is too tall.
 */
export function readBodyStyle(paragraphs: readonly Paragraph[], section: Section | undefined): BodyStyleRead {
  const widthTw =
    section?.pageW !== undefined
      ? section.pageW - (section.margins.left ?? 0) - (section.margins.right ?? 0)
      : DEFAULT_TEXT_WIDTH_TW;
  const measured = paragraphs
    .filter((p) => !p.cell && !p.inTextBox)
    .map((p) => measure(p, widthTw * PT_PER_TWIP));
  if (!measured.some((m) => m.text !== '')) return {};
  const budget = measured.reduce((h, m) => h + m.heightPt, 0);
  const at14 = spacingFor(measured, budget, ND30.size.body);
  if (at14 >= ND30.body.lineSpacingLines) return {};
  if (at14 >= 1) return { line_spacing: floorStep(at14) };
  const compact = ND30.body.compact;
  const at13 = spacingFor(measured, budget, compact.sizePt);
  return { font_size: compact.sizePt, line_spacing: Math.max(1, floorStep(at13)) };
}
