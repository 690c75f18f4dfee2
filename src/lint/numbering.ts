/**
 * Word's automatic list numbers (numbering.xml): the label a reader sees before a paragraph — "1.",
 * "a)", "-", "I." — though no character of it is in the paragraph's text. Counters run per list and
 * level; a level restarts when a level above it moves on. Only the formats offices use are spelled out;
 * any other number prints as decimal, any bullet as "-" (or "+" below the first bullet level).
 */
import { attr, child, children, type XmlElement } from './xml.js';
import { toRoman } from '../text/numbers.js';

interface Level {
  format: string;
  text: string;
  start: number;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function formatNumber(format: string, n: number): string {
  // A list may start at 0 (w:start); letters and Roman numerals have none.
  if (n < 1) return String(n);
  switch (format) {
    case 'lowerLetter':
      return LETTERS[(n - 1) % 26]!.repeat(Math.floor((n - 1) / 26) + 1);
    case 'upperLetter':
      return LETTERS[(n - 1) % 26]!.toUpperCase().repeat(Math.floor((n - 1) / 26) + 1);
    case 'lowerRoman':
      return n <= 3999 ? toRoman(n).toLowerCase() : String(n);
    case 'upperRoman':
      return n <= 3999 ? toRoman(n) : String(n);
    default:
      return String(n);
  }
}

export class ListNumbering {
  /** numId → its levels (from the abstract definition, with start overrides). */
  private readonly lists = new Map<string, Level[]>();
  /** The abstract definition a numId uses: lists sharing one count together, as Word does. */
  private readonly abstractOf = new Map<string, string>();
  private readonly counters = new Map<string, number[]>();

  constructor(root: XmlElement | undefined) {
    if (!root) return;
    const abstracts = new Map<string, Level[]>();
    for (const a of children(root, 'w:abstractNum')) {
      const levels: Level[] = [];
      for (const lvl of children(a, 'w:lvl')) {
        const i = Number(attr(lvl, 'w:ilvl') ?? '0');
        if (!Number.isInteger(i) || i < 0 || i > 8) continue;
        levels[i] = {
          format: attr(child(lvl, 'w:numFmt'), 'w:val') ?? 'decimal',
          text: attr(child(lvl, 'w:lvlText'), 'w:val') ?? '',
          start: Number(attr(child(lvl, 'w:start'), 'w:val') ?? '1') || 1,
        };
      }
      const id = attr(a, 'w:abstractNumId');
      if (id !== undefined) abstracts.set(id, levels);
    }
    for (const n of children(root, 'w:num')) {
      const id = attr(n, 'w:numId');
      const abstract = attr(child(n, 'w:abstractNumId'), 'w:val');
      if (id === undefined || abstract === undefined) continue;
      const levels = [...(abstracts.get(abstract) ?? [])];
      for (const o of children(n, 'w:lvlOverride')) {
        const i = Number(attr(o, 'w:ilvl') ?? '0');
        const start = attr(child(o, 'w:startOverride'), 'w:val');
        if (levels[i] && start !== undefined) levels[i] = { ...levels[i], start: Number(start) || 1 };
      }
      this.lists.set(id, levels);
      this.abstractOf.set(id, abstract);
    }
  }

  /** The label the next paragraph of list `numId` at `ilvl` shows, counting it; undefined if none. */
  next(numId: string | undefined, ilvl = 0): string | undefined {
    if (numId === undefined || numId === '0') return undefined;
    const levels = this.lists.get(numId);
    const level = levels?.[ilvl];
    if (!levels || !level || level.format === 'none') return undefined;
    const key = this.abstractOf.get(numId) ?? numId;
    const counts = this.counters.get(key) ?? [];
    counts[ilvl] = (counts[ilvl] ?? levels[ilvl]!.start - 1) + 1;
    // A level moving on restarts every level below it.
    counts.length = ilvl + 1;
    this.counters.set(key, counts);
    if (level.format === 'bullet') {
      const bulletLevel = levels.slice(0, ilvl).filter((l) => l?.format === 'bullet').length;
      return bulletLevel === 0 ? '-' : '+';
    }
    return level.text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const l = levels[i];
      return l ? formatNumber(l.format, counts[i] ?? l.start) : '';
    });
  }
}
