/** Unit conversions used by the layout. Word measures in twips (1/20 pt) and half-points. */
export const MM_PER_INCH = 25.4;
export const POINTS_PER_INCH = 72;
export const TWIPS_PER_POINT = 20;

export function mmToTwip(mm: number): number {
  return Math.round((mm / MM_PER_INCH) * POINTS_PER_INCH * TWIPS_PER_POINT);
}

export function cmToTwip(cm: number): number {
  return mmToTwip(cm * 10);
}

export function ptToTwip(pt: number): number {
  return Math.round(pt * TWIPS_PER_POINT);
}

/** docx (and OOXML w:sz) take font sizes in half-points. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

export function ptToMm(pt: number): number {
  return (pt / POINTS_PER_INCH) * MM_PER_INCH;
}

export function mmToPt(mm: number): number {
  return (mm / MM_PER_INCH) * POINTS_PER_INCH;
}

/** Line spacing in OOXML "auto" rule: 240 = single. */
export function linesToAutoSpacing(lines: number): number {
  return Math.round(lines * 240);
}
