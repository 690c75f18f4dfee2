/**
 * How many pages the document prints, estimated from its layout: printed lines × line height plus
 * paragraph spacing, page and section breaks. `docProps/app.xml` keeps the count of the last save by
 * Word, which is stale in many files (and absent in others); a reader counts the pages that print.
 */
import type { DocxModel, Paragraph } from './docxModel.js';
import { printedLineWidthsMm, type Layout } from './layout.js';

const TWIP_PT = 1 / 20;

/** Times New Roman prints a single line at about 1.15 times its size. */
const SINGLE_LINE_EM = 1.15;

function lineHeightPt(p: Paragraph, sizePt: number): number {
  const { line, lineRule } = p.props;
  const natural = sizePt * SINGLE_LINE_EM;
  if (line === undefined) return natural;
  if (lineRule === 'exact') return line * TWIP_PT;
  if (lineRule === 'atLeast') return Math.max(natural, line * TWIP_PT);
  return natural * (line / 240);
}

export function paragraphHeightPt(p: Paragraph, layout: Layout): number {
  const segs = layout.byParagraph.get(p.number) ?? [];
  const size = (p.runs.find((r) => r.text.trim() !== '')?.props.sizeHalfPt ?? p.markProps.sizeHalfPt) / 2;
  // Segments of one printed line (tabs) share it; each line may wrap.
  const byLine = new Map<number, number>();
  for (const s of segs) byLine.set(s.line, Math.max(byLine.get(s.line) ?? 0, printedLineWidthsMm(s).length));
  const lines = Math.max(
    1,
    [...byLine.values()].reduce((a, b) => a + b, 0),
  );
  return lines * lineHeightPt(p, size) + (p.props.before + p.props.after) * TWIP_PT;
}

/** Estimated number of printed pages of the main part, up to paragraph `until` when given. */
export function estimatePages(model: DocxModel, layout: Layout, until = Infinity): number {
  const main = model.paragraphs.filter(
    (p) => p.part === model.paragraphs[0]?.part && !p.inTextBox && p.number <= until,
  );
  let pages = 1;
  let used = 0;
  let section = -1;
  let pageHeight = 0;
  // A table row is as tall as its tallest cell: cells of a row are summed apart and the largest kept.
  let row: { key: string; cells: Map<number, number> } | undefined;
  const flushRow = (): void => {
    if (row) used += Math.max(0, ...row.cells.values());
    row = undefined;
  };
  const advance = (): void => {
    while (pageHeight > 0 && used > pageHeight) {
      pages++;
      used -= pageHeight;
    }
  };
  for (const p of main) {
    if (p.section !== section) {
      flushRow();
      const s = model.sections[p.section];
      if (section >= 0 && s && s.type !== 'continuous') {
        pages++;
        used = 0;
      }
      section = p.section;
      const m = s?.margins ?? {};
      const heightTw = (s?.pageH ?? 16838) - (m.top ?? 1440) - (m.bottom ?? 1440);
      pageHeight = Math.max(100, heightTw * TWIP_PT);
    }
    if (p.props.pageBreakBefore) {
      flushRow();
      pages++;
      used = 0;
    }
    const h = paragraphHeightPt(p, layout);
    if (p.cell) {
      const key = `${p.cell.table}.${p.cell.row}`;
      if (row?.key !== key) {
        flushRow();
        row = { key, cells: new Map() };
      }
      row.cells.set(p.cell.cell, (row.cells.get(p.cell.cell) ?? 0) + h);
    } else {
      flushRow();
      used += h;
    }
    advance();
    if (p.pageBreak) {
      flushRow();
      pages++;
      used = 0;
    }
  }
  flushRow();
  advance();
  return pages;
}
