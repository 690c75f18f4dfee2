/** Two-column tables without borders, with explicit widths and a fixed layout so every editor keeps them. */
import {
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
  BorderStyle,
  type Paragraph,
} from 'docx';
import { mmToTwip } from '../../layout/units.js';
import { CELL_PADDING_MM } from './geometry.js';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
} as const;
const CELL_NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE } as const;

/** One setting for every row, or one per row. */
function rowCantSplit(setting: boolean | readonly boolean[] | undefined, row: number): boolean {
  return typeof setting === 'boolean' ? setting : (setting?.[row] ?? false);
}

export function borderlessTable(
  columnsMm: readonly number[],
  rows: Array<Array<Array<Paragraph | Table>>>,
  options: { cantSplit?: boolean | readonly boolean[] } = {},
): Table {
  const widths = columnsMm.map(mmToTwip);
  const padding = mmToTwip(CELL_PADDING_MM);
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { left: padding, right: padding, top: 0, bottom: 0 },
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          ...(rowCantSplit(options.cantSplit, r) ? { cantSplit: true } : {}),
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: widths[i] ?? 0, type: WidthType.DXA },
                borders: CELL_NO_BORDERS,
                verticalAlign: VerticalAlign.TOP,
                // Per cell as well as per table: LibreOffice ignores the table-level default.
                margins: { left: padding, right: padding, top: 0, bottom: 0 },
                children,
              }),
          ),
        }),
    ),
  });
}
