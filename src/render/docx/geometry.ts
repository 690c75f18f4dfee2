/** Widths derived from the decree's numbers, computed once and named. */
import { ND30, TEXT_WIDTH_MM } from '../../layout/nd30.js';

export const CELL_PADDING_MM = ND30.columns.cellPaddingMm;

/** The width text can use inside a table column. */
export function usableWidthMm(columnMm: number): number {
  return columnMm - 2 * CELL_PADDING_MM;
}

export const HEADER_COLUMNS_MM = [ND30.columns.headerLeftMm, ND30.columns.headerRightMm] as const;
export const SIGNATURE_COLUMNS_MM = [ND30.columns.signatureLeftMm, ND30.columns.signatureRightMm] as const;

/** A short rule (agency, trích yếu): a fixed fraction, inside 1/3–1/2, of the text it underlines. */
export function shortRuleMm(textWidthMm: number): number {
  return textWidthMm * ND30.rules.shortRuleFraction;
}

export { TEXT_WIDTH_MM };
