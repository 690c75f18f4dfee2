/**
 * Text width in Times New Roman, measured with the advance widths of Liberation Serif (metric-compatible,
 * and free to ship). Used to size rule lines to their text and to decide where agency names wrap.
 * No kerning: Word does not kern by default.
 */
import metrics from './serifMetrics.json' with { type: 'json' };

export type FontStyle = { bold?: boolean; italic?: boolean };

type StyleKey = 'regular' | 'bold' | 'italic' | 'boldItalic';

const MM_PER_PT = 25.4 / 72;
const UNITS_PER_EM: number = metrics.unitsPerEm;

// Marks and invisible format characters (ZWSP, ZWJ, ...) take no horizontal space.
const ZERO_WIDTH = /^[\p{M}\p{Cf}]$/u;
// Break only at ordinary white space: no-break spaces (U+00A0, U+2007, U+202F) keep words together.
const BREAKING_SPACE = /[^\S\u00a0\u2007\u202f]+/u;

/** Per style, code point -> advance in font units; grows as fallbacks are resolved (memo). */
const tables = new Map<StyleKey, Map<number, number>>();

function styleKey(style: FontStyle | undefined): StyleKey {
  if (style?.bold) return style.italic ? 'boldItalic' : 'bold';
  return style?.italic ? 'italic' : 'regular';
}

function table(key: StyleKey): Map<number, number> {
  const cached = tables.get(key);
  if (cached) return cached;
  // Runs "U+0020: 512 682 ..." give the advances of consecutive code points from U+0020 on.
  const t = new Map<number, number>();
  for (const run of metrics.styles[key]) {
    const [head = '', body = ''] = run.split(': ');
    const first = parseInt(head.slice(2), 16);
    body.split(' ').forEach((w, i) => t.set(first + i, Number(w)));
  }
  tables.set(key, t);
  return t;
}

function advance(t: Map<number, number>, cp: number): number {
  const known = t.get(cp);
  if (known !== undefined) return known;
  const char = String.fromCodePoint(cp);
  let width: number;
  if (ZERO_WIDTH.test(char)) {
    width = 0;
  } else {
    // A letter outside the table is as wide as its base letter: accents sit above or below and do not
    // change the advance (horns do, but ư/ơ and all other Vietnamese letters are in the table).
    const base = char.normalize('NFD').codePointAt(0) ?? cp;
    width = (base !== cp ? t.get(base) : undefined) ?? t.get(0x6e) ?? 0; // else as wide as "n"
  }
  t.set(cp, width);
  return width;
}

/** Sum of advances in font units of NFC-normalised text. */
function textUnits(nfcText: string, key: StyleKey): number {
  const t = table(key);
  let units = 0;
  for (const ch of nfcText) units += advance(t, ch.codePointAt(0) ?? 0);
  return units;
}

function unitsToPt(units: number, sizePt: number): number {
  return (units * sizePt) / UNITS_PER_EM;
}

/** Width of the text set on one line, in points. */
export function textWidthPt(text: string, sizePt: number, style?: FontStyle): number {
  return unitsToPt(textUnits(text.normalize('NFC'), styleKey(style)), sizePt);
}

/** Width of the text set on one line, in millimetres. */
export function textWidthMm(text: string, sizePt: number, style?: FontStyle): number {
  return textWidthPt(text, sizePt, style) * MM_PER_PT;
}

/**
 * Breaks text at spaces into the fewest lines that each fit maxWidthMm; among those, the longest line
 * is as short as possible (balanced, like "SỞ KHOA HỌC / VÀ CÔNG NGHỆ"), and remaining ties go to fuller
 * upper lines. A word wider than maxWidthMm gets a line of its own and does not affect the balance.
 * Lines come back NFC-normalised with white space collapsed; blank text gives no lines.
 */
export function wrapToWidth(text: string, maxWidthMm: number, sizePt: number, style?: FontStyle): string[] {
  const key = styleKey(style);
  const words = text
    .normalize('NFC')
    .split(BREAKING_SPACE)
    .filter((w) => w.length > 0);
  if (words.length === 0) return [];

  // Integer font units keep comparisons exact; lines are additive because nothing kerns.
  const widths = words.map((w) => textUnits(w, key));
  const space = textUnits(' ', key);
  const fits = (units: number): boolean => unitsToPt(units, sizePt) * MM_PER_PT <= maxWidthMm;

  // Greedy filling gives the fewest lines for a bound; single words may exceed it.
  const breakGreedy = (bound: number): number[][] => {
    const lines: number[][] = [];
    let line: number[] = [];
    let lineUnits = 0;
    widths.forEach((w, i) => {
      const withWord = line.length === 0 ? w : lineUnits + space + w;
      if (line.length > 0 && withWord > bound) {
        lines.push(line);
        line = [i];
        lineUnits = w;
      } else {
        line.push(i);
        lineUnits = withWord;
      }
    });
    lines.push(line);
    return lines;
  };

  // Candidate bounds: widths of every multi-word run that fits, plus the widest single word that fits.
  const candidates = new Set<number>([0]);
  for (let i = 0; i < widths.length; i++) {
    let units = 0;
    for (let j = i; j < widths.length; j++) {
      units += (j > i ? space : 0) + (widths[j] ?? 0);
      if (!fits(units)) break;
      candidates.add(units);
    }
  }
  const bounds = [...candidates].sort((a, b) => a - b);
  const maxBound = bounds[bounds.length - 1] ?? 0;
  const fewest = breakGreedy(maxBound).length;

  // Line count only falls as the bound grows: binary search the smallest bound that keeps `fewest`.
  let lo = 0;
  let hi = bounds.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breakGreedy(bounds[mid] ?? maxBound).length <= fewest) hi = mid;
    else lo = mid + 1;
  }
  return breakGreedy(bounds[lo] ?? maxBound).map((line) => line.map((i) => words[i]).join(' '));
}
