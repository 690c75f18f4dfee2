/**
 * The characters that must not reach a terminal raw, in one list for every printer (diagnostics, lint's
 * report, its JSON): C0 controls (ESC starts the sequences that retitle the window or clear the screen),
 * DEL, C1 controls (U+009B is a one-byte CSI), the bidirectional controls that reorder what is shown
 * after them ("Trojan Source"), the Unicode line and paragraph separators, and the zero-width and
 * invisible format characters, so that the place a message points at shows what is there.
 */

/** C0 controls but tab (U+0009) and line feed (U+000A), which each printer decides about itself. */
const C0 = String.raw`\u0000-\u0008\u000b-\u001f`;
/** Everything else unsafe or invisible: DEL and C1, soft hyphen, bidi marks and controls, zero-width. */
const BEYOND_C0 = String.raw`\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff`;

/** A global pattern of the unsafe characters; `also` adds tab or line feed where a printer shows them. */
export function unsafeCharacters(also: { tab?: boolean; lineFeed?: boolean; c0?: boolean } = {}): RegExp {
  const extra = `${also.tab ? String.raw`\u0009` : ''}${also.lineFeed ? String.raw`\u000a` : ''}`;
  return new RegExp(`[${extra}${also.c0 === false ? '' : C0}${BEYOND_C0}]`, 'g');
}
