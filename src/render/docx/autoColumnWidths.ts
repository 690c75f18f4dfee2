/**
 * Column widths for a table whose `widths:` the clerk left out. Equal columns made a "TT" column as wide
 * as the "Nội dung" one and broke names ("Lê Thị Ngọc / Ánh") in the others. As an office sizes them: a
 * column whose longest line fits in an equal share of what is left gets that line's width, narrowest
 * first; the wider columns share the rest by how much text they hold; no column is narrower than its
 * longest word.
 */
import type { BodyTable } from '../../model/document.js';
import { ND30_ELEMENTS } from '../../layout/nd30Elements.js';
import { textWidthMm } from '../../measure/textWidth.js';
import { cellLines } from './cellLines.js';

/** Room beside a cell's text: its padding both sides and a little for Word's rounding, mm. */
const CELL_ROOM_MM = 2 * ND30_ELEMENTS.table.cellPaddingMm + 1;

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

/** Widths in mm, one per column, summing to `totalMm`. */
export function autoColumnWidthsMm(table: BodyTable, columns: number, totalMm: number): number[] {
  const size = table.sizePt ?? ND30_ELEMENTS.table.sizePt;
  const longestWord = Array<number>(columns).fill(CELL_ROOM_MM);
  const longestLine = Array<number>(columns).fill(CELL_ROOM_MM);
  for (const row of table.rows) {
    // A row of one cell spans the table: it asks nothing of a column.
    if (row.length === 1 && columns > 1) continue;
    row.forEach((cell, c) => {
      const bold = cell.header === true || cell.runs.every((r) => r.bold);
      for (const line of cellLines(cell)) {
        const width = (s: string) => textWidthMm(s, size, { bold }) + CELL_ROOM_MM;
        longestLine[c] = Math.max(longestLine[c]!, width(line));
        for (const word of line.split(/\s+/u)) longestWord[c] = Math.max(longestWord[c]!, width(word));
      }
    });
  }
  const widths = Array<number>(columns).fill(0);
  let left = totalMm;
  const open = new Set(Array.from({ length: columns }, (_, c) => c));
  // Narrow columns first: each takes its longest line while that fits an equal share of what is left.
  for (const c of [...open].sort((a, b) => longestLine[a]! - longestLine[b]!)) {
    if (longestLine[c]! > left / open.size) break;
    widths[c] = longestLine[c]!;
    left -= widths[c];
    open.delete(c);
  }
  // The wide ones share the rest by the length of their longest line, none below its longest word.
  const wanted = sum([...open].map((c) => longestLine[c]!));
  for (const c of open) widths[c] = Math.max(longestWord[c]!, (left * longestLine[c]!) / wanted);
  // Everything on one line leaves room over; a long word may ask for more: scale to the width.
  const scale = totalMm / sum(widths);
  return widths.map((w) => w * scale);
}
