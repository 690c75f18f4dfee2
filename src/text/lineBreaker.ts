/**
 * Chooses the lines of a centred block (agency name, trích yếu, V/v, appendix title, signature title,
 * footer) from the gaps of vietnameseBreaks.ts and a measured width. Pure: the width comes from the
 * caller's `measure`, so this module knows no font.
 *
 * Among all ways to cut the text into lines no wider than maxWidthMm, it takes, in this order:
 *   1. the fewest breaks that break a rule (none, when a good break exists);
 *   2. the fewest lines;
 *   3. the lowest cost: each break's cost (0 before "và", after a comma …) plus how uneven the lines
 *      are, measured against the longest line: Σ ((longest − width) / maxWidth)² × BALANCE.
 * Exact: every longest-line bound is tried, and for each a dynamic programme over the gaps.
 */
import { type BreakRule, breakGaps, type Gap, tokenize } from './vietnameseBreaks.js';
import { shippedWords, type WordIndex } from './vietnameseWords.js';

export interface BreakOptions {
  maxWidthMm: number;
  /** Width in millimetres of text as printed. Must be additive (no kerning), as textWidthMm is. */
  measure: (text: string) => number;
  /** How the text prints (e.g. upper case); the rules read the text as written. */
  display?: (text: string) => string;
  words?: WordIndex;
}

export interface BadBreak {
  /** The printed line that ends at the bad break, or the over-wide line. */
  line: string;
  rule: BreakRule | 'overflow';
}

export interface BrokenLines {
  lines: string[];
  /** Breaks taken against a rule, and words wider than the width: empty when the lines are good. */
  badBreaks: BadBreak[];
}

/** Weight of unevenness against a break's cost (a plain break costs 6). */
const BALANCE = 40;
/** A line of one syllable ("TỈNH" alone) reads as an orphan. */
const LONE_WORD = 15;
const EPSILON = 1e-9;

type Score = [bad: number, lines: number, cost: number];

function better(a: Score, b: Score): boolean {
  if (a[0] !== b[0]) return a[0] < b[0];
  if (a[1] !== b[1]) return a[1] < b[1];
  return a[2] < b[2] - EPSILON;
}

export function breakLines(text: string, options: BreakOptions): BrokenLines {
  const display = options.display ?? ((s: string) => s);
  const tokens = tokenize(text);
  if (tokens.length === 0) return { lines: [], badBreaks: [] };
  const gaps = breakGaps(tokens, options.words ?? shippedWords());
  const widths = tokens.map((t) => options.measure(display(t.text)));
  const space = options.measure(' ');
  const max = options.maxWidthMm;
  const n = tokens.length;

  const segment = (a: number, b: number): number => {
    let w = 0;
    for (let k = a; k <= b; k++) w += widths[k] ?? 0;
    return w + (b - a) * space;
  };

  // Every width a line may have: the bounds for the longest line.
  const bounds = new Set<number>();
  for (let a = 0; a < n; a++) {
    for (let b = a; b < n; b++) {
      const w = segment(a, b);
      if (w > max + EPSILON && b > a) break;
      bounds.add(w);
    }
  }

  let best: { score: Score; cuts: number[] } | undefined;
  for (const bound of bounds) {
    const result = solve(n, gaps, segment, bound, max);
    if (result && (!best || better(result.score, best.score))) best = result;
  }
  const cuts = best?.cuts ?? [n];
  const lines: string[] = [];
  const badBreaks: BadBreak[] = [];
  let start = 0;
  for (const end of cuts) {
    const line = display(
      tokens
        .slice(start, end)
        .map((t) => t.text)
        .join(' '),
    );
    lines.push(line);
    const gap: Gap | undefined = end < n ? gaps[end - 1] : undefined;
    if (gap?.forbidden) badBreaks.push({ line, rule: gap.forbidden });
    if (segment(start, end - 1) > max + EPSILON) badBreaks.push({ line, rule: 'overflow' });
    start = end;
  }
  return { lines, badBreaks };
}

/** Best cuts (line end indices) with no line wider than `bound` (except a single over-wide word). */
function solve(
  n: number,
  gaps: Gap[],
  segment: (a: number, b: number) => number,
  bound: number,
  max: number,
): { score: Score; cuts: number[] } | undefined {
  const score: Array<Score | undefined> = new Array<Score | undefined>(n + 1).fill(undefined);
  const from = new Array<number>(n + 1).fill(-1);
  score[0] = [0, 0, 0];
  for (let j = 1; j <= n; j++) {
    for (let a = j - 1; a >= 0; a--) {
      const w = segment(a, j - 1);
      // Only a single word may be wider than the width (it has nowhere to break).
      if (w > Math.min(bound, max) + EPSILON && a < j - 1) break;
      const prev = score[a];
      if (!prev) continue;
      const gap = a > 0 ? gaps[a - 1] : undefined;
      const bad = (gap?.forbidden ? 1 : 0) + (w > max + EPSILON ? 1 : 0);
      const slack = Math.max(bound - w, 0) / max;
      const candidate: Score = [
        prev[0] + bad,
        prev[1] + 1,
        prev[2] + (gap?.cost ?? 0) + BALANCE * slack * slack + (a === j - 1 && n > 1 ? LONE_WORD : 0),
      ];
      const current = score[j];
      if (!current || better(candidate, current)) {
        score[j] = candidate;
        from[j] = a;
      }
    }
  }
  const final = score[n];
  if (!final) return undefined;
  const cuts: number[] = [];
  for (let j = n; j > 0; j = from[j] ?? 0) cuts.unshift(j);
  return { score: final, cuts };
}
