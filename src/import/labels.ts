/**
 * The numbering a paragraph starts with, as offices write it (PL1-II.6.đ): "I." mục, "1." khoản,
 * "1.1." sub-khoản, "a)" điểm, "-" and "+" lists, and "Điều 1." articles. `rank` orders them from the
 * outermost, so a reader can rebuild the nesting from the labels alone.
 */
export type LabelKind = 'article' | 'roman' | 'arabic' | 'decimal' | 'letter' | 'dash' | 'plus';

export interface Label {
  kind: LabelKind;
  /** The label as printed, tidied: "I.", "1.", "1.2.", "a)", "-", "+", "Điều 3." */
  text: string;
  /** Outermost 0; a decimal label ranks by its depth (1.1 below 1., 1.1.1 below 1.1). */
  rank: number;
  /** The number it counts (1 for "I.", "1.", "a)"); 0 for dashes. */
  value: number;
  /** What follows the label. */
  rest: string;
}

const ROMAN = /^([IVXL]{1,6})\s*[.:/]\s+(?=\S)/u;
const ARTICLE = /^Điều\s+(\d{1,3})\s*[.:]\s*/u;
const DECIMAL = /^(\d{1,2}(?:\.\d{1,2}){1,3})(\.?)\s+(?=\S)/u;
const ARABIC = /^(\d{1,2})\s*([.)])\s+(?=\S)/u;
const LETTER = /^([a-zđ])\s*([).])\s+(?=\S)/u;
const DASH = /^[-–—•]\s*(?=\S)/u;
const PLUS = /^\+\s*(?=\S)/u;

const LETTERS = 'abcdđeghiklmnopqrstuvxy';

function romanValue(text: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = values[text[i]!]!;
    const next = values[text[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export function labelOf(text: string): Label | undefined {
  let m = ARTICLE.exec(text);
  if (m)
    return {
      kind: 'article',
      text: `Điều ${m[1]}.`,
      rank: 0,
      value: Number(m[1]),
      rest: text.slice(m[0].length),
    };
  m = ROMAN.exec(text);
  if (m)
    return {
      kind: 'roman',
      text: `${m[1]}.`,
      rank: 0,
      value: romanValue(m[1]!),
      rest: text.slice(m[0].length),
    };
  m = DECIMAL.exec(text);
  if (m) {
    const parts = m[1]!.split('.');
    return {
      kind: 'decimal',
      text: `${m[1]}${m[2]}`,
      rank: 1 + parts.length - 1,
      value: Number(parts.at(-1)),
      rest: text.slice(m[0].length),
    };
  }
  m = ARABIC.exec(text);
  if (m)
    return {
      kind: 'arabic',
      text: `${m[1]}${m[2]}`,
      rank: 1,
      value: Number(m[1]),
      rest: text.slice(m[0].length),
    };
  m = LETTER.exec(text);
  if (m)
    return {
      kind: 'letter',
      text: `${m[1]}${m[2]}`,
      rank: 5,
      value: LETTERS.indexOf(m[1]!) + 1,
      rest: text.slice(m[0].length),
    };
  m = PLUS.exec(text);
  if (m) return { kind: 'plus', text: '+', rank: 7, value: 0, rest: text.slice(m[0].length) };
  m = DASH.exec(text);
  if (m) return { kind: 'dash', text: '-', rank: 6, value: 0, rest: text.slice(m[0].length) };
  return undefined;
}

/** The length of the label's own characters in `text` (for cutting it off the runs). */
export function labelLength(text: string, label: Label): number {
  return text.length - label.rest.length;
}
