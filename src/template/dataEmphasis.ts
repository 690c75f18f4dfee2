/**
 * Emphasis in data (src/text/emphasis.ts) reaches the markup without ever being markup: each string of
 * the view that holds "*" is parsed into runs, and a styled run is written between two control
 * characters no data, template or character reference can hold (viewChars.ts leaves them out of the
 * view, templateChecks.ts and decodeEntities refuse them). Handlebars escapes the text as usual, so a
 * string can still make no tag; markup.ts turns the pair back into a bold or italic run inside the
 * paragraph, cell or line where the template put the string, and drops them anywhere else.
 */
import { isPlainObject } from '../render/docx/xmlChars.js';
import { parseEmphasis } from '../text/emphasis.js';

/** Opens a run of data text in bold, italic or both; CLOSE ends it. */
export const OPEN_BOLD = '\u0001';
export const OPEN_ITALIC = '\u0002';
export const OPEN_BOLD_ITALIC = '\u0003';
export const CLOSE = '\u0004';
/** Any of the four (control characters on purpose: nothing else can hold them). */
// eslint-disable-next-line no-control-regex
export const EMPHASIS_MARK = /[\u0001-\u0004]/g;
/** One of the four, kept when splitting. */
// eslint-disable-next-line no-control-regex
export const EMPHASIS_SPLIT = /([\u0001-\u0004])/;

/** The string with its emphasis written as control-character pairs (the same string without "*"). */
export function encodeEmphasis(text: string): string {
  if (!text.includes('*')) return text;
  return parseEmphasis(text)
    .map((run) => {
      const open = run.bold ? (run.italic ? OPEN_BOLD_ITALIC : OPEN_BOLD) : run.italic ? OPEN_ITALIC : '';
      return open ? `${open}${run.text}${CLOSE}` : run.text;
    })
    .join('');
}

/** The view with every string's emphasis encoded; the same object when no string holds "*". */
export function viewWithEmphasis<T>(value: T): T {
  return hasStar(value) ? (encode(value) as T) : value;
}

function hasStar(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('*');
  if (Array.isArray(value)) return value.some(hasStar);
  if (isPlainObject(value)) return Object.values(value).some(hasStar);
  return false;
}

function encode(value: unknown): unknown {
  if (typeof value === 'string') return encodeEmphasis(value);
  if (Array.isArray(value)) return value.map(encode);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
}
