/** A simple table in the content: full text width, single borders, a repeated heading row, 13 pt unless the table says. */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { BodyTable, ParagraphAlign } from '../../model/document.js';
import { ND30 } from '../../layout/nd30.js';
import { ND30_ELEMENTS } from '../../layout/nd30Elements.js';
import { mmToTwip } from '../../layout/units.js';
import { TEXT_WIDTH_MM } from './geometry.js';
import { runsWithNotes } from './noteRuns.js';
import { textWidthPt } from '../../measure/textWidth.js';
import { autoColumnWidthsMm } from './autoColumnWidths.js';
import { cellLines } from './cellLines.js';

const ALIGN = {
  justify: AlignmentType.JUSTIFIED,
  center: AlignmentType.CENTER,
  left: AlignmentType.LEFT,
} as const;

const LINE = {
  style: BorderStyle.SINGLE,
  size: Math.round(ND30_ELEMENTS.table.borderPt * 8),
  color: ND30.font.color,
} as const;

/** Column widths in twips from relative weights, summing exactly to the text width. */
export function tableColumnTwips(
  columns: number,
  weights: number[] | undefined,
  totalMm = TEXT_WIDTH_MM,
): number[] {
  const w = weights && weights.length === columns ? weights : Array.from({ length: columns }, () => 1);
  const sum = w.reduce((a, b) => a + b, 0);
  const total = mmToTwip(totalMm);
  const twips = w.map((x) => Math.floor((total * x) / sum));
  twips[twips.length - 1]! += total - twips.reduce((a, b) => a + b, 0);
  return twips;
}

function cellParagraph(
  runs: BodyTable['rows'][number][number]['runs'],
  align: ParagraphAlign,
  bold: boolean,
  sizePt: number,
) {
  return new Paragraph({
    alignment: ALIGN[align],
    spacing: { before: 0, after: 0 },
    children: runsWithNotes(
      runs.map((r) => ({ ...r, bold: (r.bold ?? false) || bold })),
      sizePt,
    ),
  });
}

/**
 * A row of more lines than this may break across pages. Short rows are kept whole (a number cut from its
 * line reads badly); a tall one kept whole would leave up to a page empty above it.
 */
const UNSPLIT_ROW_MAX_LINES = 6;

/** The lines a row takes: its tallest cell's text, wrapped to the cell, and its own line breaks. */
function rowLines(
  row: BodyTable['rows'][number],
  widthsTw: number[],
  paddingTw: number,
  sizePt: number,
): number {
  return Math.max(
    1,
    ...row.map((cell, c) => {
      const room = ((widthsTw[c] ?? 0) - 2 * paddingTw) / 20;
      return cellLines(cell).reduce(
        (n, text) => n + Math.max(1, Math.ceil(textWidthPt(text, sizePt) / Math.max(room, 1))),
        0,
      );
    }),
  );
}

/** A row of one cell in a table of several columns is one cell across them all ("Tổng cộng: …"). */
function spans(row: BodyTable['rows'][number], columns: number): boolean {
  return row.length === 1 && columns > 1;
}

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

export function bodyTable(table: BodyTable, totalMm = TEXT_WIDTH_MM): Table {
  const columns = Math.max(...table.rows.map((r) => r.length));
  const widths = tableColumnTwips(
    columns,
    table.columnWeights ?? autoColumnWidthsMm(table, columns, totalMm),
    totalMm,
  );
  const padding = mmToTwip(ND30_ELEMENTS.table.cellPaddingMm);
  const headerRows = table.rows.findIndex((row) => !row.every((c) => c.header));
  const sizePt = table.sizePt ?? ND30_ELEMENTS.table.sizePt;
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: LINE,
      bottom: LINE,
      left: LINE,
      right: LINE,
      insideHorizontal: LINE,
      insideVertical: LINE,
    },
    rows: table.rows.map(
      (row, r) =>
        new TableRow({
          ...(rowLines(row, spans(row, columns) ? [sum(widths)] : widths, padding, sizePt) <=
          UNSPLIT_ROW_MAX_LINES
            ? { cantSplit: true }
            : {}),
          ...(r < (headerRows === -1 ? table.rows.length : headerRows) ? { tableHeader: true } : {}),
          children: Array.from({ length: spans(row, columns) ? 1 : columns }, (_, c) => {
            const cell = row[c];
            return new TableCell({
              ...(spans(row, columns) ? { columnSpan: columns } : {}),
              width: { size: spans(row, columns) ? sum(widths) : (widths[c] ?? 0), type: WidthType.DXA },
              verticalAlign: VerticalAlign.CENTER,
              margins: { left: padding, right: padding, top: mmToTwip(0.5), bottom: mmToTwip(0.5) },
              children: [
                cellParagraph(cell?.runs ?? [], cell?.align ?? 'left', cell?.header ?? false, sizePt),
              ],
            });
          }),
        }),
    ),
  });
}
