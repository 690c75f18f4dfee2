/**
 * The word list that tells where one Vietnamese word ends. Vietnamese writes a space between syllables,
 * so "giáo dục" is one word spelled as two space-separated syllables; only a list can tell. The list is
 * data (data/words/vi-words.txt, one word a line, its provenance at its top and in docs/line-breaking.md).
 *
 * Matching is case-insensitive and ignores where the tone mark sits ("hoà" = "hòa", "thuỷ" = "thủy"):
 * each syllable is reduced to a key, its letters without tone plus the tone's number.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../packageRoot.js';

export const WORD_LIST_PATH = join(PACKAGE_ROOT, 'data', 'words', 'vi-words.txt');

/** The five tone marks as combining characters, numbered 1–5 (ngang, the level tone, is 0). */
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

/**
 * "Hòa", "HOÀ", "hoà" → "hoa1": lower case, tone mark taken off wherever it sat and appended as a digit.
 * Other marks (â ê ô ă ơ ư đ) stay: they make different letters, not different tones.
 */
export function syllableKey(syllable: string): string {
  let tone = 0;
  let letters = '';
  for (const ch of syllable.normalize('NFD').toLocaleLowerCase('vi-VN')) {
    const t = TONES.indexOf(ch);
    if (t >= 0) tone = t + 1;
    else letters += ch;
  }
  return letters.normalize('NFC') + (tone > 0 ? String(tone) : '');
}

/** A word of several syllables, as keys. */
export type WordKeys = readonly string[];

/** Words indexed by their first syllable's key, longest first. */
export type WordIndex = ReadonlyMap<string, readonly WordKeys[]>;

/**
 * Builds the index from lines of a word list ("#" comments and blank lines skipped). A syllable listed with
 * a comma ("phòng, chống") keeps it: its key ends with ",".
 */
export function indexWords(lines: Iterable<string>): WordIndex {
  const index = new Map<string, WordKeys[]>();
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    // A comma inside an entry ("phòng, chống") must be there in the text too; it is kept on the key.
    const keys = line.split(/\s+/).map((w) => syllableKey(w.replace(/,$/, '')) + (/,$/.test(w) ? ',' : ''));
    if (keys.length < 2) continue;
    const first = (keys[0] ?? '').replace(/,$/, '');
    const list = index.get(first) ?? [];
    if (!list.some((w) => w.join(' ') === keys.join(' '))) list.push(keys);
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

let shipped: WordIndex | undefined;

/** The shipped list, read once. */
export function shippedWords(): WordIndex {
  shipped ??= indexWords(readFileSync(WORD_LIST_PATH, 'utf8').split(/\r?\n/));
  return shipped;
}
