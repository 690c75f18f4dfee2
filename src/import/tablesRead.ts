/**
 * Tables of the content: the cells' text row by row, a bold first row as the heading row, and the
 * column widths as weights. Tables holding the header, signature or Nơi nhận are layout, not content.
 */
import type { Paragraph } from '../lint/docxModel.js';
import type { Elements } from '../lint/elements.js';
import { NUMBER_CELL, type ContentTable } from '../kinds/content.js';
import { notedRuns, textWithNotes } from './notedRuns.js';
import { commonStyle, tidy } from './runsMarkup.js';
import { ND30_ELEMENTS } from '../layout/nd30Elements.js';

export interface TableRead {
  /** Reading-order number of the table's first paragraph. */
  at: number;
  table: ContentTable;
  paragraphs: Paragraph[];
}

const JC: Record<string, 'left' | 'center' | 'justify'> = { center: 'center', both: 'justify' };

/**
 * Each column's alignment as the cells set it (the most common among its filled cells), given only when
 * some column differs from what vanban does by itself: numbers centred, text from the left.
 */
function columnAlignment(
  grid: Paragraph[][][],
  texts: string[][],
  width: number,
): Array<'left' | 'center' | 'justify'> | undefined {
  const align = Array.from({ length: width }, (_, c) => {
    const counts = new Map<'left' | 'center' | 'justify', number>();
    grid.forEach((row, r) => {
      const first = row[c]?.find((p) => tidy(p.text) !== '');
      if (!first || texts[r]?.[c] === '') return;
      const a = JC[first.props.jc] ?? 'left';
      counts.set(a, (counts.get(a) ?? 0) + 1);
    });
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'left';
  });
  const differs = align.some((a, c) =>
    texts.some(
      (row) => row[c] !== undefined && row[c] !== '' && (NUMBER_CELL.test(row[c]!) ? 'center' : 'left') !== a,
    ),
  );
  return differs ? align : undefined;
}

/**
 * The cells' text size, the one with the most text, brought into the range a table's `size:` takes;
 * undefined when it is vanban's own.
 */
function cellTextSize(paragraphs: readonly Paragraph[]): number | undefined {
  const weights = new Map<number, number>();
  for (const r of paragraphs.flatMap((p) => p.runs))
    if (r.text.trim() !== '' && r.props.vertAlign === undefined)
      weights.set(r.props.sizeHalfPt / 2, (weights.get(r.props.sizeHalfPt / 2) ?? 0) + r.text.length);
  const top = [...weights.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  if (top === undefined) return undefined;
  const [min, max] = ND30_ELEMENTS.tableSizeRangePt;
  const size = Math.round(Math.min(max, Math.max(min, top)));
  return size === ND30_ELEMENTS.table.sizePt ? undefined : size;
}

/** Every top-level table of the main part, in order; footnotes in cells as "^[…]" where they stand. */
export function allTables(
  paragraphs: readonly Paragraph[],
  notes: ReadonlyMap<string, string> = new Map(),
): TableRead[] {
  const byTable = new Map<number, Paragraph[]>();
  for (const p of paragraphs) {
    if (!p.cell || p.part !== 'word/document.xml') continue;
    const list = byTable.get(p.cell.table) ?? [];
    list.push(p);
    byTable.set(p.cell.table, list);
  }
  const out: TableRead[] = [];
  for (const paras of byTable.values()) {
    const rows = new Map<number, Map<number, Paragraph[]>>();
    for (const p of paras) {
      const row = rows.get(p.cell!.row) ?? new Map<number, Paragraph[]>();
      const cell = row.get(p.cell!.cell) ?? [];
      cell.push(p);
      row.set(p.cell!.cell, cell);
      rows.set(p.cell!.row, row);
    }
    const grid = [...rows.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([, cells]) => [...cells.entries()].sort((a, b) => a[0] - b[0]).map(([, ps]) => ps));
    // Each paragraph of a cell is a line of it (names one per line stay so).
    const text = (ps: Paragraph[]): string =>
      ps
        .flatMap((p) => textWithNotes(notedRuns(p.runs, notes)).split('\n'))
        .map(tidy)
        .filter((t) => t !== '')
        .join('\n');
    const rowsText = grid.map((cells) => cells.map(text));
    const width = Math.max(...rowsText.map((r) => r.length));
    // A row of one cell across the table ("Tổng cộng: …") stays one cell: vanban spans it again.
    // The first row gives the columns, so it is always padded.
    const padded = rowsText.map((r, i) =>
      r.length === 1 && i > 0 && width > 1 ? r : [...r, ...Array<string>(width - r.length).fill('')],
    );
    const first = grid[0] ?? [];
    const headingRow =
      grid.length > 1 &&
      first.every((ps) => ps.every((p) => tidy(p.text) === '' || commonStyle(p.runs).bold));
    const widthsTw = first.map((ps) => ps[0]?.cell?.widthTw ?? 0);
    const total = widthsTw.reduce((a, b) => a + b, 0);
    const align = columnAlignment(headingRow ? grid.slice(1) : grid, padded.slice(headingRow ? 1 : 0), width);
    const size = cellTextSize(paras);
    const table: ContentTable = {
      ...(headingRow ? { columns: padded[0]! } : {}),
      ...(size !== undefined ? { size } : {}),
      ...(align ? { align } : {}),
      ...(total > 0 && widthsTw.length === width
        ? { widths: widthsTw.map((w) => Math.min(100, Math.max(1, Math.round((100 * w) / total)))) }
        : {}),
      rows: headingRow ? padded.slice(1) : padded,
    };
    out.push({ at: paras[0]!.number, table, paragraphs: paras });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The tables that are content: none of their paragraphs belongs to the header, signature or Nơi nhận. */
export function tablesOf(
  paragraphs: readonly Paragraph[],
  used: ReadonlySet<Paragraph>,
  el: Elements,
  appendixUsed: ReadonlySet<Paragraph>,
  notes: ReadonlyMap<string, string> = new Map(),
): Array<{ at: number; table: ContentTable }> {
  // Content tables stand between the title and the signature; later ones belong to appendices.
  const signature = el.signerName?.para.number ?? el.recipientsLabel?.para.number ?? Infinity;
  return allTables(paragraphs, notes).filter(
    (t) =>
      t.at < signature &&
      t.paragraphs.every((p) => !used.has(p) && !appendixUsed.has(p)) &&
      t.paragraphs.some((p) => tidy(p.text) !== ''),
  );
}
