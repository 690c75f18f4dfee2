/**
 * The printed lines of every block vanban sets line by line (PL1-II.2, 5, 7; PL1-III.1, 4): the parent
 * and issuing agency names, the trích yếu, V/v, appendix titles, signature title lines and the footer.
 * The model holds these lines, so `--model` shows what the page shows and the renderer only draws them.
 *
 * Two cases, as issue #11 asks:
 *   - text vanban breaks itself goes through the Vietnamese line breaker (src/text/lineBreaker.ts); when
 *     no break obeys the rules it still breaks, and warns (NO_GOOD_BREAK);
 *   - lines the clerk gave (header_lines, a trích yếu or V/v of several lines, title_lines) print exactly
 *     as given; one that does not fit is warned with its overflow in mm (LINE_TOO_WIDE), never re-broken.
 * A block whose decree range allows a smaller size (agency names: 12–13 pt) uses it when that saves a line
 * or makes given lines fit.
 */
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/make.js';
import { textWidthMm, type FontStyle } from '../measure/textWidth.js';
import { type BadBreak, breakLines } from '../text/lineBreaker.js';
import { vietnameseUpper } from '../text/case.js';

/** Where warnings go, and how a field of the document file is found for their place. */
export interface LineReport {
  diagnostics: Diagnostic[];
  locate?: (path: ReadonlyArray<string | number>) => SourceLocation | undefined;
}

/** One block's setting: how wide, how large, and its name in messages. */
export interface LineBlock {
  vi: string;
  en: string;
  /** The field of the document file the text comes from (for the warning's place). */
  path: ReadonlyArray<string | number>;
  widthMm: number;
  sizePt: number;
  style?: FontStyle;
  upper?: boolean;
  /** A smaller size the decree allows for this block, used when it saves a line. */
  smallerPt?: number;
  /** The warning for a given line too wide (its own hint where the general one does not fit). */
  tooWide?: 'LINE_TOO_WIDE' | 'DATE_LINE_TOO_WIDE';
}

export interface SetLines {
  lines: string[];
  sizePt: number;
}

const REASONS: Record<BadBreak['rule'], { vi: string; en: string }> = {
  word: { vi: 'phải tách đôi một từ hoặc một tên', en: 'has to split a word or a name' },
  number: {
    vi: 'phải tách một số khỏi chữ đi kèm (tháng 12, năm 2025, 04 đơn vị)',
    en: 'has to separate a number from its word (tháng 12, năm 2025, 04 đơn vị)',
  },
  opener: {
    vi: 'phải kết thúc bằng từ mở đầu cụm sau (và, của, về, tại …)',
    en: 'has to end with a word that opens the next phrase (và, của, về, tại …)',
  },
  dash: {
    vi: 'phải kết thúc bằng dấu "-", hoặc dòng sau bắt đầu bằng dấu "-" hay ","',
    en: 'has to end with a dash, or the next line starts with "-" or ","',
  },
  overflow: { vi: 'có một từ rộng hơn chỗ in', en: 'holds a word wider than its space' },
};

const mm = (value: number): string => value.toFixed(1);

function widthAt(block: LineBlock, sizePt: number): (text: string) => number {
  return (text) => textWidthMm(text, sizePt, block.style);
}

function locate(report: LineReport, block: LineBlock): SourceLocation | undefined {
  return report.locate?.(block.path);
}

/** Lines the clerk gave, printed as given (upper case where the block is); too wide ones warned. */
export function givenLines(lines: string[], block: LineBlock, report: LineReport): SetLines {
  const printed = lines.map((l) => (block.upper ? vietnameseUpper(l) : l.normalize('NFC')));
  const fitsAt = (size: number) => printed.every((l) => widthAt(block, size)(l) <= block.widthMm);
  if (fitsAt(block.sizePt)) return { lines: printed, sizePt: block.sizePt };
  if (block.smallerPt !== undefined && fitsAt(block.smallerPt))
    return { lines: printed, sizePt: block.smallerPt };
  // Nothing fits: the smaller size the decree allows overflows least.
  const sizePt = block.smallerPt ?? block.sizePt;
  printed.forEach((line, i) => {
    const over = widthAt(block, sizePt)(line) - block.widthMm;
    if (over <= 0) return;
    report.diagnostics.push(
      diagnostic(
        block.tooWide ?? 'LINE_TOO_WIDE',
        {
          line,
          elementVi: block.vi,
          elementEn: block.en,
          overflow: mm(over),
          overflowVi: mm(over).replace('.', ','),
        },
        // The line itself when the field is a list of lines; the field otherwise.
        locate(report, { ...block, path: [...block.path, i] }) ?? locate(report, block),
      ),
    );
  });
  return { lines: printed, sizePt };
}

/** Text vanban breaks itself; a warning when no break obeys the rules. */
export function brokenLines(text: string, block: LineBlock, report: LineReport): SetLines {
  const display = block.upper ? vietnameseUpper : (s: string) => s;
  const at = (sizePt: number) =>
    breakLines(text, { maxWidthMm: block.widthMm, measure: widthAt(block, sizePt), display });
  let result = at(block.sizePt);
  let sizePt = block.sizePt;
  if (block.smallerPt !== undefined && (result.lines.length > 1 || result.badBreaks.length > 0)) {
    const smaller = at(block.smallerPt);
    const fewerBad = smaller.badBreaks.length < result.badBreaks.length;
    const sameBad = smaller.badBreaks.length === result.badBreaks.length;
    if (fewerBad || (sameBad && smaller.lines.length < result.lines.length)) {
      result = smaller;
      sizePt = block.smallerPt;
    }
  }
  const bad = result.badBreaks[0];
  if (bad) {
    const reason = REASONS[bad.rule];
    report.diagnostics.push(
      diagnostic(
        'NO_GOOD_BREAK',
        {
          line: bad.line,
          elementVi: block.vi,
          elementEn: block.en,
          reasonVi: reason.vi,
          reasonEn: reason.en,
        },
        locate(report, block),
      ),
    );
  }
  return { lines: result.lines, sizePt };
}

/** Each entry broken on its own (signature title lines, footer entries): the lines of all, in order. */
export function brokenEach(entries: string[], block: LineBlock, report: LineReport): string[] {
  return entries.flatMap(
    (entry, i) => brokenLines(entry, { ...block, path: [...block.path, i] }, report).lines,
  );
}
