/**
 * The widths vanban breaks its own lines to, in millimetres: the text area of each element's column,
 * less a little slack where Word would otherwise break a line we measured as fitting. Shared by the model
 * (which chooses the printed lines) and the renderer (which draws them).
 */
import { ND30, TEXT_WIDTH_MM } from './nd30.js';

const PAD = ND30.columns.cellPaddingMm;
/** Room kept on full-width lines so our breaks are the ones Word makes. */
export const WRAP_SLACK_MM = 4;

export const LINE_WIDTH_MM = {
  /** Ô 2 and ô 5b: the header's left column. */
  headerLeft: ND30.columns.headerLeftMm - 2 * PAD,
  /** Ô 1 and ô 4: the header's right column. */
  headerRight: ND30.columns.headerRightMm - 2 * PAD,
  /** Ô 5a: the trích yếu, centred on the page. */
  summary: TEXT_WIDTH_MM - WRAP_SLACK_MM,
  /** Ô 7: the signature's column. */
  signature: ND30.columns.signatureRightMm - 2 * PAD,
  /** Ô 7 when two signatures stand side by side (biên bản). */
  signatureHalf: (ND30.columns.signatureLeftMm + ND30.columns.signatureRightMm) / 2 - 2 * PAD,
  /** More signers (members), three to a row. */
  signatureThird: (ND30.columns.signatureLeftMm + ND30.columns.signatureRightMm) / 3 - 2 * PAD,
  /** Ô 13: the footer, full width. */
  footer: TEXT_WIDTH_MM - WRAP_SLACK_MM / 2,
} as const;

/** The width text may use in an appendix's section: wider when the page is turned (PL1-I.2). */
export function appendixTextWidthMm(landscape: boolean): number {
  const m = ND30.page.marginMm;
  return landscape ? ND30.page.heightMm - m.left - m.right : TEXT_WIDTH_MM;
}
