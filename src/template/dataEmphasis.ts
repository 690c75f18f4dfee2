/**
 * Emphasis and footnotes in data (src/text/emphasis.ts) reach the markup without ever being markup: each
 * string of the view that holds "*" or "^" is parsed into runs, and a styled run is written between two
 * control characters no data, template or character reference can hold (viewChars.ts leaves them out of
 * the view, templateChecks.ts and decodeEntities refuse them); a footnote's text likewise, after the run
 * it follows. Handlebars escapes the text as usual, so a string can still make no tag; markup.ts turns
 * the pairs back into bold or italic runs and footnote marks inside the paragraph or cell where the
 * template put the string. Where runs cannot be (a title line, an attribute) emphasis is dropped and a
 * footnote prints as it was written, "^[…]", so no text is lost.
 */
import { isPlainObject } from '../render/docx/xmlChars.js';
import { parseEmphasis } from '../text/emphasis.js';
import { NOTE_OPEN } from '../text/inlineNote.js';

/** Opens a run of data text in bold, italic or both; CLOSE ends it. */
export const OPEN_BOLD = '\u0001';
export const OPEN_ITALIC = '\u0002';
export const OPEN_BOLD_ITALIC = '\u0003';
export const CLOSE = '\u0004';
/** A footnote's text stands between these two, right after the run whose text the mark follows. */
export const OPEN_NOTE = '\u0005';
export const CLOSE_NOTE = '\u0006';
/** Any of the four emphasis characters (control characters on purpose: nothing else can hold them). */
// eslint-disable-next-line no-control-regex
export const EMPHASIS_MARK = /[\u0001-\u0004]/g;
/** One of the four, kept when splitting. */
// eslint-disable-next-line no-control-regex
export const EMPHASIS_SPLIT = /([\u0001-\u0004])/;
/** One emphasis character, or one footnote with its text (group 1), kept when splitting. */
// eslint-disable-next-line no-control-regex
export const DATA_MARKUP_SPLIT = /([\u0001-\u0004]|\u0005[^\u0005\u0006]*\u0006)/;
/** Any character of data markup, emphasis or footnote. */
// eslint-disable-next-line no-control-regex
export const DATA_MARK = /[\u0001-\u0006]/;

/** The text of an encoded footnote (a DATA_MARKUP_SPLIT piece), or undefined for any other piece. */
export function encodedNote(piece: string): string | undefined {
  return piece.startsWith(OPEN_NOTE) ? piece.slice(1, -1) : undefined;
}

/** A footnote as printed where it cannot be one: as the clerk wrote it. */
export function literalNote(text: string): string {
  return `${NOTE_OPEN}${text}]`;
}

/** Encoded data as plain text: emphasis dropped, footnotes written out (an attribute's value). */
export function plainData(text: string): string {
  return text
    .split(DATA_MARKUP_SPLIT)
    .map((piece) => {
      const note = encodedNote(piece);
      return note !== undefined ? literalNote(note) : piece.replace(EMPHASIS_MARK, '');
    })
    .join('');
}

/**
 * The string with its emphasis written as control-character pairs and its footnotes after the run they
 * follow (the same string when it holds no "*" and no "^").
 */
export function encodeEmphasis(text: string): string {
  if (!hasMarkup(text)) return text;
  return parseEmphasis(text)
    .map((run) => {
      const open = run.bold ? (run.italic ? OPEN_BOLD_ITALIC : OPEN_BOLD) : run.italic ? OPEN_ITALIC : '';
      const styled = open && run.text !== '' ? `${open}${run.text}${CLOSE}` : run.text;
      return run.footnote === undefined ? styled : `${styled}${OPEN_NOTE}${run.footnote}${CLOSE_NOTE}`;
    })
    .join('');
}

/** The view with every string's emphasis and footnotes encoded; the same object when none has any. */
export function viewWithEmphasis<T>(value: T): T {
  return hasAny(value) ? (encode(value) as T) : value;
}

function hasMarkup(text: string): boolean {
  return text.includes('*') || text.includes('^');
}

function hasAny(value: unknown): boolean {
  if (typeof value === 'string') return hasMarkup(value);
  if (Array.isArray(value)) return value.some(hasAny);
  if (isPlainObject(value)) return Object.values(value).some(hasAny);
  return false;
}

function encode(value: unknown): unknown {
  if (typeof value === 'string') return encodeEmphasis(value);
  if (Array.isArray(value)) return value.map(encode);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
}
