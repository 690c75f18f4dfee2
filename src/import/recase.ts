/**
 * Names printed in capitals ("SỞ CÔNG THƯƠNG", "PHÓ GIÁM ĐỐC") back in the case they are written in a
 * sentence, which is what the profile holds (vanban upper-cases them again where the decree wants it).
 * The document itself is the best source: the body names its agency ("Sở Công Thương yêu cầu …").
 */
import { sentenceCase, vietnameseLower, vietnameseUpper } from '../text/case.js';

export interface Recased {
  text: string;
  /** True when the case is a guess (not found written in the document). */
  guessed: boolean;
}

/** Finds `upper` written in ordinary case in `corpus` (whole words, first match). */
function writtenIn(upper: string, corpus: string): string | undefined {
  const want = vietnameseLower(upper).replace(/\s+/g, ' ').trim();
  if (want === '') return undefined;
  const lower = vietnameseLower(corpus);
  let from = 0;
  while (from < lower.length) {
    const at = lower.indexOf(want, from);
    if (at < 0) return undefined;
    const before = lower[at - 1] ?? ' ';
    const after = lower[at + want.length] ?? ' ';
    const found = corpus.slice(at, at + want.length);
    // Not all capitals (that would be another header line), and at word boundaries.
    if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after) && found !== vietnameseUpper(found))
      return found;
    from = at + 1;
  }
  return undefined;
}

/** Words that keep a capital in a sentence-cased office name or title. */
const CAPITALISED = ['Việt Nam', 'Nhà nước', 'Văn phòng', 'Giám đốc', 'Ủy ban nhân dân', 'Hội đồng nhân dân'];

export function recase(upper: string, corpus: string, properNames: readonly string[] = []): Recased {
  const found = writtenIn(upper, corpus);
  if (found) return { text: found, guessed: false };
  let text = sentenceCase(upper.replace(/\s+/g, ' ').trim());
  for (const name of [...properNames, ...CAPITALISED]) {
    const lower = vietnameseLower(name);
    const at = vietnameseLower(text).indexOf(lower);
    if (at > 0) text = text.slice(0, at) + name + text.slice(at + name.length);
  }
  return { text, guessed: true };
}
