/**
 * Text whose lines Word sets by itself (a Kính gửi recipient, a Nơi nhận entry), with a no-break space
 * where Word would otherwise break a line at a gap the Vietnamese break rules forbid: inside a word or a
 * name ("Trung / ương"), between a number and its word ("tháng / 12"), after a word that opens the next
 * phrase ("của / Bộ"). Word fills lines greedily; we follow it with the font's widths, and at each line
 * end that falls in a forbidden gap we join that gap, so the words move down together. Only those few
 * spaces change (searching the document in Word still finds the rest), and the text keeps its length, so
 * marks placed by character offset (footnotes) stay where they are.
 */
import { breakGaps, tokenize } from './vietnameseBreaks.js';
import { shippedWords } from './vietnameseWords.js';

const NO_BREAK_SPACE = '\u00a0';
/** Our widths and Word's differ by a little: a token ending this close to the edge may go either way. */
const EDGE_MM = 1.5;

export interface LineRoom {
  /** Width of the first line and of the lines after it (a hanging indent makes them differ). */
  firstMm: number;
  restMm: number;
}

/** Where greedy filling ends each line: gap indices (between token i and i + 1). */
function greedyBreaks(widths: number[], joined: boolean[], space: number, room: LineRoom): number[] {
  const breaks: number[] = [];
  let used = 0;
  let lineStart = true;
  // Tokens joined by a no-break space travel as one piece.
  for (let i = 0; i < widths.length;) {
    let j = i;
    let piece = widths[i]!;
    while (j < widths.length - 1 && joined[j]) piece += space + widths[++j]!;
    const limit = breaks.length === 0 ? room.firstMm : room.restMm;
    const need = lineStart ? piece : used + space + piece;
    if (!lineStart && need > limit) {
      breaks.push(i - 1);
      used = piece;
    } else used = need;
    lineStart = false;
    i = j + 1;
  }
  return breaks;
}

export function keepWordsTogether(text: string, widthMm: (s: string) => number, room: LineRoom): string {
  // Token boundaries by position, cut at the spaces tokenize() cuts at (no-break spaces join), so the
  // two lists line up.
  const spans = [...text.matchAll(/(?:[^\s]|[\u00a0\u2007\u202f])+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const tokens = tokenize(text);
  if (tokens.length !== spans.length || tokens.length < 2) return text;
  const gaps = breakGaps(tokens, shippedWords());
  const widths = spans.map((s) => widthMm(text.slice(s.start, s.end)));
  const space = widthMm(' ');
  const joined = gaps.map(() => false);
  const narrower = { firstMm: room.firstMm - EDGE_MM, restMm: room.restMm - EDGE_MM };
  // Each pass joins the forbidden gaps Word would break at; a join moves later breaks, so repeat.
  for (let pass = 0; pass < tokens.length; pass++) {
    const bad = [
      ...greedyBreaks(widths, joined, space, room),
      ...greedyBreaks(widths, joined, space, narrower),
    ]
      .filter((g) => gaps[g]?.forbidden !== undefined && !joined[g])
      // A single space only: the text keeps its length and its other spacing.
      .filter((g) => spans[g + 1]!.start - spans[g]!.end === 1);
    if (bad.length === 0) break;
    for (const g of bad) joined[g] = true;
  }
  // A joined piece wider than a line would make Word cut it anywhere: leave such pieces as they were.
  const out = text.split('');
  for (let g = 0; g < joined.length; g++) {
    if (!joined[g]) continue;
    let a = g;
    while (a > 0 && joined[a - 1]) a--;
    let b = g;
    while (b < joined.length - 1 && joined[b + 1]) b++;
    const piece = widthMm(text.slice(spans[a]!.start, spans[b + 1]!.end));
    if (piece <= Math.min(room.firstMm, room.restMm) - EDGE_MM) out[spans[g]!.end] = NO_BREAK_SPACE;
  }
  return out.join('');
}

/**
 * How many lines Word fills with this text (its no-break spaces already placed), by the same greedy
 * filling: the renderer uses it to know how tall a list it does not break itself will print.
 */
export function greedyLineCount(text: string, widthMm: (s: string) => number, room: LineRoom): number {
  const pieces = text.split(/[ \t]+/u).filter((p) => p.length > 0);
  if (pieces.length === 0) return 1;
  const widths = pieces.map(widthMm);
  return (
    greedyBreaks(
      widths,
      widths.map(() => false),
      widthMm(' '),
      room,
    ).length + 1
  );
}
