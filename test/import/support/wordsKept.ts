/**
 * How many of a document's words another keeps, in order: the longest common subsequence of their
 * word sequences over the original's word count. Words compare without case and edge punctuation, so
 * vanban's own punctuation of lists and its capitals of names don't count as lost words.
 */
import { contextOf } from '../../../src/lint/lint.js';
import { foldTones } from '../../../src/lint/text.js';
import type { Paragraph } from '../../../src/lint/docxModel.js';

export function wordsOf(text: string): string[] {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi-VN')
    .split(/[\s\u00a0]+/u)
    .map((w) => foldTones(w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '')))
    .filter((w) => w !== '');
}

/** The words of a DOCX's main text (header and footer parts left out), in reading order. */
export function docxWords(bytes: Uint8Array): string[] {
  const ctx = contextOf(bytes);
  const main = ctx.model.paragraphs.filter((p) => p.part === 'word/document.xml');
  // Word's automatic list numbers are words a reader sees, though not in the runs.
  return wordsOf(
    headerColumnFirst(main)
      .map((p) => (p.listLabel ? `${p.listLabel} ${p.text}` : p.text))
      .join('\n'),
  );
}

/**
 * The header table read column by column: one office puts the agency, Số and V/v in one left cell,
 * another (vanban) gives each its own row beside the Quốc hiệu and the date. Read column-first, both
 * say the same words in the same order.
 */
function headerColumnFirst(paragraphs: Paragraph[]): Paragraph[] {
  const first = paragraphs.find((p) => p.cell);
  if (!first?.cell) return paragraphs;
  const table = first.cell.table;
  const inHeader = paragraphs.filter((p) => p.cell?.table === table && p.cell.depth === 1);
  if (!inHeader.some((p) => /CỘNG\s*H\S*\s*XÃ/iu.test(p.text))) return paragraphs;
  const sorted = [...inHeader].sort(
    (a, b) => a.cell!.cell - b.cell!.cell || a.cell!.row - b.cell!.row || a.number - b.number,
  );
  const at = paragraphs.indexOf(inHeader[0]!);
  const rest = paragraphs.filter((p) => !inHeader.includes(p));
  return [...rest.slice(0, at), ...sorted, ...rest.slice(at)];
}

export function commonSubsequence(a: readonly string[], b: readonly string[]): number {
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++)
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** The share of `original`'s words that `copy` keeps in order, 0–1. */
export function wordsKept(original: readonly string[], copy: readonly string[]): number {
  return original.length === 0 ? 1 : commonSubsequence(original, copy) / original.length;
}
