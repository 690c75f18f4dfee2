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
